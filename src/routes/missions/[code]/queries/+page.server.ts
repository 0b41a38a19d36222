import { error } from '@sveltejs/kit';
import { assertCanReadMission, requireUser } from '$lib/server/access';
import { findMissionByCode } from '$lib/server/missions';
import { canCreateQueryFor, listQueries, serviceLineChoices } from '$lib/server/queries';
import { readQueryFilters } from '$lib/schemas/queries';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const mission = await findMissionByCode(params.code);
	if (!mission) error(404, m.error_not_found());
	assertCanReadMission(user, mission.id);
	if (!mission.goLiveDate) error(404, m.queries_not_live());
	const filters = { ...readQueryFilters(url.searchParams), mission: mission.code };
	const [list, lines] = await Promise.all([listQueries(user, filters), serviceLineChoices()]);
	return {
		mission: { id: mission.id, code: mission.code, name: mission.name },
		list,
		filters,
		lines,
		canCreate: canCreateQueryFor(user, mission.id),
		now: Date.now()
	};
};
