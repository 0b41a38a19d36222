import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { forumActions, forumMeetings } from './db/schema';
import { findMissionByCode } from './missions';
import { freshRollout, makeUser } from './testing';
import {
	addForumAction,
	carriedTo,
	createMeeting,
	editForumAction,
	forumActionsFor,
	getMeeting,
	listMeetings,
	updateMeeting
} from './forum';
import { forumPack } from './forum-pack';
import { saveResponse, missionChecklist } from './readiness';
import { forumActionEditSchema, forumActionSchema, meetingSchema } from '$lib/schemas/forum';
import { FIRST_FORUM } from './seed/forum';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
let leadership: CurrentUser;
let agent: CurrentUser;
let focalUnitams: CurrentUser;
let focalUnmiss: CurrentUser;
let focalUnsos: CurrentUser;
let unitams: number;
let unsmil: number;
let firstId: number;

const meeting = (extra: Record<string, unknown> = {}) =>
	meetingSchema.parse({
		meetingDate: '2021-10-27',
		title: 'CSDM forum — October 2021',
		missionIds: [unitams, unsmil],
		agenda: 'Carried-over actions',
		...extra
	});

const action = (extra: Record<string, unknown> = {}) =>
	forumActionSchema.parse({
		description: 'Circulate the escalation matrix',
		owner: 'CSDP',
		missionId: '0',
		dueDate: '2021-11-10',
		...extra
	});

async function actionRow(id: number) {
	return (await db.query.forumActions.findFirst({ where: eq(forumActions.id, id) }))!;
}

beforeAll(async () => {
	await freshRollout();
	csdp = await makeUser('csdp');
	leadership = await makeUser('leadership');
	agent = await makeUser('agent', { serviceLineId: 1 });
	unitams = (await findMissionByCode('UNITAMS'))!.id;
	unsmil = (await findMissionByCode('UNSMIL'))!.id;
	focalUnitams = await makeUser('focal_point', { missionId: unitams });
	focalUnmiss = await makeUser('focal_point', {
		missionId: (await findMissionByCode('UNMISS'))!.id
	});
	focalUnsos = await makeUser('focal_point', { missionId: (await findMissionByCode('UNSOS'))!.id });
	firstId = (await db.select().from(forumMeetings))[0].id;
});

describe('the seeded September 2021 forum', () => {
	it('has its missions, minutes and actions', async () => {
		const first = (await getMeeting(csdp, firstId))!;
		expect(first.meeting.meetingDate).toBe('2021-09-29');
		expect(first.attending.map((a) => a.code)).toContain('UNMISS');
		expect(first.actions).toHaveLength(FIRST_FORUM.actions.length);
		expect(first.carriedOver).toEqual([]);
	});
});

describe('meetings', () => {
	it('are made and changed by CSDP staff only, with stale saves refused', async () => {
		await expect(createMeeting(leadership, meeting())).rejects.toMatchObject({ status: 403 });
		await expect(createMeeting(focalUnitams, meeting())).rejects.toMatchObject({ status: 403 });
		await expect(createMeeting(agent, meeting())).rejects.toMatchObject({ status: 403 });
		const id = await createMeeting(csdp, meeting());
		await updateMeeting(csdp, id, { ...meeting({ notes: 'First write-up' }), version: 1 });
		await expect(
			updateMeeting(csdp, id, { ...meeting({ notes: 'Stale' }), version: 1 })
		).rejects.toMatchObject({ status: 409, detail: { notes: 'First write-up' } });
		await expect(updateMeeting(leadership, id, { ...meeting(), version: 2 })).rejects.toMatchObject(
			{ status: 403 }
		);
		await expect(
			createMeeting(csdp, meeting({ missionIds: [unitams, 99999] }))
		).rejects.toMatchObject({ field: 'missionIds' });
	});

	it('refuse an impossible date, no title, and an action with no owner in the schema', () => {
		const fields = (r: { error?: { flatten(): { fieldErrors: object } } }) =>
			Object.keys(r.error?.flatten().fieldErrors ?? {});
		expect(
			fields(meetingSchema.safeParse({ meetingDate: '2021-09-31', title: ' ', missionIds: [] }))
		).toEqual(['meetingDate', 'title']);
		expect(
			fields(forumActionSchema.safeParse({ description: 'x', owner: '', dueDate: '2021-02-29' }))
		).toEqual(['owner', 'dueDate']);
		expect(
			fields(
				forumActionEditSchema.safeParse({
					actionId: 1,
					description: 'x',
					owner: 'y',
					status: 'closed-ish',
					version: 1
				})
			)
		).toEqual(['status']);
	});
});

