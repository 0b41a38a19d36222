import { error } from '@sveltejs/kit';
import { feedOwner, launchCalendar } from '$lib/server/calendar-feeds';
import { m } from '$lib/paraglide/messages';
import type { RequestHandler } from './$types';

/**
 * Calendar applications subscribe without signing in: the secret address stands for the
 * person, and the calendar holds only what that person may read.
 */
export const GET: RequestHandler = async ({ params }) => {
	const owner = await feedOwner(params.token);
	if (!owner) error(404, m.error_not_found());
	return new Response(await launchCalendar(owner), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, no-store'
		}
	});
};
