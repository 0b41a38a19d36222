import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access';
import { idParam } from '$lib/server/params';
import { forumPack, PACK_LAUNCH_MONTHS } from '$lib/server/forum-pack';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const pack = await forumPack(user, idParam(params.id), getLocale());
	if (!pack) error(404, m.error_not_found());
	return { pack, launchMonths: PACK_LAUNCH_MONTHS };
};
