/**
 * The query KPIs of DESIGN.md, computed by the database from one set of definitions:
 *
 * - received counts by month of intake; everything about resolution (resolved, handled at
 *   mission level, escalated, within target, time to resolve, satisfaction) by month of the
 *   query's last resolution, so a query reopened and resolved again counts once, then;
 * - open backlog at the end of a month: received up to then less resolved up to then (a
 *   query counts as open until its last resolution);
 * - shares are null ("—") when their denominator is zero, never 0 or NaN;
 * - median: the mean of the two middle values for an even count; 90th percentile: nearest
 *   rank (the ⌈0.9·n⌉-th smallest); both in business days.
 *
 * Counts come from the monthly totals (query_monthly, kept in step with every change);
 * median and percentile read the resolved durations through their index. Over a million
 * queries the durations take a few hundred milliseconds, so each answer is kept in memory
 * with the version of the query figures it was computed at, and computed again once any
 * change to a query moves that version (in any process: the version is in the database).
 */
import { sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { db } from './db';
import { BUSINESS_DAY_MS } from './business-time';
import { figuresVersion } from './query-rollup';

/** Answers kept: a few per period and filter people look at, far more than a meeting needs. */
const CACHE_SIZE = 200;
const cache = new Map<string, { version: number; value: Promise<unknown> }>();

/** How often a kept answer was served, and how often one was computed (read by the tests). */
export const kpiCacheStats = { hits: 0, misses: 0 };

/**
 * The answer for `key` computed at the current version of the query figures, or computed now.
 * The version is read before computing, so an answer that raced a change is kept under the
 * older version and never served after it.
 */
async function atCurrentVersion<T>(key: string, compute: () => PromiseLike<T>): Promise<T> {
	const version = await figuresVersion(db);
	const hit = cache.get(key);
	if (hit && hit.version === version) {
		kpiCacheStats.hits += 1;
		return hit.value as Promise<T>;
	}
	kpiCacheStats.misses += 1;
	// A drizzle query is a lazy thenable that runs its statement again on every `then`: it is
	// settled into a plain promise once, or each hit (and the catch below) would run it anew.
	const entry = { version, value: Promise.resolve(compute()) };
	cache.delete(key);
	cache.set(key, entry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	entry.value.catch(() => {
		if (cache.get(key) === entry) cache.delete(key);
	});
	return entry.value as Promise<T>;
}

export interface KpiFilters {
	/** 'YYYY-MM', inclusive. */
	from: string;
	to: string;
	/** Restrict to these missions (a mission, or a kind of mission); undefined for all. */
	missionIds?: number[];
	serviceLineId?: number;
}

export interface KpiFigures {
	received: number;
	resolved: number;
	backlog: number;
	resolvedAtMission: number;
	atMissionShare: number | null;
	escalatedCentre: number;
	escalatedCentreShare: number | null;
	escalatedBeyond: number;
	escalatedBeyondShare: number | null;
	withinTarget: number;
	withinTargetShare: number | null;
	medianDays: number | null;
	p90Days: number | null;
	rated: number;
	averageRating: number | null;
	share45: number | null;
}

export interface MonthFigures extends KpiFigures {
	month: string;
}

export const share = (part: number, whole: number): number | null =>
	whole > 0 ? part / whole : null;

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
	const out: string[] = [];
	let m = DateTime.fromFormat(from, 'yyyy-MM', { zone: 'utc' });
	const end = DateTime.fromFormat(to, 'yyyy-MM', { zone: 'utc' });
	while (m <= end && out.length < 600) {
		out.push(m.toFormat('yyyy-MM'));
		m = m.plus({ months: 1 });
	}
	return out;
}

export function shiftMonth(month: string, by: number): string {
	return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' })
		.plus({ months: by })
		.toFormat('yyyy-MM');
}

function scope(alias: string, f: KpiFilters): SQL {
	const parts: SQL[] = [sql`1 = 1`];
	if (f.missionIds) {
		parts.push(
			f.missionIds.length
				? sql`${sql.raw(alias)}.mission_id in (${sql.join(
						f.missionIds.map((id) => sql`${id}`),
						sql`, `
					)})`
				: sql`0 = 1`
		);
	}
	if (f.serviceLineId) parts.push(sql`${sql.raw(alias)}.service_line_id = ${f.serviceLineId}`);
	return sql.join(parts, sql` and `);
}

interface Sums {
	received: number;
	resolved: number;
	resolvedAtMission: number;
	escalatedCentre: number;
	escalatedBeyond: number;
	withinTarget: number;
	rated: number;
	ratingSum: number;
	rated45: number;
}

const SUMS = sql`coalesce(sum(received), 0) as received, coalesce(sum(resolved), 0) as resolved,
	coalesce(sum(resolved_at_mission), 0) as resolvedAtMission,
	coalesce(sum(escalated_centre), 0) as escalatedCentre,
	coalesce(sum(escalated_beyond), 0) as escalatedBeyond,
	coalesce(sum(within_target), 0) as withinTarget, coalesce(sum(rated), 0) as rated,
	coalesce(sum(rating_sum), 0) as ratingSum, coalesce(sum(rated45), 0) as rated45`;

function figures(s: Sums, backlog: number, median: number | null, p90: number | null): KpiFigures {
	return {
		received: s.received,
		resolved: s.resolved,
		backlog,
		resolvedAtMission: s.resolvedAtMission,
		atMissionShare: share(s.resolvedAtMission, s.resolved),
		escalatedCentre: s.escalatedCentre,
		escalatedCentreShare: share(s.escalatedCentre, s.resolved),
		escalatedBeyond: s.escalatedBeyond,
		escalatedBeyondShare: share(s.escalatedBeyond, s.resolved),
		withinTarget: s.withinTarget,
		withinTargetShare: share(s.withinTarget, s.resolved),
		medianDays: median === null ? null : median / BUSINESS_DAY_MS,
		p90Days: p90 === null ? null : p90 / BUSINESS_DAY_MS,
		rated: s.rated,
		averageRating: s.rated > 0 ? s.ratingSum / s.rated : null,
		share45: share(s.rated45, s.rated)
	};
}

const zeroSums = (): Sums => ({
	received: 0,
	resolved: 0,
	resolvedAtMission: 0,
	escalatedCentre: 0,
	escalatedBeyond: 0,
	withinTarget: 0,
	rated: 0,
	ratingSum: 0,
	rated45: 0
});

/**
 * Median and nearest-rank 90th percentile of business ms to resolve, per month of last
 * resolution (and for the whole period under the key '*').
 */
async function durations(f: KpiFilters) {
	const where = sql`q.resolved_month between ${f.from} and ${f.to} and ${scope('q', f)}`;
	const [perMonth, whole] = await Promise.all([
		db.all<{ month: string; median: number | null; p90: number | null }>(sql`
			with r as (
				select q.resolved_month as month, q.resolve_business_ms as v,
					row_number() over (partition by q.resolved_month order by q.resolve_business_ms) as rn,
					count(*) over (partition by q.resolved_month) as n
				from queries q where ${where})
			select month,
				avg(case when rn in ((n + 1) / 2, (n + 2) / 2) then v end) as median,
				max(case when rn = (9 * n + 9) / 10 then v end) as p90
			from r group by month`),
		db.all<{ median: number | null; p90: number | null }>(sql`
			with r as (
				select q.resolve_business_ms as v,
					row_number() over (order by q.resolve_business_ms) as rn,
					count(*) over () as n
				from queries q where ${where})
			select avg(case when rn in ((n + 1) / 2, (n + 2) / 2) then v end) as median,
				max(case when rn = (9 * n + 9) / 10 then v end) as p90
			from r`)
	]);
	const map = new Map(perMonth.map((r) => [r.month, r]));
	map.set('*', { month: '*', median: whole[0]?.median ?? null, p90: whole[0]?.p90 ?? null });
	return map;
}

export interface KpiReport {
	months: MonthFigures[];
	period: KpiFigures;
}

/** The KPIs month by month over the period, and for the period as a whole. */
export function kpiReport(f: KpiFilters): Promise<KpiReport> {
	return atCurrentVersion(`report ${JSON.stringify(f)}`, () => kpiReportFromScratch(f));
}

/** The same, always computed from the database (what the kept answers are checked against). */
export async function kpiReportFromScratch(f: KpiFilters): Promise<KpiReport> {
	const [rows, [before], spread] = await Promise.all([
		db.all<Sums & { month: string }>(sql`
			select month, ${SUMS} from query_monthly m
			where month between ${f.from} and ${f.to} and ${scope('m', f)}
			group by month`),
		db.all<{ open: number }>(sql`
			select coalesce(sum(received) - sum(resolved), 0) as open from query_monthly m
			where month < ${f.from} and ${scope('m', f)}`),
		durations(f)
	]);
	const byMonth = new Map(rows.map((r) => [r.month, r]));
	let backlog = before?.open ?? 0;
	const total = zeroSums();
	const months = monthsBetween(f.from, f.to).map((month) => {
		const s = byMonth.get(month) ?? zeroSums();
		backlog += s.received - s.resolved;
		for (const k of Object.keys(total) as (keyof Sums)[]) total[k] += s[k];
		const d = spread.get(month);
		return { month, ...figures(s, backlog, d?.median ?? null, d?.p90 ?? null) };
	});
	const whole = spread.get('*');
	return { months, period: figures(total, backlog, whole?.median ?? null, whole?.p90 ?? null) };
}

export interface Mover {
	serviceLineId: number;
	now: KpiFigures;
	before: KpiFigures;
	/** The largest change among the shares, in percentage points (null when nothing to compare). */
	move: number | null;
}

/**
 * Per service line, this period against the one of the same length just before it, the
 * largest change of within-target, escalation or 4–5 share first.
 */
export function kpiMovers(f: KpiFilters): Promise<Mover[]> {
	return atCurrentVersion(`movers ${JSON.stringify(f)}`, () => kpiMoversFromScratch(f));
}

export async function kpiMoversFromScratch(f: KpiFilters): Promise<Mover[]> {
	const length = monthsBetween(f.from, f.to).length;
	const previous = { ...f, from: shiftMonth(f.from, -length), to: shiftMonth(f.from, -1) };
	const perLine = (p: KpiFilters) =>
		db.all<Sums & { line: number }>(sql`
			select service_line_id as line, ${SUMS} from query_monthly m
			where month between ${p.from} and ${p.to} and ${scope('m', p)}
			group by service_line_id`);
	const [now, before] = await Promise.all([perLine(f), perLine(previous)]);
	const lines = new Set([...now, ...before].map((r) => r.line));
	const movers: Mover[] = [...lines].map((line) => {
		const a = figures(now.find((r) => r.line === line) ?? zeroSums(), 0, null, null);
		const b = figures(before.find((r) => r.line === line) ?? zeroSums(), 0, null, null);
		const changes = (['withinTargetShare', 'escalatedCentreShare', 'share45'] as const)
			.map((k) => (a[k] === null || b[k] === null ? null : Math.abs(a[k]! - b[k]!) * 100))
			.filter((x): x is number => x !== null);
		return {
			serviceLineId: line,
			now: a,
			before: b,
			move: changes.length ? Math.max(...changes) : null
		};
	});
	return movers.sort((x, y) => (y.move ?? -1) - (x.move ?? -1));
}

export interface FirstNinetyDays {
	missionId: number;
	code: string;
	goLiveDate: string;
	received: number;
	resolved: number;
	escalatedShare: number | null;
	withinTargetShare: number | null;
	averageRating: number | null;
	rated: number;
	/** Readiness score as it stood at the end of launch day; null when it was never recorded. */
	readinessAtLaunch: number | null;
}

interface FirstNinetyCounts {
	missionId: number;
	received: number;
	resolved: number;
	escalated: number;
	within: number;
	rated: number;
	ratingSum: number;
}

/**
 * Each live mission's first 90 days after go-live (queries received in those days, as they
 * stand now), oldest launch first, so each reads against the ones before it.
 */
export function firstNinetyDays(): Promise<FirstNinetyDays[]> {
	return firstNinety(atCurrentVersion);
}

/** The same, always counted from the database (what the kept counts are checked against). */
export function firstNinetyDaysFromScratch(): Promise<FirstNinetyDays[]> {
	return firstNinety((_key, compute) => Promise.resolve(compute()));
}

async function firstNinety(
	keep: <T>(key: string, compute: () => PromiseLike<T>) => Promise<T>
): Promise<FirstNinetyDays[]> {
	const live = await db.all<{
		missionId: number;
		code: string;
		goLiveDate: string;
		readinessAtLaunch: number | null;
	}>(sql`
		select m.id as missionId, m.code as code, m.go_live_date as goLiveDate,
			(select rs.score from readiness_snapshots rs
				where rs.mission_id = m.id and rs.at < (unixepoch(m.go_live_date) + 86400) * 1000
				order by rs.at desc, rs.id desc limit 1) as readinessAtLaunch
		from missions m where m.go_live_date is not null order by m.go_live_date, m.code`);
	// The counts depend on the queries and on each go-live date: both are in the key.
	const launches = live.map((r) => `${r.missionId}:${r.goLiveDate}`).join(',');
	const counts = await keep(`first90 ${launches}`, () =>
		db.all<FirstNinetyCounts>(sql`
			select m.id as missionId, count(q.id) as received, count(q.resolved_at) as resolved,
				coalesce(sum(q.resolved_at is not null and q.max_tier >= 2), 0) as escalated,
				coalesce(sum(q.within_target), 0) as within,
				count(q.rating) as rated, coalesce(sum(q.rating), 0) as ratingSum
			from missions m
			join queries q on q.mission_id = m.id
				and q.received_at < (unixepoch(m.go_live_date) + 90 * 86400) * 1000
			where m.go_live_date is not null
			group by m.id`)
	);
	const countsOf = new Map(counts.map((c) => [c.missionId, c]));
	return live.map((r) => {
		const c = countsOf.get(r.missionId);
		const received = c?.received ?? 0;
		const resolved = c?.resolved ?? 0;
		const rated = c?.rated ?? 0;
		return {
			missionId: r.missionId,
			code: r.code,
			goLiveDate: r.goLiveDate,
			received,
			resolved,
			escalatedShare: share(c?.escalated ?? 0, resolved),
			withinTargetShare: share(c?.within ?? 0, resolved),
			averageRating: rated > 0 ? c!.ratingSum / rated : null,
			rated,
			readinessAtLaunch: r.readinessAtLaunch
		};
	});
}
