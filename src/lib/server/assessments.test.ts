import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { assessmentActions, assessmentEntries } from './db/schema';
import { findMissionByCode } from './missions';
import { freshRollout, makeUser } from './testing';
import { getWorkshop, listWorkshops } from './workshops';
import {
	actionIsOverdue,
	addEntry,
	createArea,
	deleteEntry,
	editAction,
	getBreakoutCapture,
	listAreas,
	missionAssessment,
	updateActionProgress,
	updateArea,
	updateEntry,
	workshopReport
} from './assessments';
import { entrySchema } from '$lib/schemas/assessments';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
let leadership: CurrentUser;
let focalUnitams: CurrentUser;
let focalUnsmil: CurrentUser;
let workshopId: number;
let group1: number;
let group2: number;
let unitams: number;
let unsmil: number;
let unoca: number;
let areaId: number;

const weakness = (missionId: number, extra: Record<string, unknown> = {}) =>
	entrySchema.parse({
		missionId,
		kind: 'weakness',
		areaId,
		statement: 'The CSU has one staff member for the whole mission.',
		impact: 'high',
		actionDescription: 'Designate a second CSU focal point',
		actionOwner: 'Chief of mission support',
		actionDueDate: '2021-10-31',
		...extra
	});

beforeAll(async () => {
	await freshRollout();
	csdp = await makeUser('csdp');
	leadership = await makeUser('leadership');
	unitams = (await findMissionByCode('UNITAMS'))!.id;
	unsmil = (await findMissionByCode('UNSMIL'))!.id;
	unoca = (await findMissionByCode('UNOCA'))!.id;
	focalUnitams = await makeUser('focal_point', { missionId: unitams });
	focalUnsmil = await makeUser('focal_point', { missionId: unsmil });
	const [seeded] = await listWorkshops(csdp);
	workshopId = seeded.id;
	const detail = await getWorkshop(workshopId);
	group1 = detail!.participants.find((p) => p.code === 'UNITAMS')!.breakoutGroupId!;
	group2 = detail!.participants.find((p) => p.code === 'UNOCA')!.breakoutGroupId!;
	areaId = (await listAreas())[0].id;
});

describe('assessment areas', () => {
	it('are seeded in both languages, in order', async () => {
		const areas = await listAreas();
		expect(areas.map((a) => a.nameEn)).toEqual([
			'CSU staffing',
			'Query tool access and training',
			'Escalation process',
			"Knowledge of the centre's services",
			'Communications to staff',
			'Leadership commitment',
			'Connectivity and equipment'
		]);
		expect(areas.every((a) => a.nameFr.length > 0 && a.nameFr !== a.nameEn)).toBe(true);
	});

	it('are kept by CSDP staff only, with stale saves refused', async () => {
		const id = await createArea(csdp, { nameEn: 'Records', nameFr: 'Archives', position: 50 });
		await expect(
			createArea(leadership, { nameEn: 'x', nameFr: 'x', position: 1 })
		).rejects.toMatchObject({ status: 403 });
		const input = {
			areaId: id,
			nameEn: 'Records',
			nameFr: 'Archives',
			position: 50,
			active: false
		};
		await updateArea(csdp, { ...input, version: 1 });
		await expect(updateArea(csdp, { ...input, nameEn: 'Late', version: 1 })).rejects.toMatchObject({
			status: 409,
			detail: { active: false }
		});
		expect((await listAreas({ activeOnly: true })).some((a) => a.id === id)).toBe(false);
		// A retired area is not offered for new entries.
		await expect(
			addEntry(csdp, workshopId, group1, weakness(unitams, { areaId: id }))
		).rejects.toMatchObject({ field: 'areaId' });
	});
});

