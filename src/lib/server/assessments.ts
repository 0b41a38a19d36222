import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import Papa from 'papaparse';
import { db, type Transaction } from './db';
import {
	assessmentActions,
	assessmentAreas,
	assessmentEntries,
	breakoutGroups,
	missions,
	workshopMissions,
	workshops
} from './db/schema';
import { write } from './db/write';
import { Refusal } from './refusal';
import { canEditMission, canReadMission, isCsdp, type CurrentUser } from './access';
import { isOverdue } from '$lib/plain-date';
import { actionStatusLabel, entryKindLabel, impactLabel, localName } from '$lib/labels';
import { isActionClosed, type ActionStatus } from '$lib/vocabulary';
import type {
	ActionEditInput,
	ActionProgressInput,
	AreaEditInput,
	AreaInput,
	EntryEditInput,
	EntryInput
} from '$lib/schemas/assessments';
import { m } from '$lib/paraglide/messages';

export type AssessmentArea = typeof assessmentAreas.$inferSelect;

// ── Areas ────────────────────────────────────────────────────────────────────────────────

export async function listAreas(filter: { activeOnly?: boolean } = {}) {
	return db
		.select()
		.from(assessmentAreas)
		.where(filter.activeOnly ? eq(assessmentAreas.active, true) : undefined)
		.orderBy(asc(assessmentAreas.position), asc(assessmentAreas.id));
}

function assertCsdp(actor: CurrentUser) {
	if (!isCsdp(actor)) throw new Refusal(403, null, m.error_forbidden());
}

export async function createArea(actor: CurrentUser, input: AreaInput): Promise<number> {
	assertCsdp(actor);
	return write(actor, async ({ tx, audit }) => {
		const [row] = await tx.insert(assessmentAreas).values(input).returning();
		await audit({ action: 'create', entity: 'assessment_area', entityId: row.id, after: row });
		return row.id;
	});
}

export async function updateArea(actor: CurrentUser, input: AreaEditInput): Promise<void> {
	assertCsdp(actor);
	await write(actor, async ({ tx, audit }) => {
		const before = await tx.query.assessmentAreas.findFirst({
			where: eq(assessmentAreas.id, input.areaId)
		});
		if (!before) throw new Refusal(404, 'areaId', m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_record(), before);
		}
		const [after] = await tx
			.update(assessmentAreas)
			.set({
				nameEn: input.nameEn,
				nameFr: input.nameFr,
				position: input.position,
				active: input.active,
				version: before.version + 1
			})
			.where(eq(assessmentAreas.id, before.id))
			.returning();
		await audit({
			action: 'update',
			entity: 'assessment_area',
			entityId: before.id,
			before,
			after
		});
	});
}

// ── Reading entries ──────────────────────────────────────────────────────────────────────

export interface ActionView {
	id: number;
	description: string;
	owner: string;
	dueDate: string | null;
	status: ActionStatus;
	closingNote: string;
	version: number;
	overdue: boolean;
}

export interface EntryView {
	id: number;
	workshopId: number;
	missionId: number;
	missionCode: string;
	areaId: number;
	areaNameEn: string;
	areaNameFr: string;
	areaPosition: number;
	kind: 'strength' | 'weakness';
	statement: string;
	impact: 'low' | 'medium' | 'high' | null;
	version: number;
	createdAt: Date;
	action: ActionView | null;
}

/** An open action is late from the day after its due date, in its mission's time zone. */
export function actionIsOverdue(
	action: { dueDate: string | null; status: ActionStatus },
	timeZone: string,
	now: Date = new Date()
): boolean {
	return !isActionClosed(action.status) && isOverdue(action.dueDate, timeZone, now);
}

async function selectEntries(where: SQL | undefined, now: Date = new Date()): Promise<EntryView[]> {
	const rows = await db
		.select({
			entry: assessmentEntries,
			missionCode: missions.code,
			timeZone: missions.timeZone,
			areaNameEn: assessmentAreas.nameEn,
			areaNameFr: assessmentAreas.nameFr,
			areaPosition: assessmentAreas.position,
			action: assessmentActions
		})
		.from(assessmentEntries)
		.innerJoin(missions, eq(missions.id, assessmentEntries.missionId))
		.innerJoin(assessmentAreas, eq(assessmentAreas.id, assessmentEntries.areaId))
		.leftJoin(assessmentActions, eq(assessmentActions.entryId, assessmentEntries.id))
		.where(where)
		.orderBy(asc(assessmentAreas.position), asc(assessmentAreas.id), asc(assessmentEntries.id));
	return rows.map((r) => ({
		id: r.entry.id,
		workshopId: r.entry.workshopId,
		missionId: r.entry.missionId,
		missionCode: r.missionCode,
		areaId: r.entry.areaId,
		areaNameEn: r.areaNameEn,
		areaNameFr: r.areaNameFr,
		areaPosition: r.areaPosition,
		kind: r.entry.kind,
		statement: r.entry.statement,
		impact: r.entry.impact,
		version: r.entry.version,
		createdAt: r.entry.createdAt,
		action: r.action
			? {
					id: r.action.id,
					description: r.action.description,
					owner: r.action.owner,
					dueDate: r.action.dueDate,
					status: r.action.status,
					closingNote: r.action.closingNote,
					version: r.action.version,
					overdue: actionIsOverdue(r.action, r.timeZone, now)
				}
			: null
	}));
}

