import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { auditLog, checklistItems, readinessResponses, readinessSnapshots } from './db/schema';
import { findMissionByCode } from './missions';
import {
	carriesOver,
	currentTemplate,
	missionChecklist,
	openRequiredItems,
	publishDraft,
	ragOf,
	readinessOverview,
	removeDraftItem,
	saveDraftItem,
	saveResponse,
	scoreChecklist,
	scorePercent,
	startDraft,
	templateAdmin
} from './readiness';
import { freshRollout, makeUser } from './testing';
import type { CurrentUser } from './access';
import type { ChecklistStatus } from '$lib/vocabulary';
import type { ResponseInput } from '$lib/schemas/readiness';

const item = (id: number, weight: number, required = false) => ({ id, weight, required });
const statuses =
	(given: Record<number, ChecklistStatus>) =>
	(id: number): ChecklistStatus =>
		given[id] ?? 'not_started';

describe('the readiness score', () => {
	it('is the weighted share of applicable items done', () => {
		const items = [item(1, 3), item(2, 1), item(3, 2)];
		const s = scoreChecklist(items, statuses({ 1: 'done', 2: 'in_progress' }));
		expect(s.doneWeight).toBe(3);
		expect(s.applicableWeight).toBe(6);
		expect(s.score).toBe(0.5);
		expect(scoreChecklist(items, statuses({ 2: 'done' })).score).toBeCloseTo(1 / 6);
	});

	it('leaves items that do not apply out of both sides', () => {
		const items = [item(1, 3), item(2, 1), item(3, 2)];
		const s = scoreChecklist(items, statuses({ 1: 'done', 3: 'not_applicable' }));
		expect(s.applicableWeight).toBe(4);
		expect(s.score).toBe(0.75);
	});

	it('is null — shown as "—" — when nothing applies, never 0 or NaN', () => {
		expect(scoreChecklist([], statuses({})).score).toBeNull();
		const allOut = scoreChecklist(
			[item(1, 2), item(2, 1)],
			statuses({ 1: 'not_applicable', 2: 'not_applicable' })
		);
		expect(allOut.score).toBeNull();
		expect(scoreChecklist([item(1, 0), item(2, 0)], statuses({ 1: 'done' })).score).toBeNull();
		expect(scorePercent(null)).toBeNull();
	});

	it('counts an item never answered as not started', () => {
		expect(scoreChecklist([item(1, 1), item(2, 1)], statuses({ 1: 'done' })).score).toBe(0.5);
	});

	it('lists required items until they are done', () => {
		const items = [item(1, 1, true), item(2, 1, true), item(3, 1, true), item(4, 1)];
		const s = scoreChecklist(items, statuses({ 1: 'done', 2: 'in_progress' }));
		expect(s.requiredOpen).toEqual([2, 3]);
	});

	it('reads red, amber and green against the thresholds, inclusive', () => {
		const t = { greenFrom: 80, amberFrom: 50 };
		expect(ragOf(null, t)).toBe('none');
		expect(ragOf(0, t)).toBe('red');
		expect(ragOf(0.4999, t)).toBe('red');
		expect(ragOf(0.5, t)).toBe('amber');
		expect(ragOf(0.7999, t)).toBe('amber');
		expect(ragOf(0.8, t)).toBe('green');
		expect(ragOf(1, t)).toBe('green');
	});

	it('shows whole percents rounded down, so 100 % means all done', () => {
		expect(scorePercent(0.999)).toBe(99);
		expect(scorePercent(1)).toBe(100);
		expect(scorePercent(7 / 10)).toBe(70);
		expect(scorePercent(0)).toBe(0);
	});
});

let csdp: CurrentUser;
let focal: CurrentUser;
let otherFocal: CurrentUser;
let leadership: CurrentUser;
let unitams: number;
let unsmil: number;

const answer = (itemId: number, extra: Partial<ResponseInput> = {}): ResponseInput => ({
	itemId,
	version: 0,
	status: 'done',
	notApplicableReason: '',
	evidence: 'Memo 12',
	evidenceUrl: '',
	owner: 'CSU lead',
	dueDate: '',
	...extra
});

beforeAll(async () => {
	await freshRollout();
	unitams = (await findMissionByCode('UNITAMS'))!.id;
	unsmil = (await findMissionByCode('UNSMIL'))!.id;
	csdp = await makeUser('csdp');
	focal = await makeUser('focal_point', { missionId: unitams });
	otherFocal = await makeUser('focal_point', { missionId: unsmil });
	leadership = await makeUser('leadership');
});

