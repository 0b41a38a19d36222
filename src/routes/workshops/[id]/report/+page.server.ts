import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access';
import { idParam } from '$lib/server/params';
import { workshopReport } from '$lib/server/assessments';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	// A focal point gets their own mission's part, or nothing if it did not take part.
	const report = await workshopReport(user, idParam(params.id));
	if (!report) error(404, m.error_not_found());
	return report;
};
