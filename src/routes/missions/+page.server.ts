import { requireUser } from '$lib/server/access';
import { listMissions } from '$lib/server/missions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { missions: await listMissions(user) };
};
