import { isCsdp, requireUser } from '$lib/server/access';
import { listWorkshops } from '$lib/server/workshops';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { workshops: await listWorkshops(user), canCreate: isCsdp(user) };
};
