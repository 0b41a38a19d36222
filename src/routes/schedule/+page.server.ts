import { requireUser } from '$lib/server/access';
import { defaultWindow, monthRange, MAX_TIMELINE_MONTHS, scheduleRows } from '$lib/server/schedule';
import { feedOf, renewFeed, revokeFeed } from '$lib/server/calendar-feeds';
import { scheduleFiltersSchema } from '$lib/schemas/schedule';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const query = scheduleFiltersSchema.parse(Object.fromEntries(url.searchParams));
	const filters = { kind: query.kind, status: query.status };
	const [rows, feed] = await Promise.all([scheduleRows(user, filters), feedOf(user)]);
	const fallback = defaultWindow(rows);
	let from = query.from ?? fallback.from;
	let to = query.to ?? (query.from ? monthRange(query.from, '9999-12')[11] : fallback.to);
	// A reversed or endless period is read as the nearest one that makes sense.
	const adjusted = from > to || monthRange(from, to).length > MAX_TIMELINE_MONTHS;
	if (from > to) [from, to] = [to, from];
	const months = monthRange(from, to).slice(0, MAX_TIMELINE_MONTHS);
	return {
		rows,
		filters,
		months,
		adjusted,
		hasFeed: feed !== null,
		csvQuery: url.searchParams.toString()
	};
};

export const actions: Actions = {
	renewFeed: async ({ locals, url }) => {
		const user = requireUser(locals);
		const token = await renewFeed(user);
		return { feedUrl: `${url.origin}/schedule/feed/${token}.ics` };
	},
	revokeFeed: async ({ locals }) => {
		const user = requireUser(locals);
		await revokeFeed(user);
		return { revoked: true };
	}
};
