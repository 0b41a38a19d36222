import { and, asc, desc, eq, inArray, lte, ne } from 'drizzle-orm';
import { db, type Executor, type Transaction } from './db';
import {
	checklistItems,
	checklistTemplates,
	launchPlans,
	missions,
	readinessAreas,
	readinessResponses,
	readinessSnapshots,
	user
} from './db/schema';
import { write, type Actor } from './db/write';
import { kept } from './db/kept';
import { Refusal } from './refusal';
import { canEditMission, canReadMission, type CurrentUser } from './access';
import type {
	ChecklistItemInput,
	ResponseInput,
	TemplateSettingsInput
} from '$lib/schemas/readiness';
import type { ChecklistStatus, RagLevel } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';

export type ChecklistTemplate = typeof checklistTemplates.$inferSelect;
export type ChecklistItem = typeof checklistItems.$inferSelect;
export type ReadinessArea = typeof readinessAreas.$inferSelect;
export type ReadinessResponse = typeof readinessResponses.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The score: pure functions, pinned by the unit tests.

export interface ScoredItem {
	id: number;
	weight: number;
	required: boolean;
}

export interface Score {
	/** Weighted share of applicable items done, 0–1; null when no applicable item carries weight. */
	score: number | null;
	doneWeight: number;
	applicableWeight: number;
	/** Ids of the required items not done yet (a required item is open until it is done). */
	requiredOpen: number[];
}

/**
 * Readiness = weight of the items done ÷ weight of the items that apply. An item marked not
 * applicable leaves both sides; an item never answered counts as not started.
 */
export function scoreChecklist(
	items: readonly ScoredItem[],
	statusOf: (itemId: number) => ChecklistStatus
): Score {
	let doneWeight = 0;
	let applicableWeight = 0;
	const requiredOpen: number[] = [];
	for (const item of items) {
		const status = statusOf(item.id);
		if (item.required && status !== 'done') requiredOpen.push(item.id);
		if (status === 'not_applicable') continue;
		applicableWeight += item.weight;
		if (status === 'done') doneWeight += item.weight;
	}
	return {
		score: applicableWeight > 0 ? doneWeight / applicableWeight : null,
		doneWeight,
		applicableWeight,
		requiredOpen
	};
}

export interface Thresholds {
	greenFrom: number;
	amberFrom: number;
}

/** Red, amber or green against the template's thresholds (in percent, inclusive). */
export function ragOf(score: number | null, t: Thresholds): RagLevel {
	if (score === null) return 'none';
	const percent = score * 100;
	if (percent >= t.greenFrom) return 'green';
	if (percent >= t.amberFrom) return 'amber';
	return 'red';
}

/**
 * The score as people read it: whole percent, rounded down so that "100 %" means every
 * applicable item is done and the shown number never crosses a threshold the score has not.
 */
