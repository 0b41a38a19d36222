import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from './db';
import { findMissionByCode } from './missions';
import { Refusal } from './refusal';
import { freshRollout, makeUser, sampleQueryInput } from './testing';
import {
	addHoliday,
	addQueryMessage,
	assignQuery,
	closeQuery,
	createQuery,
	escalateQuery,
	getQuery,
	listQueries,
	moveQueryStatus,
	nextState,
	reopenQuery,
	deEscalateQuery,
	setTarget,
	type Calendars,
	type Query
} from './queries';
import { ROLLUP_FROM_SCRATCH } from './query-rollup';
import { readQueryFilters } from '$lib/schemas/queries';
import { BUSINESS_DAY_MS } from './business-time';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
let focal: CurrentUser;
let otherFocal: CurrentUser;
let travelAgent: CurrentUser;
let payAgent: CurrentUser;
let leadership: CurrentUser;
let unsos: number;
let travel: number;

const refusal = async (p: Promise<unknown>) => {
	try {
		await p;
	} catch (e) {
		if (e instanceof Refusal) return e.status;
		throw e;
	}
	return 'accepted';
};

const input = (extra: Record<string, unknown> = {}) => ({
	...sampleQueryInput(unsos, travel),
	...extra
});

beforeAll(async () => {
	await freshRollout();
	unsos = (await findMissionByCode('UNSOS'))!.id;
	const minusca = (await findMissionByCode('MINUSCA'))!.id;
	const lines = await db.all<{ id: number; code: string }>(sql`select id, code from service_lines`);
	travel = lines.find((l) => l.code === 'TRAVEL')!.id;
	const pay = lines.find((l) => l.code === 'BEN-PAY')!.id;
	csdp = await makeUser('csdp');
	focal = await makeUser('focal_point', { missionId: unsos });
	otherFocal = await makeUser('focal_point', { missionId: minusca });
	travelAgent = await makeUser('agent', { serviceLineId: travel });
	payAgent = await makeUser('agent', { serviceLineId: pay });
	leadership = await makeUser('leadership');
});

describe('creating a query', () => {
	it('numbers queries per mission and ignores a double submit', async () => {
		const a = await createQuery(focal, input({ idempotencyKey: 'k-1' }));
		const again = await createQuery(focal, input({ idempotencyKey: 'k-1' }));
		expect(again).toEqual({ reference: a.reference, created: false });
		const b = await createQuery(focal, input());
		expect(a.reference).toMatch(/^UNSOS-\d+$/);
		expect(Number(b.reference.split('-')[1])).toBe(Number(a.reference.split('-')[1]) + 1);
	});

	it('refuses a mission that is not live, and another mission for a focal point', async () => {
		const unitams = (await findMissionByCode('UNITAMS'))!.id;
		expect(await refusal(createQuery(csdp, input({ missionId: unitams })))).toBe(400);
		expect(await refusal(createQuery(otherFocal, input()))).toBe(400);
		expect(await refusal(createQuery(leadership, input()))).toBe(403);
		expect(await refusal(createQuery(travelAgent, input()))).toBe(400);
	});
});