describe('recording entries in a breakout', () => {
	it('records a weakness with its action, and a blank due date as null', async () => {
		const id = await addEntry(
			csdp,
			workshopId,
			group1,
			weakness(unitams, { actionDueDate: '', statement: '<b>bold</b> & "quoted"' })
		);
		const [row] = await db
			.select()
			.from(assessmentActions)
			.where(eq(assessmentActions.entryId, id));
		expect(row.dueDate).toBeNull();
		expect(row.closingNote).toBe('');
		expect(row.status).toBe('open');
		const entry = await db.query.assessmentEntries.findFirst({
			where: eq(assessmentEntries.id, id)
		});
		expect(entry?.statement).toBe('<b>bold</b> & "quoted"');
	});

	it('keeps no impact nor action for a strength', async () => {
		const id = await addEntry(
			csdp,
			workshopId,
			group1,
			entrySchema.parse({
				missionId: unitams,
				kind: 'strength',
				areaId,
				statement: 'Senior leadership has named a CSU chief.',
				impact: 'high',
				actionDescription: 'ignored',
				actionOwner: 'ignored'
			})
		);
		const entry = await db.query.assessmentEntries.findFirst({
			where: eq(assessmentEntries.id, id)
		});
		expect(entry?.impact).toBeNull();
		expect(
			await db.select().from(assessmentActions).where(eq(assessmentActions.entryId, id))
		).toHaveLength(0);
	});

	it('moves the mission to the assessed stage', async () => {
		expect((await findMissionByCode('UNITAMS'))?.stage).toBe('assessed');
		expect((await findMissionByCode('CNMC'))?.stage).toBe('engaged');
	});

	it('refuses bad input in the schema: impossible dates, empty or huge statements, no owner', () => {
		const base = {
			missionId: unitams,
			kind: 'weakness',
			areaId,
			statement: 'x',
			impact: 'low',
			actionDescription: 'y',
			actionOwner: 'z'
		};
		const fieldsOf = (input: object) =>
			Object.keys(entrySchema.safeParse(input).error?.flatten().fieldErrors ?? {});
		expect(fieldsOf({ ...base, actionDueDate: '2021-02-30' })).toEqual(['actionDueDate']);
		expect(fieldsOf({ ...base, statement: '   ' })).toEqual(['statement']);
		expect(fieldsOf({ ...base, statement: 'a'.repeat(50_000) })).toEqual(['statement']);
		expect(fieldsOf({ ...base, actionOwner: '', impact: '' })).toEqual(['impact', 'actionOwner']);
		expect(fieldsOf({ ...base, kind: 'rumour' })).toEqual(['kind']);
		expect(fieldsOf({ ...base, kind: 'strength', impact: '', actionOwner: '' })).toEqual([]);
	});

	it('refuses a mission of another group, an unknown area, and anyone but CSDP staff', async () => {
		await expect(addEntry(csdp, workshopId, group1, weakness(unoca))).rejects.toMatchObject({
			field: 'missionId'
		});
		await expect(addEntry(csdp, workshopId, group2, weakness(unitams))).rejects.toMatchObject({
			field: 'missionId'
		});
		await expect(
			addEntry(csdp, workshopId, group1, weakness(unitams, { areaId: 99999 }))
		).rejects.toMatchObject({ field: 'areaId' });
		await expect(
			addEntry(focalUnitams, workshopId, group1, weakness(unitams))
		).rejects.toMatchObject({ status: 403 });
		await expect(addEntry(leadership, workshopId, group1, weakness(unitams))).rejects.toMatchObject(
			{ status: 403 }
		);
	});

	it('loses nothing when several facilitators post into one group at once', async () => {
		const before = (await getBreakoutCapture(workshopId, group1))!.entries.length;
		const other = await makeUser('csdp');
		const posts = Array.from({ length: 30 }, (_, i) =>
			addEntry(
				i % 2 ? csdp : other,
				workshopId,
				group1,
				weakness(i % 3 ? unitams : unsmil, { statement: `concurrent ${i}` })
			)
		);
		const ids = await Promise.all(posts);
		expect(new Set(ids).size).toBe(30);
		const capture = (await getBreakoutCapture(workshopId, group1))!;
		expect(capture.entries).toHaveLength(before + 30);
		for (let i = 0; i < 30; i++) {
			expect(capture.entries.filter((e) => e.statement === `concurrent ${i}`)).toHaveLength(1);
		}
		expect(capture.missions.map((mi) => mi.code)).toEqual(['MINURSO', 'UNITAMS', 'UNSMIL']);
	});

	it('edits and deletes an entry only with the version read', async () => {
		const id = await addEntry(csdp, workshopId, group1, weakness(unsmil));
		const here = { workshopId, groupId: group1 };
		const edit = {
			entryId: id,
			kind: 'weakness' as const,
			areaId,
			statement: 'Reworded',
			impact: 'low' as const
		};
		await updateEntry(csdp, here, { ...edit, version: 1 });
		await expect(
			updateEntry(csdp, here, { ...edit, statement: 'Stale', version: 1 })
		).rejects.toMatchObject({ status: 409, detail: { statement: 'Reworded' } });
		await expect(
			updateEntry(csdp, here, { ...edit, kind: 'strength', version: 2 })
		).rejects.toMatchObject({ field: 'kind' });
		await expect(deleteEntry(csdp, here, { entryId: id, version: 1 })).rejects.toMatchObject({
			status: 409
		});
		// From another group's page, or another workshop's, the entry is not there.
		for (const elsewhere of [
			{ workshopId, groupId: group1 + 1 },
			{ workshopId: workshopId + 1000, groupId: group1 }
		]) {
			await expect(deleteEntry(csdp, elsewhere, { entryId: id, version: 2 })).rejects.toMatchObject(
				{ status: 404 }
			);
			await expect(updateEntry(csdp, elsewhere, { ...edit, version: 2 })).rejects.toMatchObject({
				status: 404
			});
		}
		await deleteEntry(csdp, here, { entryId: id, version: 2 });
		expect(
			await db.select().from(assessmentActions).where(eq(assessmentActions.entryId, id))
		).toHaveLength(0);
	});
});

