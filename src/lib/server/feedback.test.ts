import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { feedback } from './db/schema';
import { findMissionByCode } from './missions';
import { listServiceLines } from './reference';
import { freshRollout, makeUser } from './testing';
import {
	feedbackIsOverdue,
	feedbackSessions,
	giveFeedback,
	listFeedback,
	respondToFeedback
} from './feedback';
import { feedbackResponseSchema, feedbackSchema } from '$lib/schemas/feedback';
import { WORKSHOP_FEEDBACK } from './seed/forum';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
let leadership: CurrentUser;
let travelAgent: CurrentUser;
let payrollAgent: CurrentUser;
let focalUnitams: CurrentUser;
let focalUnsmil: CurrentUser;
let unitams: number;
let unsmil: number;
let travel: number;

const input = (extra: Record<string, unknown> = {}) =>
	feedbackSchema.parse({
		missionId: unitams,
		serviceLineId: travel,
		kind: 'developmental',
		body: 'Travel questions wait over the centre’s weekend.',
		session: 'other',
		givenOn: '2021-10-05',
		...extra
	});

beforeAll(async () => {
	await freshRollout();
	const lines = await listServiceLines();
	travel = lines.find((l) => l.code === 'TRAVEL')!.id;
	csdp = await makeUser('csdp');
	leadership = await makeUser('leadership');
	travelAgent = await makeUser('agent', { serviceLineId: travel });
	payrollAgent = await makeUser('agent', {
		serviceLineId: lines.find((l) => l.code === 'BEN-PAY')!.id
	});
	unitams = (await findMissionByCode('UNITAMS'))!.id;
	unsmil = (await findMissionByCode('UNSMIL'))!.id;
	focalUnitams = await makeUser('focal_point', { missionId: unitams });
	focalUnsmil = await makeUser('focal_point', { missionId: unsmil });
});

describe('Voice of the Mission from the 2021 workshop', () => {
	it('is seeded for every service line, positive and developmental, from the workshop', async () => {
		const all = await listFeedback(leadership);
		expect(all).toHaveLength(WORKSHOP_FEEDBACK.length);
		const lines = await listServiceLines();
		for (const line of lines) {
			const mine = all.filter((f) => f.serviceLineId === line.id);
			expect(mine.length, line.code).toBeGreaterThan(0);
		}
		expect(new Set(all.map((f) => f.kind))).toEqual(new Set(['positive', 'developmental']));
		expect(all.every((f) => f.source === 'workshop' && f.sessionTitle)).toBe(true);
	});
});

describe('giving feedback', () => {
	it('a focal point gives it for their own mission only; CSDP for any; others not at all', async () => {
		const id = await giveFeedback(focalUnitams, input());
		expect((await listFeedback(focalUnitams)).map((f) => f.id)).toContain(id);
		expect((await listFeedback(focalUnsmil)).map((f) => f.id)).not.toContain(id);
		expect((await listFeedback(focalUnsmil)).every((f) => f.missionId === unsmil)).toBe(true);
		await expect(giveFeedback(focalUnsmil, input())).rejects.toMatchObject({
			status: 400,
			field: 'missionId'
		});
		await giveFeedback(csdp, input({ missionId: unsmil }));
		await expect(giveFeedback(leadership, input())).rejects.toMatchObject({ status: 403 });
		await expect(giveFeedback(travelAgent, input())).rejects.toMatchObject({ status: 403 });
	});

	it('refuses a service line or session that does not exist, and nothing is kept', async () => {
		const before = (await db.select().from(feedback)).length;
		await expect(giveFeedback(csdp, input({ serviceLineId: 9999 }))).rejects.toMatchObject({
			field: 'serviceLineId'
		});
		await expect(giveFeedback(csdp, input({ session: 'forum:9999' }))).rejects.toMatchObject({
			field: 'session'
		});
		await expect(giveFeedback(csdp, input({ missionId: 9999 }))).rejects.toMatchObject({
			field: 'missionId'
		});
		expect((await db.select().from(feedback)).length).toBe(before);
		const bad = feedbackSchema.safeParse({ ...input(), session: 'workshop:x', kind: 'rumour' });
		expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['kind', 'session']);
	});

	it('names the session it came from', async () => {
		const sessions = await feedbackSessions();
		const forum = sessions.find((s) => s.value.startsWith('forum:'))!;
		const id = await giveFeedback(focalUnitams, input({ session: forum.value, kind: 'positive' }));
		const row = (await listFeedback(csdp)).find((f) => f.id === id)!;
		expect(row).toMatchObject({ source: 'forum', sessionTitle: forum.title });
	});
});

describe('answering feedback', () => {
	it('the agents of its service line answer it; others cannot', async () => {
		const id = await giveFeedback(focalUnitams, input());
		const answer = feedbackResponseSchema.parse({
			feedbackId: id,
			status: 'being_addressed',
			response: 'A weekend duty contact is being set up.',
			dueDate: '2021-11-30',
			version: 1
		});
		await expect(respondToFeedback(payrollAgent, answer)).rejects.toMatchObject({ status: 403 });
		await expect(respondToFeedback(leadership, answer)).rejects.toMatchObject({ status: 403 });
		await expect(respondToFeedback(focalUnitams, answer)).rejects.toMatchObject({ status: 403 });
		await expect(respondToFeedback(focalUnsmil, answer)).rejects.toMatchObject({ status: 404 });
		await respondToFeedback(travelAgent, answer);
		await expect(respondToFeedback(csdp, answer)).rejects.toMatchObject({
			status: 409,
			detail: { status: 'being_addressed' }
		});
		await respondToFeedback(csdp, { ...answer, status: 'addressed', version: 2 });
		const row = (await listFeedback(travelAgent)).find((f) => f.id === id)!;
		expect(row).toMatchObject({ status: 'addressed', version: 3, canRespond: true });
		expect((await listFeedback(payrollAgent)).find((f) => f.id === id)!.canRespond).toBe(false);
	});

	it('needs words once the line is working on it', () => {
		const r = feedbackResponseSchema.safeParse({
			feedbackId: 1,
			status: 'addressed',
			response: ' ',
			version: 1
		});
		expect(Object.keys(r.error!.flatten().fieldErrors)).toEqual(['response']);
	});

	it('is overdue from the day after its date in the centre’s calendar, until addressed', () => {
		const row = {
			kind: 'developmental' as const,
			status: 'received' as const,
			dueDate: '2021-11-30'
		};
		expect(feedbackIsOverdue(row, new Date('2021-11-30T20:59:00Z'))).toBe(false);
		expect(feedbackIsOverdue(row, new Date('2021-11-30T21:00:00Z'))).toBe(true);
		expect(feedbackIsOverdue({ ...row, status: 'addressed' }, new Date('2022-01-01'))).toBe(false);
		expect(feedbackIsOverdue({ ...row, kind: 'positive' }, new Date('2022-01-01'))).toBe(false);
	});
});
