import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from '../db';
import { freshRollout } from '../testing';
import { generateQueryHistory, seedQueryHistory, type HistoryOptions } from './query-history';
import { ROLLUP_FROM_SCRATCH } from '../query-rollup';

const UNTIL = new Date('2021-09-30T12:00:00Z');
let seeded = 0;
let seedMs = 0;

beforeAll(async () => {
	await freshRollout();
	const started = performance.now();
	seeded = await seedQueryHistory({ until: UNTIL });
	seedMs = performance.now() - started;
}, 120_000);

describe('the seeded query history', () => {
	it('gives each live mission a few thousand queries a year since go-live', async () => {
		console.log(`seeded ${seeded} queries in ${Math.round(seedMs)} ms`);
		const rows = await db.all<{ code: string; n: number; first: number }>(sql`
			select m.code as code, count(*) as n, min(q.received_at) as first
			from queries q join missions m on m.id = q.mission_id group by m.code`);
		expect(rows.map((r) => r.code).sort()).toEqual(
			['MINUSCA', 'MINUSMA', 'MONUSCO', 'UNISFA', 'UNMISS', 'UNSOS'].sort()
		);
		const unsos = rows.find((r) => r.code === 'UNSOS')!;
		// Live since July 2019: about 2.25 years by the end of September 2021.
		expect(unsos.n).toBeGreaterThan(3000);
		expect(new Date(unsos.first).toISOString() >= '2019-06-30').toBe(true);
		expect(seeded).toBe(rows.reduce((s, r) => s + r.n, 0));
	});

	it('is about 85 % within target, with some escalated and some rated', async () => {
		const [r] = await db.all<{
			resolved: number;
			within: number;
			escalated: number;
			beyond: number;
			rated: number;
			open: number;
		}>(sql`
			select count(resolved_at) as resolved, sum(within_target) as within,
				sum(max_tier >= 2) as escalated, sum(max_tier = 3) as beyond, count(rating) as rated,
				sum(status in ('new', 'in_progress', 'pending_client')) as open
			from queries`);
		const share = r.within / r.resolved;
		expect(share).toBeGreaterThan(0.8);
		expect(share).toBeLessThan(0.9);
		expect(r.escalated / seeded).toBeGreaterThan(0.15);
		expect(r.beyond).toBeGreaterThan(0);
		expect(r.rated).toBeGreaterThan(seeded * 0.2);
		expect(r.open).toBeGreaterThan(0);
	});

	it('stores facts that agree with its timeline', async () => {
		const bad = await db.all(sql`
			select q.id from queries q
			where (q.resolved_at is not null) != (q.status in ('resolved', 'closed'))
				or (q.rating is not null and q.status != 'closed')
				or (q.within_target is not null and q.within_target != (q.resolve_business_ms <= q.target_days * 86400000))
				or q.max_tier < q.tier
				or not exists (select 1 from query_events e where e.query_id = q.id and e.kind = 'created')`);
		expect(bad).toEqual([]);
	});

	it('keeps its monthly totals equal to a count from scratch', async () => {
		const kept = await db.all(
			sql`select * from query_monthly order by month, mission_id, service_line_id`
		);
		const scratch = await db.all(
			sql`select * from (${ROLLUP_FROM_SCRATCH}) order by month, mission_id, service_line_id`
		);
		expect(kept).toEqual(scratch);
	});

	it('runs once, and the same seed gives the same history', async () => {
		expect(await seedQueryHistory({ until: UNTIL })).toBe(0);
		const options: HistoryOptions = {
			seed: 7,
			until: UNTIL,
			missions: [
				{
					id: 1,
					code: 'X',
					goLiveDate: '2021-01-01',
					timeZone: 'Africa/Khartoum',
					weekendDays: '5,6'
				}
			],
			lines: [{ id: 1, code: 'TRAVEL', targetDays: 7 }],
			holidays: new Map(),
			total: 50
		};
		const a = [...generateQueryHistory(options)];
		const b = [...generateQueryHistory(options)];
		expect(a).toHaveLength(50);
		expect(a).toEqual(b);
	});
});
