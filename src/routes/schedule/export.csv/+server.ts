import { requireUser } from '$lib/server/access';
import { scheduleCsv, scheduleRows } from '$lib/server/schedule';
import { scheduleFiltersSchema } from '$lib/schemas/schedule';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const query = scheduleFiltersSchema.parse(Object.fromEntries(url.searchParams));
	const rows = await scheduleRows(user, { kind: query.kind, status: query.status });
	return new Response(scheduleCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="launch-schedule.csv"'
		}
	});
};
