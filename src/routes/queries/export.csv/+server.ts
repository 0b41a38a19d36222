import Papa from 'papaparse';
import { requireUser } from '$lib/server/access';
import { exportQueries } from '$lib/server/queries';
import { readQueryFilters } from '$lib/schemas/queries';
import type { RequestHandler } from './$types';

const COLUMNS = [
	'reference',
	'mission',
	'service_line',
	'subject',
	'requester_name',
	'requester_email',
	'channel',
	'priority',
	'status',
	'tier',
	'assignee',
	'received_utc',
	'due_utc',
	'resolved_utc',
	'target_days',
	'business_days_to_resolve',
	'within_target',
	'rating'
];

/** The filtered list as CSV (UTF-8 with BOM so spreadsheet programs read accents right). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const filters = readQueryFilters(url.searchParams);
	const encoder = new TextEncoder();
	const iso = (d: Date | null) => (d ? d.toISOString() : '');
	const body = new ReadableStream({
		async start(controller) {
			controller.enqueue(encoder.encode('\ufeff' + Papa.unparse([COLUMNS]) + '\r\n'));
			for await (const rows of exportQueries(user, filters)) {
				const lines = rows.map((r) => [
					r.reference,
					r.missionCode,
					r.serviceLineEn,
					r.subject,
					r.requesterName,
					r.requesterEmail,
					r.channel,
					r.priority,
					r.status,
					r.tier,
					r.assigneeName ?? '',
					iso(r.receivedAt),
					iso(r.dueAt),
					iso(r.resolvedAt),
					r.targetDays,
					r.resolveBusinessMs === null ? '' : (r.resolveBusinessMs / 86_400_000).toFixed(2),
					r.withinTarget === null ? '' : r.withinTarget ? 'yes' : 'no',
					r.rating ?? ''
				]);
				// Spreadsheet formulas in typed text are defused by a leading apostrophe.
				const safe = lines.map((l) =>
					l.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v))
				);
				controller.enqueue(encoder.encode(Papa.unparse(safe) + '\r\n'));
			}
			controller.close();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="queries-${new Date().toISOString().slice(0, 10)}.csv"`
		}
	});
};