export function scorePercent(score: number | null): number | null {
	return score === null ? null : Math.floor(score * 100 + 1e-9);
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function currentTemplate(exec: Executor = db): Promise<ChecklistTemplate> {
	const row = await exec.query.checklistTemplates.findFirst({
		where: eq(checklistTemplates.state, 'published')
	});
	// The first start seeds version 1; a database without it is not set up.
	if (!row) throw new Error('no published checklist template');
	return row;
}

export async function listAreas(exec: Executor = db): Promise<ReadinessArea[]> {
	return exec.select().from(readinessAreas).orderBy(asc(readinessAreas.position));
}

async function itemsOf(exec: Executor, templateId: number): Promise<ChecklistItem[]> {
	return exec
		.select()
		.from(checklistItems)
		.innerJoin(readinessAreas, eq(readinessAreas.id, checklistItems.areaId))
		.where(eq(checklistItems.templateId, templateId))
		.orderBy(asc(readinessAreas.position), asc(checklistItems.position), asc(checklistItems.id))
		.then((rows) => rows.map((r) => r.checklist_items));
}

async function responsesOf(
	exec: Executor,
	itemIds: number[],
	missionIds?: number[]
): Promise<ReadinessResponse[]> {
	if (itemIds.length === 0) return [];
	return exec
		.select()
		.from(readinessResponses)
		.where(
			and(
				inArray(readinessResponses.itemId, itemIds),
				missionIds ? inArray(readinessResponses.missionId, missionIds) : undefined
			)
		);
}

function statusLookup(responses: ReadinessResponse[]) {
	const byItem = new Map(responses.map((r) => [r.itemId, r.status]));
	return (itemId: number): ChecklistStatus => byItem.get(itemId) ?? 'not_started';
}

export interface ChecklistEntry extends ChecklistItem {
	response: ReadinessResponse | null;
	updatedByName: string | null;
}

/** Everything the mission's readiness page shows. */
export async function missionChecklist(missionId: number) {
	const template = await currentTemplate();
	const [areas, items] = await Promise.all([listAreas(), itemsOf(db, template.id)]);
	const responses = await db
		.select({ response: readinessResponses, updatedByName: user.name })
		.from(readinessResponses)
		.leftJoin(user, eq(user.id, readinessResponses.updatedBy))
		.where(
			and(
				eq(readinessResponses.missionId, missionId),
				inArray(
					readinessResponses.itemId,
					items.map((i) => i.id)
				)
			)
		);
	const byItem = new Map(responses.map((r) => [r.response.itemId, r]));
	const entries: ChecklistEntry[] = items.map((item) => ({
		...item,
		response: byItem.get(item.id)?.response ?? null,
		updatedByName: byItem.get(item.id)?.updatedByName ?? null
	}));
	const score = scoreChecklist(items, statusLookup(responses.map((r) => r.response)));
	const history = await db
		.select({
			at: readinessSnapshots.at,
			score: readinessSnapshots.score,
			requiredOpen: readinessSnapshots.requiredOpen,
			cause: readinessSnapshots.cause,
			detail: readinessSnapshots.detail,
			templateNumber: checklistTemplates.number,
			userName: user.name
		})
		.from(readinessSnapshots)
		.innerJoin(checklistTemplates, eq(checklistTemplates.id, readinessSnapshots.templateId))
		.leftJoin(user, eq(user.id, readinessSnapshots.userId))
		.where(eq(readinessSnapshots.missionId, missionId))
		.orderBy(desc(readinessSnapshots.at), desc(readinessSnapshots.id))
		.limit(100);
	return {
		template,
		areas: areas.filter((a) => items.some((i) => i.areaId === a.id)),
		entries,
		score,
		rag: ragOf(score.score, template),
		requiredOpen: entries.filter((e) => score.requiredOpen.includes(e.id)),
		history
	};
}

/** The required items a mission has not done yet, for the launch approval gate. */
export async function openRequiredItems(missionId: number, exec: Executor = db) {
	const template = await currentTemplate(exec);
	const items = await itemsOf(exec, template.id);
	const responses = await responsesOf(
		exec,
		items.map((i) => i.id),
		[missionId]
	);
	const score = scoreChecklist(items, statusLookup(responses));
	return items.filter((i) => score.requiredOpen.includes(i.id));
}

export interface AreaCell {
	areaId: number;
	score: number | null;
	rag: RagLevel;
	done: number;
	applicable: number;
}

export interface OverviewRow {
	missionId: number;
	code: string;
	name: string;
	score: number | null;
	rag: RagLevel;
	requiredOpen: number;
	answered: number;
	cells: AreaCell[];
}

/**
 * Readiness of every mission on the road to launch: those not live yet, and live ones that
 * came through the rollout (a checklist answered or a launch plan): their readiness at launch.
 * A focal point sees their own mission only.
 */
/**
 * Readiness of every mission this person may see (or of the ones named), by area. Kept in
 * memory until the next write (db/kept.ts): the schedule and the portfolio read it on every
 * page.
 */
export const readinessOverview = kept(
	(user: CurrentUser, missionIds?: number[]) =>
		`${user.role === 'focal_point' ? `mission ${user.missionId}` : 'all'} ${missionIds ?? '*'}`,
	readinessOverviewFromScratch
);

export async function readinessOverviewFromScratch(user: CurrentUser, missionIds?: number[]) {
	const template = await currentTemplate();
	const [areas, items, allMissions, planned] = await Promise.all([
		listAreas(),
		itemsOf(db, template.id),
		db.select().from(missions).orderBy(asc(missions.code)),
		db.select({ missionId: launchPlans.missionId }).from(launchPlans)
	]);
	const withPlan = new Set(planned.map((p) => p.missionId));
	const responses = await responsesOf(
		db,
		items.map((i) => i.id)
	);
	const byMission = new Map<number, ReadinessResponse[]>();
	for (const r of responses) byMission.set(r.missionId, [...(byMission.get(r.missionId) ?? []), r]);
	const visible = allMissions.filter(
		(mi) =>
			canReadMission(user, mi.id) &&
			(missionIds
				? missionIds.includes(mi.id)
				: mi.goLiveDate === null || byMission.has(mi.id) || withPlan.has(mi.id))
	);
	const usedAreas = areas.filter((a) => items.some((i) => i.areaId === a.id));
	const rows: OverviewRow[] = visible.map((mission) => {
		const mine = byMission.get(mission.id) ?? [];
		const status = statusLookup(mine);
		const total = scoreChecklist(items, status);
		return {
			missionId: mission.id,
			code: mission.code,
			name: mission.name,
			score: total.score,
			rag: ragOf(total.score, template),
			requiredOpen: total.requiredOpen.length,
			answered: mine.filter((r) => r.status !== 'not_started').length,
			cells: usedAreas.map((area) => {
				const inArea = items.filter((i) => i.areaId === area.id);
				const s = scoreChecklist(inArea, status);
				return {
					areaId: area.id,
					score: s.score,
					rag: ragOf(s.score, template),
					done: inArea.filter((i) => status(i.id) === 'done').length,
					applicable: inArea.filter((i) => status(i.id) !== 'not_applicable').length
				};
			})
		};
	});
	return { template, areas: usedAreas, rows };
}

// ---------------------------------------------------------------------------------------------
// A mission's answers

async function recordSnapshot(
	tx: Transaction,
	now: Date,
	actor: Actor,
	missionId: number,
	template: ChecklistTemplate,
	cause: 'answer' | 'template',
	detail: string
) {
	const items = await itemsOf(tx, template.id);
	const responses = await responsesOf(
		tx,
		items.map((i) => i.id),
		[missionId]
	);
	const s = scoreChecklist(items, statusLookup(responses));
	await tx.insert(readinessSnapshots).values({
		missionId,
		templateId: template.id,
		at: now,
		score: s.score,
		doneWeight: s.doneWeight,
		applicableWeight: s.applicableWeight,
		requiredOpen: s.requiredOpen.length,
		cause,
		detail,
		userId: actor.id
	});
}

const RESPONSE_FIELDS = [
	'status',
	'notApplicableReason',
	'evidence',
	'evidenceUrl',
	'owner',
	'dueDate'
] as const;

/**
 * Saves a mission's answer to one item of the current checklist. The person must be allowed
 * to change the mission; a save made from an older copy of the answer is refused with the
 * newer values, so nobody's work is overwritten silently.
 */
export async function saveResponse(
	actor: CurrentUser,
	missionId: number,
	input: ResponseInput
): Promise<void> {
	if (!canReadMission(actor, missionId)) throw new Refusal(404, null, m.error_not_found());
	if (!canEditMission(actor, missionId)) throw new Refusal(403, null, m.error_forbidden());
	await write(actor, async ({ tx, now, audit }) => {
		const template = await currentTemplate(tx);
		const asked = await tx.query.checklistItems.findFirst({
			where: eq(checklistItems.id, input.itemId)
		});
		if (!asked) throw new Refusal(400, 'itemId', m.validation_choice());
		// A page opened before a new version was published still saves an unchanged item: the
		// answer moved with it, version number and all.
		const item =
			asked.templateId === template.id
				? asked
				: (await itemsOf(tx, template.id)).find((i) => carriesOver(asked, i));
		if (!item) throw new Refusal(409, 'itemId', m.conflict_checklist_version());
		if (item.required && input.status === 'not_applicable') {
			throw new Refusal(400, 'status', m.validation_required_item_not_applicable());
		}
		const before = await tx.query.readinessResponses.findFirst({
			where: and(
				eq(readinessResponses.missionId, missionId),
				eq(readinessResponses.itemId, item.id)
			)
		});
		if ((before?.version ?? 0) !== input.version) {
			throw new Refusal(409, 'version', m.conflict_readiness_item(), before ?? null);
		}
		const values = {
			status: input.status,
			// A reason belongs only to an item marked not applicable.
			notApplicableReason: input.status === 'not_applicable' ? input.notApplicableReason : '',
			evidence: input.evidence,
			evidenceUrl: input.evidenceUrl,
			owner: input.owner,
			dueDate: input.dueDate || null
		};
		if (before && RESPONSE_FIELDS.every((f) => before[f] === values[f])) return;
		let after: ReadinessResponse;
		if (before) {
			[after] = await tx
				.update(readinessResponses)
				.set({ ...values, version: before.version + 1, updatedBy: actor.id, updatedAt: now })
				.where(eq(readinessResponses.id, before.id))
				.returning();
		} else {
			[after] = await tx
				.insert(readinessResponses)
				.values({
					...values,
					missionId,
					itemId: item.id,
					updatedBy: actor.id,
					createdAt: now,
					updatedAt: now
				})
				.returning();
		}
		await audit({
			action: before ? 'update' : 'create',
			entity: 'readiness_response',
			entityId: after.id,
			before: before ?? null,
			after
		});
		await recordSnapshot(tx, now, actor, missionId, template, 'answer', item.key);
	});
}

// ---------------------------------------------------------------------------------------------
// The template: drafted and published by CSDP staff

export async function templateAdmin() {
	const [published, draft, areas] = await Promise.all([
		currentTemplate(),
		db.query.checklistTemplates.findFirst({ where: eq(checklistTemplates.state, 'draft') }),
		listAreas()
	]);
	const [publishedItems, draftItems] = await Promise.all([
		itemsOf(db, published.id),
		draft ? itemsOf(db, draft.id) : Promise.resolve([])
	]);
	return { published, publishedItems, draft: draft ?? null, draftItems, areas };
}

async function theDraft(tx: Transaction): Promise<ChecklistTemplate> {
	const draft = await tx.query.checklistTemplates.findFirst({
		where: eq(checklistTemplates.state, 'draft')
	});
	if (!draft) throw new Refusal(409, null, m.checklist_no_draft());
	return draft;
}

async function touchDraft(tx: Transaction, draft: ChecklistTemplate, now: Date) {
	await tx
		.update(checklistTemplates)
		.set({ updatedAt: now })
		.where(eq(checklistTemplates.id, draft.id));
}

/** Starts the next version as a copy of the current one; there is one draft at a time. */
export async function startDraft(actor: Actor): Promise<number> {
	return write(actor, async ({ tx, now, audit }) => {
		const existing = await tx.query.checklistTemplates.findFirst({
			where: eq(checklistTemplates.state, 'draft')
		});
		if (existing) return existing.id;
		const current = await currentTemplate(tx);
		const [{ max }] = await tx
			.select({ max: checklistTemplates.number })
			.from(checklistTemplates)
			.orderBy(desc(checklistTemplates.number))
			.limit(1);
		const [draft] = await tx
			.insert(checklistTemplates)
			.values({
				number: max + 1,
				state: 'draft',
				greenFrom: current.greenFrom,
				amberFrom: current.amberFrom,
				note: '',
				createdAt: now,
				updatedAt: now
			})
			.returning();
		const items = await itemsOf(tx, current.id);
		if (items.length > 0) {
			await tx.insert(checklistItems).values(
				items.map((i) => ({
					templateId: draft.id,
					key: i.key,
					areaId: i.areaId,
					titleEn: i.titleEn,
					titleFr: i.titleFr,
					guidanceEn: i.guidanceEn,
					guidanceFr: i.guidanceFr,
					weight: i.weight,
					required: i.required,
					position: i.position
				}))
			);
		}
		await audit({
			action: 'create',
			entity: 'checklist_template',
			entityId: draft.id,
			after: { number: draft.number, from: current.number }
		});
		return draft.id;
	});
}

function newItemKey(titleEn: string): string {
	const slug = titleEn
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `${slug || 'item'}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Adds an item to the draft (itemId 0) or changes one of its items. */
export async function saveDraftItem(actor: Actor, input: ChecklistItemInput): Promise<number> {
	return write(actor, async ({ tx, now, audit }) => {
		const draft = await theDraft(tx);
		const area = await tx.query.readinessAreas.findFirst({
			where: eq(readinessAreas.id, input.areaId)
		});
		if (!area) throw new Refusal(400, 'areaId', m.validation_choice());
		const values = {
			areaId: input.areaId,
			titleEn: input.titleEn,
			titleFr: input.titleFr,
			guidanceEn: input.guidanceEn,
			guidanceFr: input.guidanceFr,
			weight: Number(input.weight),
			required: input.required
		};
		if (input.itemId === 0) {
			const [{ next }] = await tx
				.select({ next: checklistItems.position })
				.from(checklistItems)
				.where(eq(checklistItems.templateId, draft.id))
				.orderBy(desc(checklistItems.position))
				.limit(1)
				.then((r) => (r.length ? [{ next: r[0].next + 1 }] : [{ next: 0 }]));
			const [row] = await tx
				.insert(checklistItems)
				.values({ ...values, templateId: draft.id, key: newItemKey(input.titleEn), position: next })
				.returning();
			await touchDraft(tx, draft, now);
			await audit({ action: 'create', entity: 'checklist_item', entityId: row.id, after: row });
			return row.id;
		}
		const before = await tx.query.checklistItems.findFirst({
			where: and(eq(checklistItems.id, input.itemId), eq(checklistItems.templateId, draft.id))
		});
		if (!before) throw new Refusal(400, 'itemId', m.checklist_item_not_in_draft());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_checklist_item(), before);
		}
		const [after] = await tx
			.update(checklistItems)
			.set({ ...values, version: before.version + 1 })
			.where(eq(checklistItems.id, before.id))
			.returning();
		await touchDraft(tx, draft, now);
		await audit({ action: 'update', entity: 'checklist_item', entityId: before.id, before, after });
		return before.id;
	});
}

export async function removeDraftItem(
	actor: Actor,
	input: { itemId: number; version: number }
): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const draft = await theDraft(tx);
		const before = await tx.query.checklistItems.findFirst({
			where: and(eq(checklistItems.id, input.itemId), eq(checklistItems.templateId, draft.id))
		});
		if (!before) throw new Refusal(400, 'itemId', m.checklist_item_not_in_draft());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_checklist_item(), before);
		}
		await tx.delete(checklistItems).where(eq(checklistItems.id, before.id));
		await touchDraft(tx, draft, now);
		await audit({ action: 'delete', entity: 'checklist_item', entityId: before.id, before });
	});
}

export async function saveDraftSettings(actor: Actor, input: TemplateSettingsInput): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const before = await theDraft(tx);
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_checklist_template(), before);
		}
		const [after] = await tx
			.update(checklistTemplates)
			.set({
				greenFrom: input.greenFrom,
				amberFrom: input.amberFrom,
				note: input.note,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(checklistTemplates.id, before.id))
			.returning();
		await audit({
			action: 'update',
			entity: 'checklist_template',
			entityId: before.id,
			before,
			after
		});
	});
}

export async function discardDraft(actor: Actor, input: { version: number }): Promise<void> {
	await write(actor, async ({ tx, audit }) => {
		const draft = await theDraft(tx);
		// A draft someone changed after this person looked at it is not thrown away unseen.
		if (draft.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_checklist_template(), draft);
		}
		await tx.delete(checklistTemplates).where(eq(checklistTemplates.id, draft.id));
		await audit({
			action: 'delete',
			entity: 'checklist_template',
			entityId: draft.id,
			before: draft
		});
	});
}

/** Whether an answer given to `from` still answers `to`: same item, same question asked. */
export function carriesOver(
	from: Pick<ChecklistItem, 'key' | 'titleEn' | 'titleFr'>,
	to: Pick<ChecklistItem, 'key' | 'titleEn' | 'titleFr'>
): boolean {
	return from.key === to.key && from.titleEn === to.titleEn && from.titleFr === to.titleFr;
}

/**
 * Makes the draft the current checklist. Every mission moves to it at once: answers to items
 * that are unchanged (same key and wording) are copied over, answers to changed or removed
 * items stay with the old version, and the move is written into each mission's history.
 */
export async function publishDraft(actor: Actor, input: { version: number }) {
	return write(actor, async ({ tx, now, audit }) => {
		const draft = await theDraft(tx);
		if (draft.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_checklist_template(), draft);
		}
		const newItems = await itemsOf(tx, draft.id);
		if (newItems.length === 0) throw new Refusal(400, null, m.checklist_publish_empty());
		if (newItems.every((i) => i.weight === 0)) {
			throw new Refusal(400, null, m.checklist_publish_all_zero());
		}
		const old = await currentTemplate(tx);
		const oldItems = await itemsOf(tx, old.id);
		const target = new Map<number, ChecklistItem>();
		for (const o of oldItems) {
			const n = newItems.find((ni) => carriesOver(o, ni));
			if (n) target.set(o.id, n);
		}
		const oldResponses = await responsesOf(
			tx,
			oldItems.map((i) => i.id)
		);
		const carried = oldResponses
			.filter((r) => target.has(r.itemId))
			.map((r) => ({
				missionId: r.missionId,
				itemId: target.get(r.itemId)!.id,
				status: r.status,
				notApplicableReason: r.notApplicableReason,
				evidence: r.evidence,
				evidenceUrl: r.evidenceUrl,
				owner: r.owner,
				dueDate: r.dueDate,
				version: r.version,
				updatedBy: r.updatedBy,
				createdAt: r.createdAt,
				updatedAt: r.updatedAt
			}));
		for (let i = 0; i < carried.length; i += 200) {
			await tx.insert(readinessResponses).values(carried.slice(i, i + 200));
		}
		await tx
			.update(checklistTemplates)
			.set({ state: 'retired', updatedAt: now, version: old.version + 1 })
			.where(eq(checklistTemplates.id, old.id));
		const [published] = await tx
			.update(checklistTemplates)
			.set({
				state: 'published',
				publishedAt: now,
				publishedBy: actor.id,
				version: draft.version + 1,
				updatedAt: now
			})
			.where(and(eq(checklistTemplates.id, draft.id), ne(checklistTemplates.state, 'published')))
			.returning();
		const missionIds = [...new Set(oldResponses.map((r) => r.missionId))];
		for (const missionId of missionIds) {
			const had = oldResponses.filter((r) => r.missionId === missionId);
			const kept = had.filter((r) => target.has(r.itemId)).length;
			await recordSnapshot(
				tx,
				now,
				actor,
				missionId,
				published,
				'template',
				JSON.stringify({ from: old.number, to: published.number, kept, dropped: had.length - kept })
			);
		}
		await audit({
			action: 'publish',
			entity: 'checklist_template',
			entityId: published.id,
			before: { current: old.number },
			after: {
				current: published.number,
				items: newItems.length,
				missionsMoved: missionIds.length,
				answersKept: carried.length
			}
		});
		return { number: published.number, missions: missionIds.length, kept: carried.length };
	});
}

// ---------------------------------------------------------------------------------------------
// Readiness over time

/**
 * The missions whose readiness fell between two moments, read from the readiness history as
 * it stood at each: a reverted answer or a new template version with more to do.
 */
export async function readinessDrops(user: CurrentUser, from: Date, to: Date) {
	const rows = await db
		.select({
			missionId: readinessSnapshots.missionId,
			code: missions.code,
			at: readinessSnapshots.at,
			score: readinessSnapshots.score
		})
		.from(readinessSnapshots)
		.innerJoin(missions, eq(missions.id, readinessSnapshots.missionId))
		.where(lte(readinessSnapshots.at, to))
		.orderBy(asc(readinessSnapshots.at), asc(readinessSnapshots.id));
	const then = new Map<number, number | null>();
	const now = new Map<number, { code: string; score: number | null }>();
	for (const r of rows) {
		if (r.at <= from) then.set(r.missionId, r.score);
		now.set(r.missionId, { code: r.code, score: r.score });
	}
	return [...now.entries()]
		.filter(([id]) => canReadMission(user, id) && then.has(id))
		.map(([missionId, last]) => ({
			missionId,
			code: last.code,
			before: scorePercent(then.get(missionId) ?? null),
			after: scorePercent(last.score)
		}))
		.filter((d) => (d.before ?? 0) > (d.after ?? 0))
		.sort((a, b) => (b.before ?? 0) - (b.after ?? 0) - ((a.before ?? 0) - (a.after ?? 0)));
}
