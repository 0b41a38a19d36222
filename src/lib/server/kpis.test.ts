import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db } from './db';
import { queries } from './db/schema';
import { write } from './db/write';
import { freshRollout, makeUser, sampleQueryInput, statementsOf } from './testing';
import { closeQuery, createQuery, moveQueryStatus } from './queries';
import { findMissionByCode } from './missions';
import {
	firstNinetyDays,
	firstNinetyDaysFromScratch,
	kpiCacheStats,
	kpiMovers,
	kpiMoversFromScratch,
	kpiReport,
	kpiReportFromScratch,
	monthsBetween
} from './kpis';
import { centreMonth, rebuildRollup } from './query-rollup';
import { BUSINESS_DAY_MS } from './business-time';

const DAY = BUSINESS_DAY_MS;
let unsos: number;
let minusca: number;
let travel: number;
let pay: number;
let n = 0;

/** A query with its stored KPI facts, as the tracker would have left it. */
function row(f: {
	mission?: number;
	line?: number;
	received: string;
	resolved?: string;
	ms?: number;
	maxTier?: number;
	rating?: number;
	target?: number;
}) {
	n += 1;
	const target = f.target ?? 7;
	const at = new Date(`${f.received}T09:00:00Z`);
	const resolvedAt = f.resolved ? new Date(`${f.resolved}T09:00:00Z`) : null;
	return {
		missionId: f.mission ?? unsos,
		number: n,
		serviceLineId: f.line ?? travel,
		requesterName: 'R',
		requesterEmail: 'r@un.org',
		channel: 'email' as const,
		priority: 'normal' as const,
		subject: 'S',
		status: (resolvedAt ? (f.rating ? 'closed' : 'resolved') : 'in_progress') as 'closed',
		tier: 1,
		receivedAt: at,
		receivedMonth: f.received.slice(0, 7),
		targetDays: target,
		clockMs: f.ms ?? 0,
		maxTier: f.maxTier ?? 1,
		resolvedAt,
		firstResolvedAt: resolvedAt,
		resolvedMonth: f.resolved?.slice(0, 7) ?? null,
		resolveBusinessMs: resolvedAt ? (f.ms ?? 0) : null,
		withinTarget: resolvedAt ? (f.ms ?? 0) <= target * DAY : null,
		rating: f.rating ?? null,
		createdAt: at,
		updatedAt: at
	};
}

beforeAll(async () => {
	await freshRollout();
	unsos = (await findMissionByCode('UNSOS'))!.id;
	minusca = (await findMissionByCode('MINUSCA'))!.id;
	const lines = await db.all<{ id: number; code: string }>(sql`select id, code from service_lines`);
	travel = lines.find((l) => l.code === 'TRAVEL')!.id;
	pay = lines.find((l) => l.code === 'BEN-PAY')!.id;
	await write({ id: null }, async ({ tx }) => {
		await tx.insert(queries).values([
			// January intake, resolved in January: 1, 2, 3, 10 business days (even count).
			row({ received: '2022-01-03', resolved: '2022-01-04', ms: 1 * DAY, rating: 5 }),
			row({ received: '2022-01-05', resolved: '2022-01-07', ms: 2 * DAY, rating: 4, maxTier: 2 }),
			row({ received: '2022-01-10', resolved: '2022-01-13', ms: 3 * DAY, rating: 2 }),
			row({ received: '2022-01-11', resolved: '2022-01-28', ms: 10 * DAY, maxTier: 3 }),
			// Received in January, resolved in February: counts as received in January only.
			row({ received: '2022-01-20', resolved: '2022-02-02', ms: 4 * DAY }),
			// Reopened and resolved again in March: only its last resolution counts, in March.
			row({ received: '2022-01-25', resolved: '2022-03-01', ms: 6 * DAY }),
			// Still open.
			row({ received: '2022-02-10' }),
			// Another mission and line, for the filters.
			row({
				mission: minusca,
				line: pay,
				received: '2022-01-04',
				resolved: '2022-01-05',
				ms: DAY / 2
			})
		]);
		await rebuildRollup(tx);
	});
});

