import Papa from 'papaparse';
import { firstNinetyDays, kpiMovers, kpiReport, type KpiFigures, type KpiFilters } from './kpis';
import { listServiceLines } from './reference';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const KPI_TABLES = ['monthly', 'trends', 'first90'] as const;
export type KpiTable = (typeof KPI_TABLES)[number];

const count = (label: () => string) => () => m.kpis_col_count({ label: label() });
const share = (label: () => string) => () => m.kpis_col_share({ label: label() });

/** Every figure of a month, with its column name in the reader's language. */
const FIGURES: [keyof KpiFigures, () => string][] = [
	['received', m.kpis_received],
	['resolved', m.kpis_resolved],
	['backlog', m.kpis_backlog],
	['resolvedAtMission', count(m.kpis_at_mission)],
	['atMissionShare', share(m.kpis_at_mission)],
	['escalatedCentre', count(m.kpis_escalated_centre)],
	['escalatedCentreShare', share(m.kpis_escalated_centre)],
	['escalatedBeyond', count(m.kpis_escalated_beyond)],
	['escalatedBeyondShare', share(m.kpis_escalated_beyond)],
	['withinTarget', count(m.kpis_within_target)],
	['withinTargetShare', share(m.kpis_within_target)],
	['medianDays', m.kpis_median],
	['p90Days', m.kpis_p90],
	['rated', m.kpis_rated],
	['averageRating', m.kpis_rating],
	['share45', share(m.kpis_share45)]
];

/** The trends compare counts and shares; the durations are not computed per line for them. */
const TREND_FIGURES = FIGURES.filter(([f]) => f !== 'medianDays' && f !== 'p90Days');

/** A share with nothing to divide by is an empty cell, never 0. */
const cell = (v: number | null | string) =>
	v === null ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : v;

async function trendRows(filters: KpiFilters) {
	const [movers, lines] = await Promise.all([kpiMovers(filters), listServiceLines()]);
	const fr = getLocale() === 'fr';
	const nameOf = new Map(lines.map((l) => [l.id, fr ? l.nameFr : l.nameEn]));
	return [
		[
			m.query_service_line(),
			m.kpis_move(),
			...TREND_FIGURES.map(([, label]) => `${label()} — ${m.kpis_now()}`),
			...TREND_FIGURES.map(([, label]) => `${label()} — ${m.kpis_before()}`)
		],
		...movers.map((x) => [
			nameOf.get(x.serviceLineId) ?? String(x.serviceLineId),
			cell(x.move),
			...TREND_FIGURES.map(([f]) => cell(x.now[f])),
			...TREND_FIGURES.map(([f]) => cell(x.before[f]))
		])
	];
}

async function firstNinetyRows() {
	const first = await firstNinetyDays();
	return [
		[
			m.readiness_mission(),
			m.kpis_go_live(),
			m.kpis_received(),
			m.kpis_resolved(),
			share(m.kpis_escalated)(),
			share(m.kpis_within_target)(),
			m.kpis_rating(),
			m.kpis_rated(),
			m.kpis_readiness()
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
}

async function monthlyRows(filters: KpiFilters) {
	const report = await kpiReport(filters);
	return [
		[m.kpis_month(), ...FIGURES.map(([, label]) => label())],
		...report.months.map((mo) => [mo.month, ...FIGURES.map(([f]) => cell(mo[f]))]),
		[m.kpis_period(), ...FIGURES.map(([f]) => cell(report.period[f]))]
	];
}

/**
 * One table of /kpis as CSV, from the same functions as the page, with column names in the
 * reader's language and shares as fractions (0.2500), so that spreadsheets can compute on them.
 */
export async function kpiCsv(table: KpiTable, filters: KpiFilters): Promise<string> {
	const rows =
		table === 'trends'
			? await trendRows(filters)
			: table === 'first90'
				? await firstNinetyRows()
				: await monthlyRows(filters);
	// A byte-order mark, so that spreadsheets open French accents intact.
	return '\ufeff' + Papa.unparse(rows);
}