describe('improvement actions', () => {
	async function newAction(missionId: number, due = '2021-10-31') {
		const entryId = await addEntry(
			csdp,
			workshopId,
			group1,
			weakness(missionId, { actionDueDate: due })
		);
		return (await db.query.assessmentActions.findFirst({
			where: eq(assessmentActions.entryId, entryId)
		}))!;
	}

	it('a focal point updates status and closing note of their own mission only', async () => {
		const own = await newAction(unitams);
		await updateActionProgress(focalUnitams, {
			actionId: own.id,
			status: 'in_progress',
			closingNote: '',
			version: 1
		});
		const other = await newAction(unsmil);
		await expect(
			updateActionProgress(focalUnitams, {
				actionId: other.id,
				status: 'done',
				closingNote: 'not mine',
				version: 1
			})
		).rejects.toMatchObject({ status: 404 });
		await expect(
			updateActionProgress(leadership, {
				actionId: other.id,
				status: 'done',
				closingNote: '',
				version: 1
			})
		).rejects.toMatchObject({ status: 403 });
		await expect(
			editAction(focalUnitams, {
				actionId: own.id,
				status: 'open',
				closingNote: '',
				description: 'x',
				owner: 'x',
				dueDate: '',
				version: 2
			})
		).rejects.toMatchObject({ status: 403 });
		const after = await db.query.assessmentActions.findFirst({
			where: eq(assessmentActions.id, other.id)
		});
		expect(after?.status).toBe('open');
		expect(after?.version).toBe(1);
	});

	it('refuses a stale update and closing a closed action again', async () => {
		const action = await newAction(unitams);
		const done = {
			actionId: action.id,
			status: 'done' as const,
			closingNote: 'Second focal point named',
			version: 1
		};
		await updateActionProgress(focalUnitams, done);
		await expect(updateActionProgress(csdp, done)).rejects.toMatchObject({ status: 409 });
		await expect(
			updateActionProgress(csdp, { ...done, status: 'dropped', version: 2 })
		).rejects.toMatchObject({ field: 'status' });
		await updateActionProgress(csdp, { ...done, status: 'open', closingNote: '', version: 2 });
		await editAction(csdp, {
			actionId: action.id,
			description: 'Designate two CSU focal points',
			owner: 'Director of mission support',
			dueDate: '',
			status: 'in_progress',
			closingNote: '',
			version: 3
		});
		const row = await db.query.assessmentActions.findFirst({
			where: eq(assessmentActions.id, action.id)
		});
		expect(row).toMatchObject({ dueDate: null, owner: 'Director of mission support', version: 4 });
	});

	it('are overdue from the day after the due date, in the mission time zone', () => {
		const open = { dueDate: '2021-10-31', status: 'open' as const };
		// 22:30 UTC on the due date is already 1 November in Khartoum (UTC+2) but not in Dakar (UTC+0).
		const late = new Date('2021-10-31T22:30:00Z');
		expect(actionIsOverdue(open, 'Africa/Khartoum', late)).toBe(true);
		expect(actionIsOverdue(open, 'Africa/Dakar', late)).toBe(false);
		expect(actionIsOverdue(open, 'Africa/Khartoum', new Date('2021-10-31T21:59:00Z'))).toBe(false);
		expect(actionIsOverdue({ ...open, status: 'done' }, 'Africa/Khartoum', late)).toBe(false);
		expect(actionIsOverdue({ ...open, dueDate: null }, 'Africa/Khartoum', late)).toBe(false);
	});

	it('are listed on the mission with open ones first and the earliest due first', async () => {
		const late = await newAction(unsmil, '2021-09-01');
		const undated = await newAction(unsmil, '');
		const { actions } = await missionAssessment(unsmil, new Date('2021-12-01T12:00:00Z'));
		const open = actions.filter((a) => a.status === 'open' || a.status === 'in_progress');
		expect(actions.slice(0, open.length)).toEqual(open);
		expect(open[0].id).toBe(late.id);
		expect(open[0].overdue).toBe(true);
		expect(open.at(-1)?.id).toBe(undated.id);
		expect(open.at(-1)?.overdue).toBe(false);
	});
});

describe('the workshop report', () => {
	it('holds every group for CSDP staff and only their mission for a focal point', async () => {
		const full = await workshopReport(csdp, workshopId);
		expect(full?.groups).toHaveLength(3);
		const own = await workshopReport(focalUnitams, workshopId);
		expect(own?.groups).toHaveLength(1);
		expect(own?.groups[0].missions.map((mi) => mi.code)).toEqual(['UNITAMS']);
		expect(own?.groups[0].missions[0].entries.length).toBeGreaterThan(0);
		const unmiss = (await findMissionByCode('UNMISS'))!.id;
		const outsider = await makeUser('focal_point', { missionId: unmiss });
		expect(await workshopReport(outsider, workshopId)).toBeUndefined();
	});
});