const unsosOnly = () => ({ missionIds: [unsos] });

describe('monthly KPIs', () => {
	it('counts intake by month of intake and resolution by month of last resolution', async () => {
		const { months, period } = await kpiReport({ from: '2022-01', to: '2022-03', ...unsosOnly() });
		expect(months.map((m) => [m.month, m.received, m.resolved, m.backlog])).toEqual([
			['2022-01', 6, 4, 2],
			['2022-02', 1, 1, 2],
			['2022-03', 0, 1, 1]
		]);
		expect(period).toMatchObject({ received: 7, resolved: 6, backlog: 1 });
	});

	it('takes the median of an even count as the mean of the two middle values, p90 by nearest rank', async () => {
		const { months, period } = await kpiReport({ from: '2022-01', to: '2022-01', ...unsosOnly() });
		// 1, 2, 3, 10 → median (2 + 3) / 2; p90 rank ⌈3.6⌉ = 4 → 10.
		expect(months[0].medianDays).toBe(2.5);
		expect(months[0].p90Days).toBe(10);
		expect(period.medianDays).toBe(2.5);
		// Over the quarter: 1, 2, 3, 4, 6, 10 → median 3.5, p90 rank ⌈5.4⌉ = 6 → 10.
		const quarter = await kpiReport({ from: '2022-01', to: '2022-03', ...unsosOnly() });
		expect(quarter.period.medianDays).toBe(3.5);
		expect(quarter.period.p90Days).toBe(10);
	});

	it('works out shares of resolved queries and satisfaction', async () => {
		const { months } = await kpiReport({ from: '2022-01', to: '2022-01', ...unsosOnly() });
		const jan = months[0];
		expect(jan.atMissionShare).toBe(2 / 4);
		expect(jan.escalatedCentreShare).toBe(2 / 4);
		expect(jan.escalatedBeyondShare).toBe(1 / 4);
		// 10 business days is over the 7-day target.
		expect(jan.withinTargetShare).toBe(3 / 4);
		expect(jan.rated).toBe(3);
		expect(jan.averageRating).toBeCloseTo(11 / 3);
		expect(jan.share45).toBeCloseTo(2 / 3);
	});

	it('gives no share at all, never 0 % or NaN, when nothing was resolved or rated', async () => {
		const { months } = await kpiReport({ from: '2022-02', to: '2022-02', ...unsosOnly() });
		expect(months[0].resolved).toBe(1);
		expect(months[0].rated).toBe(0);
		expect(months[0].averageRating).toBeNull();
		expect(months[0].share45).toBeNull();
		const empty = await kpiReport({ from: '2023-05', to: '2023-05' });
		expect(empty.months[0]).toMatchObject({
			received: 0,
			resolved: 0,
			withinTargetShare: null,
			atMissionShare: null,
			medianDays: null,
			p90Days: null
		});
		const none = await kpiReport({ from: '2022-01', to: '2022-01', missionIds: [] });
		expect(none.period.received).toBe(0);
	});

	it('filters by mission and service line', async () => {
		const pays = await kpiReport({ from: '2022-01', to: '2022-01', serviceLineId: pay });
		expect(pays.period).toMatchObject({ received: 1, resolved: 1, medianDays: 0.5 });
		const all = await kpiReport({ from: '2022-01', to: '2022-01' });
		expect(all.period.received).toBe(7);
	});

	it('lists the months of a period', () => {
		expect(monthsBetween('2021-11', '2022-02')).toEqual([
			'2021-11',
			'2021-12',
			'2022-01',
			'2022-02'
		]);
		expect(monthsBetween('2022-02', '2021-11')).toEqual([]);
	});
});