describe('the seeded checklist', () => {
	it('is version 1 with 15–25 items over the seven areas, some required', async () => {
		const { published, publishedItems, areas } = await templateAdmin();
		expect(published.number).toBe(1);
		expect(publishedItems.length).toBeGreaterThanOrEqual(15);
		expect(publishedItems.length).toBeLessThanOrEqual(25);
		expect(areas).toHaveLength(7);
		expect(publishedItems.some((i) => i.required)).toBe(true);
		expect(publishedItems.every((i) => i.titleEn && i.titleFr)).toBe(true);
	});

	it('puts the nine workshop missions in the overview, with seeded scores', async () => {
		const { rows } = await readinessOverview(csdp);
		for (const code of [
			'UNITAMS',
			'UNSMIL',
			'UNOCA',
			'OSESG-GL',
			'UNOWAS',
			'CNMC',
			'UNOAU',
			'OSE-HOA',
			'MINURSO'
		]) {
			expect(rows.some((r) => r.code === code)).toBe(true);
		}
		expect(rows.find((r) => r.code === 'UNMISS')?.score).toBe(1);
		expect(rows.find((r) => r.code === 'UNOCA')?.score).toBeGreaterThan(0);
		expect(rows.some((r) => r.code === 'UNSOS')).toBe(false);
	});

	it('shows a focal point only their own mission in the overview', async () => {
		const { rows } = await readinessOverview(focal);
		expect(rows.map((r) => r.code)).toEqual(['UNITAMS']);
	});
});

describe("a mission's answers", () => {
	it('move the score, and each change is kept in the history', async () => {
		const before = await missionChecklist(unitams);
		const first = before.entries[0];
		const second = before.entries[1];
		await saveResponse(focal, unitams, answer(first.id));
		await saveResponse(focal, unitams, answer(second.id, { status: 'in_progress' }));
		const after = await missionChecklist(unitams);
		expect(after.score.doneWeight).toBe(first.weight);
		const applicable = before.entries.reduce((sum, e) => sum + e.weight, 0);
		expect(after.score.score).toBeCloseTo(first.weight / applicable);
		expect(after.history).toHaveLength(before.history.length + 2);
		expect(after.history[0].score).toBeCloseTo(first.weight / applicable);
		expect((await findMissionByCode('UNITAMS'))?.stage).toBe('aligning');
	});

	it('refuses a stale save and shows the newer answer', async () => {
		const { entries } = await missionChecklist(unitams);
		const target = entries[2];
		await saveResponse(focal, unitams, answer(target.id, { evidence: 'First' }));
		const stale = saveResponse(csdp, unitams, answer(target.id, { evidence: 'Second' }));
		await expect(stale).rejects.toMatchObject({
			status: 409,
			detail: { evidence: 'First', version: 1 }
		});
		const row = await db.query.readinessResponses.findFirst({
			where: and(
				eq(readinessResponses.missionId, unitams),
				eq(readinessResponses.itemId, target.id)
			)
		});
		expect(row?.evidence).toBe('First');
		await saveResponse(csdp, unitams, answer(target.id, { evidence: 'Second', version: 1 }));
	});

	it('refuses anyone who may not change the mission, and writes nothing', async () => {
		const { entries } = await missionChecklist(unitams);
		const count = async () => (await db.select().from(readinessResponses)).length;
		const n = await count();
		await expect(saveResponse(otherFocal, unitams, answer(entries[5].id))).rejects.toMatchObject({
			status: 404
		});
		await expect(saveResponse(leadership, unitams, answer(entries[5].id))).rejects.toMatchObject({
			status: 403
		});
		expect(await count()).toBe(n);
	});

	it('refuses a required item marked not applicable', async () => {
		const { entries } = await missionChecklist(unitams);
		const required = entries.find((e) => e.required)!;
		await expect(
			saveResponse(
				focal,
				unitams,
				answer(required.id, { status: 'not_applicable', notApplicableReason: 'x' })
			)
		).rejects.toMatchObject({ status: 400, field: 'status' });
	});

	it('names the open required items for the launch gate', async () => {
		const open = await openRequiredItems(unitams);
		const { entries } = await missionChecklist(unitams);
		const required = entries.filter((e) => e.required);
		expect(open.length).toBeGreaterThan(0);
		expect(open.every((o) => o.required)).toBe(true);
		expect(open.length).toBe(required.filter((r) => r.response?.status !== 'done').length);
		expect((await openRequiredItems((await findMissionByCode('UNMISS'))!.id)).length).toBe(0);
	});
});

