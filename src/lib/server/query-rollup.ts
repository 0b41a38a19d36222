import { sql } from 'drizzle-orm';
import type { Executor } from './db';
import { queryFiguresVersion, queryMonthly } from './db/schema';
import { CENTRE } from './seed/rollout-2021';
import { dayContaining } from './business-time';

/**
 * Months are the centre's calendar months: the forum meets in Entebbe, and a query received
 * at 01:00 on the 1st in Kampala belongs to that month, not to the last day of the one before.
 */
export function centreMonth(at: Date | number): string {
	return dayContaining(CENTRE.timeZone, typeof at === 'number' ? at : at.getTime()).date.slice(
		0,
		7
	);
}

/** The facts of one query that the monthly totals read. */
export interface RollupFacts {
	missionId: number;
	serviceLineId: number;
	receivedMonth: string;
	resolvedMonth: string | null;
	maxTier: number;
	withinTarget: boolean | null;
	resolveBusinessMs: number | null;
	rating: number | null;
}

const MEASURES = [
	'received',
	'resolved',
	'resolvedAtMission',
	'escalatedCentre',
	'escalatedBeyond',
	'withinTarget',
	'resolveMsSum',
	'rated',
	'ratingSum',
	'rated45'
] as const;
type Measure = (typeof MEASURES)[number];
type Totals = Record<Measure, number>;

const zero = (): Totals => Object.fromEntries(MEASURES.map((k) => [k, 0])) as Totals;

/** What one query adds to the monthly totals: its intake month, and its last resolution. */
function contribution(q: RollupFacts): Map<string, Totals> {
	const out = new Map<string, Totals>();
	const intake = zero();
	intake.received = 1;
	out.set(`${q.receivedMonth}|${q.missionId}|${q.serviceLineId}`, intake);
	if (q.resolvedMonth) {
		const key = `${q.resolvedMonth}|${q.missionId}|${q.serviceLineId}`;
		const r = out.get(key) ?? zero();
		r.resolved = 1;
		r.resolvedAtMission = q.maxTier === 1 ? 1 : 0;
		r.escalatedCentre = q.maxTier >= 2 ? 1 : 0;
		r.escalatedBeyond = q.maxTier >= 3 ? 1 : 0;
		r.withinTarget = q.withinTarget ? 1 : 0;
		r.resolveMsSum = q.resolveBusinessMs ?? 0;
		r.rated = q.rating !== null ? 1 : 0;
		r.ratingSum = q.rating ?? 0;
		r.rated45 = q.rating !== null && q.rating >= 4 ? 1 : 0;
		out.set(key, r);
	}
	return out;
}

/**
 * Moves the monthly totals from what `before` contributed to what `after` does, in the
 * caller's transaction, so the totals can never drift from the rows.
 */
export function applyRollupChange(
	tx: Executor,
	before: RollupFacts | null,
	after: RollupFacts | null
): Promise<void> {
	return applyRollupChanges(tx, [[before, after]]);
}

/** The same for many queries at once (an import): one upsert per month, mission and line. */
export async function applyRollupChanges(
	tx: Executor,
	changes: Iterable<readonly [RollupFacts | null, RollupFacts | null]>
): Promise<void> {
	const delta = new Map<string, Totals>();
	const add = (q: RollupFacts | null, sign: number) => {
		if (!q) return;
		for (const [key, totals] of contribution(q)) {
			const d = delta.get(key) ?? zero();
			for (const k of MEASURES) d[k] += sign * totals[k];
			delta.set(key, d);
		}
	};
	for (const [before, after] of changes) {
		add(before, -1);
		add(after, 1);
	}
	let moved = false;
	for (const [key, d] of delta) {
		if (MEASURES.every((k) => d[k] === 0)) continue;
		moved = true;
		const [month, missionId, serviceLineId] = key.split('|');
		await tx
			.insert(queryMonthly)
			.values({ month, missionId: Number(missionId), serviceLineId: Number(serviceLineId), ...d })
			.onConflictDoUpdate({
				target: [queryMonthly.month, queryMonthly.missionId, queryMonthly.serviceLineId],
				set: Object.fromEntries(
					MEASURES.map((k) => [k, sql.raw(`"${snake(k)}" + excluded."${snake(k)}"`)])
				)
			});
	}
	if (moved) await bumpFiguresVersion(tx);
}

/** Marks every KPI answer computed before this transaction as stale, in every process. */
async function bumpFiguresVersion(tx: Executor): Promise<void> {
	await tx
		.insert(queryFiguresVersion)
		.values({ id: 1, version: 1 })
		.onConflictDoUpdate({
			target: queryFiguresVersion.id,
			set: { version: sql`${queryFiguresVersion.version} + 1` }
		});
}

/** The version the query figures stand at (0 before the first change). */
export async function figuresVersion(exec: Executor): Promise<number> {
	const [row] = await exec
		.select({ version: queryFiguresVersion.version })
		.from(queryFiguresVersion)
		.where(sql`${queryFiguresVersion.id} = 1`);
	return row?.version ?? 0;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The totals worked out again from every query: after a bulk load, and to prove the upkeep. */
export const ROLLUP_FROM_SCRATCH = sql`
	select month, mission_id, service_line_id,
		sum(received) as received, sum(resolved) as resolved,
		sum(resolved_at_mission) as resolved_at_mission, sum(escalated_centre) as escalated_centre,
		sum(escalated_beyond) as escalated_beyond, sum(within_target) as within_target,
		sum(resolve_ms_sum) as resolve_ms_sum, sum(rated) as rated, sum(rating_sum) as rating_sum,
		sum(rated45) as rated45
	from (
		select received_month as month, mission_id, service_line_id, count(*) as received,
			0 as resolved, 0 as resolved_at_mission, 0 as escalated_centre, 0 as escalated_beyond,
			0 as within_target, 0 as resolve_ms_sum, 0 as rated, 0 as rating_sum, 0 as rated45
		from queries group by 1, 2, 3
		union all
		select resolved_month, mission_id, service_line_id, 0, count(*),
			sum(max_tier = 1), sum(max_tier >= 2), sum(max_tier >= 3), sum(coalesce(within_target, 0)),
			sum(coalesce(resolve_business_ms, 0)), count(rating), coalesce(sum(rating), 0),
			sum(coalesce(rating >= 4, 0))
		from queries where resolved_month is not null group by 1, 2, 3
	)
	group by month, mission_id, service_line_id`;

export async function rebuildRollup(tx: Executor): Promise<void> {
	await tx.run(sql`delete from query_monthly`);
	await tx.run(sql`insert into query_monthly (month, mission_id, service_line_id, received,
		resolved, resolved_at_mission, escalated_centre, escalated_beyond, within_target,
		resolve_ms_sum, rated, rating_sum, rated45) ${ROLLUP_FROM_SCRATCH}`);
	await bumpFiguresVersion(tx);
}
