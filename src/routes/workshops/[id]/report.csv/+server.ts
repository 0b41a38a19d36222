import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access';
import { idParam } from '$lib/server/params';
import { reportCsv } from '$lib/server/assessments';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const csv = await reportCsv(user, idParam(params.id), getLocale());
	if (csv === undefined) error(404, m.error_not_found());
	return new Response(csv.body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${csv.filename}"`
		}
	});
};