describe('a new version of the checklist', () => {
	it('refuses to publish when every weight is zero, and changes nothing', async () => {
		await startDraft(csdp);
		const admin = await templateAdmin();
		for (const i of admin.draftItems) {
			await saveDraftItem(csdp, {
				itemId: i.id,
				version: i.version,
				areaId: i.areaId,
				titleEn: i.titleEn,
				titleFr: i.titleFr,
				guidanceEn: i.guidanceEn,
				guidanceFr: i.guidanceFr,
				weight: '0',
				required: i.required
			});
		}
		const draft = (await templateAdmin()).draft!;
		await expect(publishDraft(csdp, { version: draft.version })).rejects.toMatchObject({
			status: 400
		});
		expect((await currentTemplate()).number).toBe(1);
		const { discardDraft } = await import('./readiness');
		// Discarding a draft changed since it was looked at is refused, and keeps it.
		await expect(discardDraft(csdp, { version: draft.version - 1 })).rejects.toMatchObject({
			status: 409,
			detail: { id: draft.id }
		});
		expect((await templateAdmin()).draft).not.toBeNull();
		await discardDraft(csdp, { version: draft.version });
		expect((await templateAdmin()).draft).toBeNull();
	});

	it('keeps answers to unchanged items, drops changed ones, and says so in the history', async () => {
		const unoca = (await findMissionByCode('UNOCA'))!.id;
		const before = await missionChecklist(unoca);
		const answered = before.entries.filter((e) => e.response);
		const [retitled, removed, ...unchanged] = answered;

		await startDraft(csdp);
		let admin = await templateAdmin();
		const draftOf = (key: string) => admin.draftItems.find((i) => i.key === key)!;
		const t = draftOf(retitled.key);
		await saveDraftItem(csdp, {
			itemId: t.id,
			version: t.version,
			areaId: t.areaId,
			titleEn: `${t.titleEn} (revised)`,
			titleFr: t.titleFr,
			guidanceEn: t.guidanceEn,
			guidanceFr: t.guidanceFr,
			weight: String(t.weight),
			required: t.required
		});
		await removeDraftItem(csdp, { itemId: draftOf(removed.key).id, version: 1 });
		// A weight change alone keeps the answer: the question asked is the same.
		const reweighted = draftOf(unchanged[0].key);
		await saveDraftItem(csdp, {
			itemId: reweighted.id,
			version: reweighted.version,
			areaId: reweighted.areaId,
			titleEn: reweighted.titleEn,
			titleFr: reweighted.titleFr,
			guidanceEn: 'New guidance',
			guidanceFr: reweighted.guidanceFr,
			weight: '5',
			required: reweighted.required
		});
		await saveDraftItem(csdp, {
			itemId: 0,
			version: 0,
			areaId: admin.areas[0].id,
			titleEn: 'A new item',
			titleFr: 'Un nouvel élément',
			guidanceEn: '',
			guidanceFr: '',
			weight: '2',
			required: false
		});
		admin = await templateAdmin();
		const result = await publishDraft(csdp, { version: admin.draft!.version });
		expect(result.number).toBe(2);

		const after = await missionChecklist(unoca);
		expect(after.template.number).toBe(2);
		const kept = after.entries.filter((e) => e.response);
		expect(kept.map((e) => e.key).sort()).toEqual(unchanged.map((e) => e.key).sort());
		for (const e of unchanged) {
			const now = after.entries.find((a) => a.key === e.key)!;
			expect(now.response).toMatchObject({
				status: e.response!.status,
				evidence: e.response!.evidence,
				owner: e.response!.owner,
				dueDate: e.response!.dueDate
			});
		}
		expect(after.entries.find((e) => e.key === retitled.key)?.response).toBeNull();
		expect(after.entries.some((e) => e.key === removed.key)).toBe(false);
		expect(after.entries.find((e) => e.key === reweighted.key)?.weight).toBe(5);

		const [move] = after.history;
		expect(move.cause).toBe('template');
		expect(JSON.parse(move.detail)).toEqual({
			from: 1,
			to: 2,
			kept: unchanged.length,
			dropped: 2
		});
		// The old answers stay with the old version.
		const old = await db
			.select()
			.from(readinessResponses)
			.innerJoin(checklistItems, eq(checklistItems.id, readinessResponses.itemId))
			.where(
				and(
					eq(readinessResponses.missionId, unoca),
					eq(checklistItems.templateId, before.template.id)
				)
			);
		expect(old).toHaveLength(answered.length);
		const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'publish'));
		expect(audit).toHaveLength(1);
		const snaps = await db
			.select()
			.from(readinessSnapshots)
			.where(eq(readinessSnapshots.cause, 'template'));
		expect(snaps.length).toBeGreaterThanOrEqual(5);
	});

	it('saves an answer posted from a page of the retired version to the same item only', async () => {
		const unoca = (await findMissionByCode('UNOCA'))!.id;
		const oldItems = await db.select().from(checklistItems).where(eq(checklistItems.templateId, 1));
		const current = await missionChecklist(unoca);
		// The retitled item no longer asks the same question: the old page must be reloaded.
		const retitled = oldItems.find(
			(o) => !current.entries.some((e) => e.key === o.key && e.titleEn === o.titleEn)
		)!;
		await expect(saveResponse(csdp, unoca, answer(retitled.id))).rejects.toMatchObject({
			status: 409,
			field: 'itemId'
		});
		// An unchanged item carried its answer and its version along.
		const carried = current.entries.find((e) => e.response && e.response.status !== 'done')!;
		const old = oldItems.find((o) => o.key === carried.key)!;
		await saveResponse(
			csdp,
			unoca,
			answer(old.id, { version: carried.response!.version, evidence: 'Saved from an old page' })
		);
		const after = await missionChecklist(unoca);
		expect(after.entries.find((e) => e.key === carried.key)?.response).toMatchObject({
			status: 'done',
			evidence: 'Saved from an old page'
		});
	});

	it('carries an answer only for the same key and the same wording', () => {
		const a = { key: 'k', titleEn: 'A', titleFr: 'B' };
		expect(carriesOver(a, { ...a })).toBe(true);
		expect(carriesOver(a, { ...a, key: 'j' })).toBe(false);
		expect(carriesOver(a, { ...a, titleFr: 'C' })).toBe(false);
	});
});