describe('working a query through the tiers', () => {
	it('follows the status and escalation rules, and who may act at each tier', async () => {
		const { reference } = await createQuery(focal, input());
		let q = await getQuery(focal, reference);
		expect(q.status).toBe('new');
		expect(q.dueAt).not.toBeNull();
		// Tier 1 belongs to the mission: the agent cannot act yet, another focal point sees nothing.
		expect(
			await refusal(
				moveQueryStatus(travelAgent, reference, { version: q.version, status: 'in_progress' })
			)
		).toBe(403);
		expect(await refusal(getQuery(otherFocal, reference))).toBe(404);
		expect(await refusal(getQuery(payAgent, reference))).toBe(404);
		expect(
			await refusal(
				moveQueryStatus(leadership, reference, { version: q.version, status: 'in_progress' })
			)
		).toBe(403);
		// new → closed is not a move.
		expect(
			await refusal(moveQueryStatus(focal, reference, { version: q.version, status: 'closed' }))
		).toBe(400);
		await moveQueryStatus(focal, reference, { version: q.version, status: 'in_progress' });
		// A stale version is refused with the newer values.
		expect(
			await refusal(
				moveQueryStatus(focal, reference, { version: q.version, status: 'pending_client' })
			)
		).toBe(409);
		q = await getQuery(focal, reference);
		await escalateQuery(focal, reference, { version: q.version, reason: 'Needs Umoja action' });
		q = await getQuery(travelAgent, reference);
		expect(q.tier).toBe(2);
		expect(q.maxTier).toBe(2);
		// Now the focal point no longer works it, but still speaks for the client.
		expect(
			await refusal(moveQueryStatus(focal, reference, { version: q.version, status: 'resolved' }))
		).toBe(403);
		await addQueryMessage(focal, reference, { kind: 'note', body: 'Client called again' });
		expect(
			await refusal(
				assignQuery(travelAgent, reference, { version: q.version, assigneeId: payAgent.id })
			)
		).toBe(400);
		await assignQuery(travelAgent, reference, { version: q.version, assigneeId: travelAgent.id });
		q = await getQuery(travelAgent, reference);
		await escalateQuery(travelAgent, reference, { version: q.version, reason: 'HQ decision' });
		q = await getQuery(travelAgent, reference);
		expect(q.tier).toBe(3);
		expect(q.assigneeId).toBeNull();
		expect(
			await refusal(escalateQuery(travelAgent, reference, { version: q.version, reason: 'more' }))
		).toBe(400);
		await deEscalateQuery(travelAgent, reference, { version: q.version, reason: 'HQ answered' });
		q = await getQuery(travelAgent, reference);
		await moveQueryStatus(travelAgent, reference, { version: q.version, status: 'pending_client' });
		q = await getQuery(travelAgent, reference);
		expect(q.clockSince).toBeNull();
		expect(q.dueAt).toBeNull();
		await moveQueryStatus(travelAgent, reference, { version: q.version, status: 'resolved' });
		q = await getQuery(focal, reference);
		expect(q.resolvedAt).not.toBeNull();
		expect(q.withinTarget).toBe(true);
		expect(q.maxTier).toBe(3);
		// Ratings: 0, 6 are refused by the domain too; blank is "not rated".
		expect(
			await refusal(
				closeQuery(focal, reference, { version: q.version, rating: 0, ratingComment: '' })
			)
		).toBe(400);
		expect(
			await refusal(
				closeQuery(focal, reference, { version: q.version, rating: 6, ratingComment: '' })
			)
		).toBe(400);
		await closeQuery(focal, reference, { version: q.version, rating: 4, ratingComment: 'Quick' });
		q = await getQuery(focal, reference);
		expect(q.status).toBe('closed');
		expect(q.rating).toBe(4);
		const kinds = q.events.map((e) => e.kind);
		expect(kinds).toEqual([
			'created',
			'status',
			'escalated',
			'note',
			'assigned',
			'escalated',
			'de_escalated',
			'status',
			'status',
			'status'
		]);
		const firstResolved = q.firstResolvedAt;
		await reopenQuery(focal, reference, { version: q.version, reason: 'Still not paid' });
		q = await getQuery(focal, reference);
		expect(q.status).toBe('in_progress');
		expect(q.rating).toBeNull();
		expect(q.resolvedAt).toBeNull();
		expect(q.firstResolvedAt).toEqual(firstResolved);
		expect(q.clockSince).not.toBeNull();
	});

	it('keeps the monthly totals equal to a count from scratch after every kind of change', async () => {
		const kept = await db.all(
			sql`select * from query_monthly where received or resolved order by month, mission_id, service_line_id`
		);
		const scratch = await db.all(
			sql`select * from (${ROLLUP_FROM_SCRATCH}) order by month, mission_id, service_line_id`
		);
		expect(kept).toEqual(scratch);
	});
});