/** One breakout group as its facilitators see it: its missions and what is recorded so far. */
export async function getBreakoutCapture(workshopId: number, groupId: number) {
	const group = await db.query.breakoutGroups.findFirst({
		where: and(eq(breakoutGroups.id, groupId), eq(breakoutGroups.workshopId, workshopId))
	});
	if (!group) return undefined;
	const [workshop, groupMissions, entries, areas] = await Promise.all([
		db.query.workshops.findFirst({ where: eq(workshops.id, workshopId) }),
		db
			.select({ id: missions.id, code: missions.code, name: missions.name })
			.from(workshopMissions)
			.innerJoin(missions, eq(missions.id, workshopMissions.missionId))
			.where(eq(workshopMissions.breakoutGroupId, groupId))
			.orderBy(asc(missions.code)),
		selectEntries(
			and(
				eq(assessmentEntries.workshopId, workshopId),
				inArray(
					assessmentEntries.missionId,
					db
						.select({ id: workshopMissions.missionId })
						.from(workshopMissions)
						.where(eq(workshopMissions.breakoutGroupId, groupId))
				)
			)
		),
		listAreas()
	]);
	return { workshop: workshop!, group, missions: groupMissions, entries, areas };
}

/** Everything recorded about one mission, in every workshop; open actions come first. */
export async function missionAssessment(missionId: number, now: Date = new Date()) {
	const entries = await selectEntries(eq(assessmentEntries.missionId, missionId), now);
	const actions = entries
		.filter((e) => e.action)
		.map((e) => ({ ...e.action!, entry: e }))
		.sort(compareActions);
	return { entries, actions };
}

/** Every improvement action this person may read, for the register of actions. */
export async function assessmentActionsFor(user: CurrentUser, now: Date = new Date()) {
	const entries = await selectEntries(
		user.role === 'focal_point' ? eq(assessmentEntries.missionId, user.missionId ?? -1) : undefined,
		now
	);
	return entries.filter((e) => e.action).map((e) => ({ ...e.action!, entry: e }));
}

