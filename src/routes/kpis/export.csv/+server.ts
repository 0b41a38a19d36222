import Papa from 'papaparse';
import { requireUser } from '$lib/server/access';
import { firstNinetyDays, kpiMovers, kpiReport, type KpiFigures } from '$lib/server/kpis';
import { readKpiFilters } from '$lib/server/kpi-filters';
import type { RequestHandler } from './$types';

const FIGURES: (keyof KpiFigures)[] = [
	'received',
	'resolved',
	'backlog',
	'resolvedAtMission',
	'atMissionShare',
	'escalatedCentre',
	'escalatedCentreShare',
	'escalatedBeyond',
	'escalatedBeyondShare',
	'withinTarget',
	'withinTargetShare',
	'medianDays',
	'p90Days',
	'rated',
	'averageRating',
	'share45'
];

/** A share with nothing to divide by is an empty cell, never 0. */
const cell = (v: number | null | string) =>
	v === null ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : v;

/** The numbers behind each table and chart of /kpis, from the same module. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { filters } = await readKpiFilters(user, url.searchParams);
	const table = url.searchParams.get('table') ?? 'monthly';
	let rows: (string | number)[][];
	if (table === 'trends') {
		const movers = await kpiMovers(filters);
		rows = [
			[
				'service_line_id',
				'move_points',
				...FIGURES.map((f) => `now_${f}`),
				...FIGURES.map((f) => `before_${f}`)
			],
			...movers.map((x) => [
				x.serviceLineId,
				cell(x.move),
				...FIGURES.map((f) => cell(x.now[f])),
				...FIGURES.map((f) => cell(x.before[f]))
			])
		];
	} else if (table === 'first90') {
		const first = await firstNinetyDays();
		rows = [
			[
				'mission',
				'go_live',
				'received',
				'resolved',
				'escalated_share',
				'within_target_share',
				'average_rating',
				'rated',
				'readiness_at_launch'
			],
			...first.map((r) => [
				r.code,
				r.goLiveDate,
				r.received,
				r.resolved,
				cell(r.escalatedShare),
				cell(r.withinTargetShare),
				cell(r.averageRating),
				r.rated,
				cell(r.readinessAtLaunch)
			])
		];
	} else {
		const report = await kpiReport(filters);
		rows = [
			['month', ...FIGURES],
			...report.months.map((mo) => [mo.month, ...FIGURES.map((f) => cell(mo[f]))]),
			['period', ...FIGURES.map((f) => cell(report.period[f]))]
		];
	}
	return new Response('\ufeff' + Papa.unparse(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="kpis-${table}-${filters.from}-${filters.to}.csv"`
		}
	});
};
