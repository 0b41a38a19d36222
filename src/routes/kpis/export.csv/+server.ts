import { requireUser } from '$lib/server/access';
import { readKpiFilters } from '$lib/server/kpi-filters';
import { KPI_TABLES, kpiCsv, type KpiTable } from '$lib/server/kpi-csv';
import type { RequestHandler } from './$types';

/** The numbers behind each table and chart of /kpis, from the same module. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { filters } = await readKpiFilters(user, url.searchParams);
	const asked = url.searchParams.get('table') ?? '';
	const table: KpiTable = (KPI_TABLES as readonly string[]).includes(asked)
		? (asked as KpiTable)
		: 'monthly';
	return new Response(await kpiCsv(table, filters), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="kpis-${table}-${filters.from}-${filters.to}.csv"`
		}
	});
};