/** Open before closed; among open ones the earliest due date first, undated last. */
export function compareActions(
	a: { status: ActionStatus; dueDate: string | null; id: number },
	b: { status: ActionStatus; dueDate: string | null; id: number }
): number {
	const closed = Number(isActionClosed(a.status)) - Number(isActionClosed(b.status));
	if (closed !== 0) return closed;
	const due = (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99');
	return due !== 0 ? due : a.id - b.id;
}

/**
 * The workshop report: per breakout group and mission, every entry. A focal point's report
 * holds their own mission only.
 */
export async function workshopReport(user: CurrentUser, workshopId: number) {
	const workshop = await db.query.workshops.findFirst({ where: eq(workshops.id, workshopId) });
	if (!workshop) return undefined;
	const [groups, participants, entries] = await Promise.all([
		db
			.select({ id: breakoutGroups.id, name: breakoutGroups.name })
			.from(breakoutGroups)
			.where(eq(breakoutGroups.workshopId, workshopId))
			.orderBy(asc(breakoutGroups.position), asc(breakoutGroups.id)),
		db
			.select({
				id: missions.id,
				code: missions.code,
				name: missions.name,
				groupId: workshopMissions.breakoutGroupId
			})
			.from(workshopMissions)
			.innerJoin(missions, eq(missions.id, workshopMissions.missionId))
			.where(eq(workshopMissions.workshopId, workshopId))
			.orderBy(asc(missions.code)),
		selectEntries(eq(assessmentEntries.workshopId, workshopId))
	]);
	const visible = participants.filter((p) => canReadMission(user, p.id));
	if (user.role === 'focal_point' && visible.length === 0) return undefined;
	const sections = [...groups, { id: null as number | null, name: '' }]
		.map((g) => ({
			...g,
			missions: visible
				.filter((p) => p.groupId === g.id)
				.map((p) => ({ ...p, entries: entries.filter((e) => e.missionId === p.id) }))
		}))
		.filter((g) => g.missions.length > 0);
	return { workshop, groups: sections };
}

// ── Writing entries ──────────────────────────────────────────────────────────────────────

async function activeArea(tx: Transaction, areaId: number) {
	const area = await tx.query.assessmentAreas.findFirst({
		where: eq(assessmentAreas.id, areaId)
	});
	if (!area || !area.active) throw new Refusal(400, 'areaId', m.validation_unknown_area());
	return area;
}

/**
 * Records one strength or weakness for a mission of a breakout group. Each post is its own
 * insert, so facilitators typing into the same group at once never overwrite each other.
 */
export async function addEntry(
	actor: CurrentUser,
	workshopId: number,
	groupId: number,
	input: EntryInput
): Promise<number> {
	assertCsdp(actor);
	return write(actor, async ({ tx, now, audit }) => {
		const seat = await tx.query.workshopMissions.findFirst({
			where: and(
				eq(workshopMissions.workshopId, workshopId),
				eq(workshopMissions.missionId, input.missionId)
			)
		});
		if (!seat || seat.breakoutGroupId !== groupId) {
			throw new Refusal(400, 'missionId', m.validation_not_in_group());
		}
		await activeArea(tx, input.areaId);
		const weakness = input.kind === 'weakness';
		const [entry] = await tx
			.insert(assessmentEntries)
			.values({
				workshopId,
				missionId: input.missionId,
				areaId: input.areaId,
				kind: input.kind,
				statement: input.statement,
				impact: weakness && input.impact ? input.impact : null,
				createdBy: actor.id,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		let action = null;
		if (weakness) {
			[action] = await tx
				.insert(assessmentActions)
				.values({
					entryId: entry.id,
					description: input.actionDescription,
					owner: input.actionOwner,
					dueDate: input.actionDueDate || null,
					createdAt: now,
					updatedAt: now
				})
				.returning();
		}
		await audit({
			action: 'create',
			entity: 'assessment_entry',
			entityId: entry.id,
			after: { ...entry, action }
		});
		return entry.id;
	});
}

/** The breakout group whose capture page an edit comes from. */
export interface BreakoutPlace {
	workshopId: number;
	groupId: number;
}

/**
 * The entry to change, if it belongs to a mission of the breakout group the person is working
 * in: an entry of another workshop or group is not found from here.
 */
async function entryForChange(
	tx: Transaction,
	place: BreakoutPlace,
	entryId: number,
	version: number
) {
	const before = await tx.query.assessmentEntries.findFirst({
		where: and(
			eq(assessmentEntries.id, entryId),
			eq(assessmentEntries.workshopId, place.workshopId)
		)
	});
	const seat =
		before &&
		(await tx.query.workshopMissions.findFirst({
			where: and(
				eq(workshopMissions.workshopId, place.workshopId),
				eq(workshopMissions.missionId, before.missionId)
			)
		}));
	if (!before || seat?.breakoutGroupId !== place.groupId) {
		throw new Refusal(404, 'entryId', m.error_not_found());
	}
	if (before.version !== version) throw new Refusal(409, 'version', m.conflict_record(), before);
	return before;
}

export async function updateEntry(
	actor: CurrentUser,
	place: BreakoutPlace,
	input: EntryEditInput
): Promise<void> {
	assertCsdp(actor);
	await write(actor, async ({ tx, now, audit }) => {
		const before = await entryForChange(tx, place, input.entryId, input.version);
		if (before.kind !== input.kind) throw new Refusal(400, 'kind', m.validation_kind_fixed());
		if (before.areaId !== input.areaId) await activeArea(tx, input.areaId);
		const [after] = await tx
			.update(assessmentEntries)
			.set({
				areaId: input.areaId,
				statement: input.statement,
				impact: before.kind === 'weakness' && input.impact ? input.impact : null,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(assessmentEntries.id, before.id))
			.returning();
		await audit({
			action: 'update',
			entity: 'assessment_entry',
			entityId: before.id,
			before,
			after
		});
	});
}

export async function deleteEntry(
	actor: CurrentUser,
	place: BreakoutPlace,
	input: { entryId: number; version: number }
): Promise<void> {
	assertCsdp(actor);
	await write(actor, async ({ tx, audit }) => {
		const before = await entryForChange(tx, place, input.entryId, input.version);
		const action = await tx.query.assessmentActions.findFirst({
			where: eq(assessmentActions.entryId, before.id)
		});
		await tx.delete(assessmentEntries).where(eq(assessmentEntries.id, before.id));
		await audit({
			action: 'delete',
			entity: 'assessment_entry',
			entityId: before.id,
			before: { ...before, action }
		});
	});
}

// ── Improvement actions ──────────────────────────────────────────────────────────────────

/** The mission an action belongs to, or a refusal that reveals nothing to the wrong reader. */
export async function actionMission(actionId: number): Promise<number | undefined> {
	const [row] = await db
		.select({ missionId: assessmentEntries.missionId })
		.from(assessmentActions)
		.innerJoin(assessmentEntries, eq(assessmentEntries.id, assessmentActions.entryId))
		.where(eq(assessmentActions.id, actionId));
	return row?.missionId;
}

/**
 * A closed action (done or dropped) takes no further closing: it has to be reopened before
 * anything else about it changes, so that a closing note is never silently replaced.
 */
export function assertStatusChange(before: ActionStatus, next: ActionStatus) {
	if (isActionClosed(before) && isActionClosed(next)) {
		throw new Refusal(400, 'status', m.validation_already_closed());
	}
}

async function changeAction(
	actor: CurrentUser,
	actionId: number,
	version: number,
	changes: (
		before: typeof assessmentActions.$inferSelect
	) => Partial<typeof assessmentActions.$inferInsert>
) {
	await write(actor, async ({ tx, now, audit }) => {
		const [found] = await tx
			.select({ action: assessmentActions, missionId: assessmentEntries.missionId })
			.from(assessmentActions)
			.innerJoin(assessmentEntries, eq(assessmentEntries.id, assessmentActions.entryId))
			.where(eq(assessmentActions.id, actionId));
		if (!found || !canReadMission(actor, found.missionId)) {
			throw new Refusal(404, null, m.error_not_found());
		}
		if (!canEditMission(actor, found.missionId)) throw new Refusal(403, null, m.error_forbidden());
		const before = found.action;
		if (before.version !== version) throw new Refusal(409, 'version', m.conflict_record(), before);
		const set = changes(before);
		assertStatusChange(before.status, set.status ?? before.status);
		const [after] = await tx
			.update(assessmentActions)
			.set({ ...set, version: before.version + 1, updatedAt: now })
			.where(eq(assessmentActions.id, before.id))
			.returning();
		await audit({
			action: 'update',
			entity: 'assessment_action',
			entityId: before.id,
			before,
			after
		});
	});
}

/** Status and closing note: what a focal point may change on their own mission's actions. */
export async function updateActionProgress(actor: CurrentUser, input: ActionProgressInput) {
	return changeAction(actor, input.actionId, input.version, () => ({
		status: input.status,
		closingNote: input.closingNote
	}));
}

/** The whole action, for CSDP staff. */
export async function editAction(actor: CurrentUser, input: ActionEditInput) {
	assertCsdp(actor);
	return changeAction(actor, input.actionId, input.version, () => ({
		description: input.description,
		owner: input.owner,
		dueDate: input.dueDate || null,
		status: input.status,
		closingNote: input.closingNote
	}));
}

/**
 * The report as CSV, one row per entry, in the reader's language. It starts with a byte-order
 * mark so that spreadsheet programs read it as UTF-8 and accents survive; cells that a
 * spreadsheet would run as a formula are escaped.
 */
export async function reportCsv(user: CurrentUser, workshopId: number, locale: string) {
	const report = await workshopReport(user, workshopId);
	if (!report) return undefined;
	const rows: string[][] = [];
	for (const group of report.groups) {
		for (const mission of group.missions) {
			for (const e of mission.entries) {
				rows.push([
					report.workshop.title,
					group.name || m.breakout_unassigned(),
					mission.code,
					localName({ nameEn: e.areaNameEn, nameFr: e.areaNameFr }, locale),
					entryKindLabel[e.kind](),
					e.statement,
					e.impact ? impactLabel[e.impact]() : '',
					e.action?.description ?? '',
					e.action?.owner ?? '',
					e.action?.dueDate ?? '',
					e.action ? actionStatusLabel[e.action.status]() : '',
					e.action?.closingNote ?? '',
					e.action?.overdue ? m.action_overdue() : ''
				]);
			}
		}
	}
	const fields = [
		m.report_workshop(),
		m.report_group(),
		m.report_mission(),
		m.entry_area(),
		m.entry_kind(),
		m.entry_statement(),
		m.impact_label(),
		m.entry_action(),
		m.action_owner(),
		m.action_due(),
		m.action_status(),
		m.action_closing_note(),
		m.action_overdue()
	];
	return {
		body:
			'\uFEFF' + Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' }),
		filename: `assessment-report-${workshopId}.csv`
	};
}