describe('the clock across a change of holder', () => {
	it('keeps counted time and goes on on the centre calendar', () => {
		const calendars: Calendars = {
			mission: { timeZone: 'Africa/Khartoum', weekendDays: [5, 6], holidays: new Set() },
			centre: { timeZone: 'Africa/Kampala', weekendDays: [6, 7], holidays: new Set(['2021-09-13']) }
		};
		const received = new Date('2021-09-06T07:00:00Z'); // Monday 09:00 in Khartoum
		const q = {
			status: 'in_progress',
			tier: 1,
			maxTier: 1,
			clockMs: 0,
			clockSince: received,
			targetDays: 7,
			firstResolvedAt: null
		} as unknown as Query;
		const escalated = nextState(q, calendars, new Date('2021-09-09T07:00:00Z'), { tier: 2 });
		expect(escalated.clockMs).toBe(3 * BUSINESS_DAY_MS);
		// Four days left on the centre's calendar from Thursday 10:00 Kampala, skipping the
		// weekend and the Monday holiday: Thursday 16 September 10:00 (07:00 UTC).
		expect(escalated.dueAt?.toISOString()).toBe('2021-09-16T07:00:00.000Z');
	});

	it('moves the due moment of running queries when a holiday is added', async () => {
		const { reference } = await createQuery(focal, input());
		const before = await getQuery(focal, reference);
		const dueDay = before.dueAt!.toISOString().slice(0, 10);
		const today = new Date().toISOString().slice(0, 10);
		// A holiday between now and the due day pushes the due moment one day later.
		const between = new Date(Date.parse(dueDay) - BUSINESS_DAY_MS).toISOString().slice(0, 10);
		if (between <= today) return;
		await addHoliday(csdp, { missionId: unsos, date: between, name: 'Test day' });
		const after = await getQuery(focal, reference);
		expect(after.dueAt!.getTime()).toBeGreaterThan(before.dueAt!.getTime());
	});
});

describe('the list', () => {
	it('shows each person only what they may read, filtered on the server', async () => {
		const all = await listQueries(csdp, readQueryFilters(new URLSearchParams()));
		expect(all.total).toBeGreaterThan(2);
		expect((await listQueries(otherFocal, readQueryFilters(new URLSearchParams()))).total).toBe(0);
		expect((await listQueries(payAgent, readQueryFilters(new URLSearchParams()))).total).toBe(0);
		const closed = await listQueries(csdp, readQueryFilters(new URLSearchParams('status=closed')));
		expect(closed.rows.every((r) => r.status === 'closed')).toBe(true);
		const byRef = await listQueries(csdp, readQueryFilters(new URLSearchParams('q=UNSOS-1')));
		expect(byRef.rows.map((r) => r.reference)).toContain('UNSOS-1');
		// Unknown filter values are dropped, not errors.
		const odd = readQueryFilters(new URLSearchParams('status=bogus&page=-3&tier=9&sort=x'));
		expect(odd).toMatchObject({ status: undefined, page: 1, tier: undefined, sort: 'newest' });
	});
});

describe('resolution targets', () => {
	it('refuses a stale edit of a target and says what it is now', async () => {
		const line = { serviceLineId: travel, priority: 'high' as const };
		const [row] = await db.all<{ days: number | null }>(
			sql`select target_days as days from priority_targets where service_line_id = ${travel} and priority = 'high'`
		);
		const seen = row?.days ?? null;
		await setTarget(csdp, { ...line, targetDays: 7, seenDays: seen });
		const stale = setTarget(csdp, { ...line, targetDays: 9, seenDays: seen });
		await expect(stale).rejects.toMatchObject({ status: 409, detail: { targetDays: 7 } });
		await expect(stale).rejects.toThrow(/7/);
		const [after] = await db.all<{ days: number }>(
			sql`select target_days as days from priority_targets where service_line_id = ${travel} and priority = 'high'`
		);
		expect(after.days).toBe(7);
	});
});
