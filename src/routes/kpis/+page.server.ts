import { requireUser } from '$lib/server/access';
import { firstNinetyDays, kpiMovers, kpiReport, monthsBetween, shiftMonth } from '$lib/server/kpis';
import { readKpiFilters } from '$lib/server/kpi-filters';
import { serviceLineChoices } from '$lib/server/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { filters, choice, problems, liveMissions } = await readKpiFilters(user, url.searchParams);
	const started = performance.now();
	const [report, movers, first90, lines] = await Promise.all([
		kpiReport(filters),
		kpiMovers(filters),
		firstNinetyDays(),
		serviceLineChoices()
	]);
	const length = monthsBetween(filters.from, filters.to).length;
	return {
		report,
		movers,
		first90:
			user.role === 'focal_point'
				? first90.filter(
						(r) =>
							r.goLiveDate <= (liveMissions.find((x) => x.id === user.missionId)?.goLiveDate ?? '')
					)
				: first90,
		lines,
		missions: user.role === 'focal_point' ? [] : liveMissions.map((x) => x.code).sort(),
		choice,
		problems,
		previous: { from: shiftMonth(filters.from, -length), to: shiftMonth(filters.from, -1) },
		query: url.searchParams.toString(),
		ms: Math.round(performance.now() - started)
	};
};