describe('action items', () => {
	it('carry over to every later meeting until closed, and stop after', async () => {
		const october = await createMeeting(csdp, meeting({ meetingDate: '2021-10-27' }));
		const raised = await addForumAction(csdp, october, action());
		const november = await createMeeting(csdp, meeting({ meetingDate: '2021-11-24' }));
		const december = await createMeeting(csdp, meeting({ meetingDate: '2021-12-15' }));

		const carried = async (id: number) =>
			(await getMeeting(csdp, id))!.carriedOver.map((a) => a.id);
		expect(await carried(october)).not.toContain(raised);
		expect(await carried(november)).toContain(raised);
		expect(await carried(december)).toContain(raised);
		// The September actions still open are on October's agenda; the one done is not.
		const fromSeptember = (await getMeeting(csdp, october))!.carriedOver.filter(
			(a) => a.meetingId === firstId
		);
		expect(fromSeptember.map((a) => a.status)).not.toContain('done');
		expect(fromSeptember.length).toBe(FIRST_FORUM.actions.length - 1);

		await editForumAction(csdp, {
			...action(),
			actionId: raised,
			status: 'done',
			closingNote: 'Sent to all focal points',
			version: 1
		});
		const closed = await actionRow(raised);
		expect(closed.closedAt).not.toBeNull();
		// Closed today: the meetings held before today kept it on their agenda; a new one does not.
		expect(await carried(december)).toContain(raised);
		const next = await createMeeting(csdp, meeting({ meetingDate: '2099-01-27' }));
		expect(await carried(next)).not.toContain(raised);
	});

	it('an action closed on a day leaves the agendas of meetings after that day', () => {
		const closedAt = new Date('2021-11-30T22:30:00Z'); // 1 December in Entebbe
		const rows = [{ id: 1, status: 'done' as const, closedAt }];
		expect(carriedTo('2021-11-24', rows)).toHaveLength(1);
		expect(carriedTo('2021-12-01', rows)).toHaveLength(1);
		expect(carriedTo('2021-12-02', rows)).toHaveLength(0);
		expect(
			carriedTo('2022-01-01', [{ id: 2, status: 'in_progress' as const, closedAt: null }])
		).toHaveLength(1);
	});

	it('refuse closing a closed action again, a stale save, an unknown mission, non-CSDP', async () => {
		const id = await addForumAction(csdp, firstId, action({ missionId: String(unitams) }));
		const edit = {
			...action({ missionId: String(unitams) }),
			actionId: id,
			status: 'done' as const,
			closingNote: 'Done',
			version: 1
		};
		await expect(editForumAction(focalUnitams, edit)).rejects.toMatchObject({ status: 403 });
		await expect(editForumAction(leadership, edit)).rejects.toMatchObject({ status: 403 });
		await editForumAction(csdp, edit);
		await expect(editForumAction(csdp, edit)).rejects.toMatchObject({ status: 409 });
		await expect(
			editForumAction(csdp, { ...edit, status: 'dropped', version: 2 })
		).rejects.toMatchObject({ field: 'status' });
		const row = await actionRow(id);
		expect(row).toMatchObject({ status: 'done', closingNote: 'Done', version: 2 });
		await expect(
			addForumAction(csdp, firstId, action({ missionId: '99999' }))
		).rejects.toMatchObject({ field: 'missionId' });
		await expect(addForumAction(csdp, 99999, action())).rejects.toMatchObject({ status: 404 });
		await expect(addForumAction(agent, firstId, action())).rejects.toMatchObject({ status: 403 });
		// Reopened, it can be closed again.
		await editForumAction(csdp, { ...edit, status: 'open', closingNote: '', version: 2 });
		expect((await actionRow(id)).closedAt).toBeNull();
	});

	it('are overdue from the day after the due date, in the mission zone or the centre’s', async () => {
		const id = await addForumAction(
			csdp,
			firstId,
			action({ missionId: String(unitams), dueDate: '2021-10-31' })
		);
		const centre = await addForumAction(csdp, firstId, action({ dueDate: '2021-10-31' }));
		// 21:30 UTC on 31 October: 1 November in Entebbe (UTC+3), still 31 October in Khartoum.
		const late = new Date('2021-10-31T21:30:00Z');
		const overdue = async (actionId: number, now: Date) =>
			(await forumActionsFor(csdp, now)).find((a) => a.id === actionId)!.overdue;
		expect(await overdue(id, late)).toBe(false);
		expect(await overdue(centre, late)).toBe(true);
		expect(await overdue(id, new Date('2021-10-31T22:00:00Z'))).toBe(true);
		expect(await overdue(centre, new Date('2021-10-31T20:59:00Z'))).toBe(false);
	});
});

