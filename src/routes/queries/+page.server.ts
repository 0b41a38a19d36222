import { isCsdp, requireUser } from '$lib/server/access';
import {
	creatableMissions,
	listQueries,
	liveMissions,
	myQueueFilters,
	serviceLineChoices
} from '$lib/server/queries';
import { readQueryFilters } from '$lib/schemas/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const filters = readQueryFilters(url.searchParams);
	const [list, missions, lines, creatable] = await Promise.all([
		listQueries(user, filters),
		liveMissions(),
		serviceLineChoices(),
		creatableMissions(user)
	]);
	const queue = new URLSearchParams(
		Object.entries(myQueueFilters(user)).map(([k, v]) => [k, String(v)])
	);
	return {
		list,
		filters,
		missions:
			user.role === 'focal_point' ? missions.filter((x) => x.id === user.missionId) : missions,
		lines,
		canCreate: creatable.length > 0,
		canImport: creatable.length > 0 || isCsdp(user),
		queueHref: `/queries?${queue}`,
		now: Date.now()
	};
};