describe('trends and first 90 days', () => {
	it('compares each service line with the period before, biggest move first', async () => {
		const movers = await kpiMovers({ from: '2022-02', to: '2022-02', ...unsosOnly() });
		const line = movers.find((x) => x.serviceLineId === travel)!;
		expect(line.before.withinTargetShare).toBe(3 / 4);
		expect(line.now.withinTargetShare).toBe(1);
		expect(line.move).toBeCloseTo(50);
	});

	it('shows readiness as it stood on launch day, unknown where it was never recorded', async () => {
		const rows = await firstNinetyDays();
		expect(rows.map((r) => r.code)).toEqual([
			'UNSOS',
			'UNISFA',
			'MONUSCO',
			'MINUSMA',
			'MINUSCA',
			'UNMISS'
		]);
		// The missions live before the checklist existed have no readiness at launch.
		expect(rows.slice(0, 5).every((r) => r.readinessAtLaunch === null)).toBe(true);
		// UNMISS had every item done in August 2021 and launched on 1 September.
		expect(rows.find((r) => r.code === 'UNMISS')!.readinessAtLaunch).toBe(1);
		// None of the hand-made queries falls in a first-90-days window (all from 2022).
		expect(rows.find((r) => r.code === 'UNSOS')!.received).toBe(0);
	});
});

describe('answers kept in memory', () => {
	it('equal the computation from scratch after every change to a query', async () => {
		const period = { from: '2021-01', to: centreMonth(new Date()) };
		const same = async () => {
			expect(await kpiReport(period)).toEqual(await kpiReportFromScratch(period));
			expect(await kpiMovers(period)).toEqual(await kpiMoversFromScratch(period));
		};
		const before = await kpiReport(period);
		await same();
		const staff = await makeUser('csdp');
		const { reference } = await createQuery(staff, sampleQueryInput(unsos, travel));
		await same();
		expect((await kpiReport(period)).period.received).toBe(before.period.received + 1);
		await moveQueryStatus(staff, reference, { version: 1, status: 'resolved' });
		await same();
		expect((await kpiReport(period)).period.resolved).toBe(before.period.resolved + 1);
		await closeQuery(staff, reference, { version: 2, rating: 5, ratingComment: '' });
		await same();
		expect((await kpiReport(period)).period.rated).toBe(before.period.rated + 1);
	});

	it('count the first 90 days as from scratch, before and after a change to a query', async () => {
		expect(await firstNinetyDays()).toEqual(await firstNinetyDaysFromScratch());
		const staff = await makeUser('csdp');
		// UNMISS launched on 1 September 2021: a query received that day falls in its first 90.
		const unmiss = (await findMissionByCode('UNMISS'))!.id;
		const before = (await firstNinetyDays()).find((r) => r.missionId === unmiss)!;
		await write({ id: null }, async ({ tx }) => {
			await tx.insert(queries).values(row({ mission: unmiss, received: '2021-09-01' }));
			await rebuildRollup(tx);
		});
		const after = (await firstNinetyDays()).find((r) => r.missionId === unmiss)!;
		expect(after.received).toBe(before.received + 1);
		expect(await firstNinetyDays()).toEqual(await firstNinetyDaysFromScratch());
		await createQuery(staff, sampleQueryInput(unmiss, travel));
		expect(await firstNinetyDays()).toEqual(await firstNinetyDaysFromScratch());
	});

	it('are served without reading a query row until the figures change', async () => {
		const period = { from: '2021-01', to: centreMonth(new Date()) };
		const page = () => Promise.all([kpiReport(period), kpiMovers(period), firstNinetyDays()]);
		await page();
		const { hits, misses } = { ...kpiCacheStats };
		const statements = await statementsOf(async () => {
			await page();
			await page();
		});
		expect(kpiCacheStats.misses).toBe(misses);
		expect(kpiCacheStats.hits).toBe(hits + 6);
		expect(statements.length).toBeGreaterThan(0);
		expect(
			statements.filter((s) => /\bfrom\s+"?queries"?\b|join\s+"?queries"?\b/i.test(s))
		).toEqual([]);
		const staff = await makeUser('csdp');
		await createQuery(staff, sampleQueryInput(unsos, travel));
		const missed = kpiCacheStats.misses;
		await page();
		expect(kpiCacheStats.misses).toBe(missed + 3);
	});
});