describe('what each role reads', () => {
	it('focal points read the meetings of their mission, and only their own actions', async () => {
		const list = await listMeetings(focalUnitams);
		expect(list.map((mt) => mt.id)).toContain(firstId);
		const seen = (await getMeeting(focalUnitams, firstId))!;
		expect(seen.actions.length).toBeGreaterThan(0);
		expect(seen.actions.every((a) => a.missionCode === 'UNITAMS')).toBe(true);
		const unmiss = (await getMeeting(focalUnmiss, firstId))!;
		expect(unmiss.actions.every((a) => a.missionCode === 'UNMISS')).toBe(true);
		// UNSOS neither attended nor was given an action.
		expect(await listMeetings(focalUnsos)).toEqual([]);
		expect(await getMeeting(focalUnsos, firstId)).toBeUndefined();
	});

	it('leadership and agents read every meeting and action', async () => {
		const all = (await getMeeting(leadership, firstId))!;
		expect(all.actions.some((a) => a.missionId === null)).toBe(true);
		expect((await listMeetings(agent)).length).toBe((await listMeetings(csdp)).length);
	});
});

describe('the forum pack', () => {
	it('holds open and overdue actions, launches of the next three months, drops and trends', async () => {
		const pack = (await forumPack(csdp, firstId, 'en', new Date('2021-10-25T09:00:00Z')))!;
		const all = [...pack.overdue, ...pack.open];
		expect(all.every((r) => r.status === 'open' || r.status === 'in_progress')).toBe(true);
		expect(new Set(all.map((r) => r.source))).toEqual(new Set(['forum', 'feedback']));
		// Due 15 and 20 October: overdue on the 25th; due 30 November: not yet.
		expect(pack.overdue.map((r) => r.owner)).toContain('UNITAMS Mission Support');
		expect(pack.open.map((r) => r.owner)).toContain('MINURSO ICT');
		// From the meeting (29 September 2021) to 29 December 2021.
		expect(pack.launches.map((l) => l.code).sort()).toEqual(['OSESG-GL', 'UNOCA', 'UNOWAS']);
		expect(pack.month).toBe('2021-08');
		// No query history is seeded here; the KPI tests cover the trends themselves.
		expect(pack.trends).toEqual([]);
	});

	it('names a mission whose readiness fell since the meeting before', async () => {
		const unoca = (await findMissionByCode('UNOCA'))!.id;
		const focalUnoca = await makeUser('focal_point', { missionId: unoca });
		const checklist = await missionChecklist(unoca);
		const done = checklist.entries.find((e) => e.response?.status === 'done');
		expect(done, 'UNOCA has a done item in the seed').toBeDefined();
		const meetingId = await createMeeting(
			csdp,
			meeting({ meetingDate: '2099-01-20', missionIds: [unoca] })
		);
		expect((await forumPack(csdp, meetingId, 'en'))!.drops.map((d) => d.code)).not.toContain(
			'UNOCA'
		);
		await saveResponse(csdp, unoca, {
			itemId: done!.id,
			version: done!.response!.version,
			status: 'in_progress',
			notApplicableReason: '',
			evidence: done!.response!.evidence,
			evidenceUrl: '',
			owner: done!.response!.owner,
			dueDate: ''
		});
		const pack = (await forumPack(csdp, meetingId, 'en'))!;
		const drop = pack.drops.find((d) => d.code === 'UNOCA');
		expect(drop).toBeDefined();
		expect(drop!.after!).toBeLessThan(drop!.before!);
		// A focal point's pack holds their own mission only.
		const own = (await forumPack(focalUnoca, meetingId, 'en'))!;
		expect([...own.overdue, ...own.open].every((r) => r.missionCode === 'UNOCA')).toBe(true);
		expect(own.drops.map((d) => d.code)).toEqual(['UNOCA']);
		expect(own.launches.map((l) => l.code)).not.toContain('UNOWAS');
	});
});
