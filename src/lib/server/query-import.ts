import Papa from 'papaparse';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { db } from './db';
import { missions, serviceLines } from './db/schema';
import { canCreateQueryFor, importQueries, type ImportRow } from './queries';
import { queryFields, type ImportDateOrder } from '$lib/schemas/queries';
import type { CurrentUser } from './access';
import { m } from '$lib/paraglide/messages';

export const IMPORT_COLUMNS = [
	'mission',
	'service_line',
	'requester_name',
	'requester_email',
	'requester_index',
	'channel',
	'priority',
	'subject',
	'description',
	'received'
] as const;
export const IMPORT_MAX_ROWS = 5000;

export interface PreviewRow {
	line: number;
	mission: string;
	subject: string;
	received: string;
	errors: string[];
}

export interface ImportPreview {
	rows: PreviewRow[];
	/** A problem with the file as a whole (no rows, missing columns). */
	fileError: string | null;
	ready: ImportRow[];
}

const DATE_SHAPES: Record<ImportDateOrder, RegExp> = {
	iso: /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[ T](?<h>\d{1,2}):(?<min>\d{2}))?$/,
	dmy: /^(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})(?: (?<h>\d{1,2}):(?<min>\d{2}))?$/,
	mdy: /^(?<m>\d{1,2})[/.](?<d>\d{1,2})[/.](?<y>\d{4})(?: (?<h>\d{1,2}):(?<min>\d{2}))?$/
};

/**
 * A date (and optional time) in the order the importer chose, read in the mission's zone. A
 * date that does not exist in that order (31/02, or 13 as a month) is null: never swapped.
 */
export function parseImportDate(value: string, order: ImportDateOrder, zone: string): Date | null {
	const g = DATE_SHAPES[order].exec(value.trim())?.groups;
	if (!g) return null;
	const at = {
		year: Number(g.y),
		month: Number(g.m),
		day: Number(g.d),
		hour: g.h ? Number(g.h) : 9,
		minute: g.min ? Number(g.min) : 0
	};
	// Working out a zone's offset is most of the cost of a row, and a file has many rows in
	// each hour: the offset is kept per zone and local hour when it is the same all through it.
	const offset = hourOffset(zone, at.year, at.month, at.day, at.hour);
	if (offset === null || at.minute > 59) return readInZone(at, zone);
	return new Date(Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute) - offset * 60_000);
}

/** The exact reading, for every time the kept offsets do not cover. */
export function readInZone(at: Parameters<typeof DateTime.fromObject>[0], zone: string) {
	const dt = DateTime.fromObject(at, { zone });
	return dt.isValid ? dt.toJSDate() : null;
}

const offsets = new Map<string, number | null>();

/**
 * The zone's offset in minutes over the whole local hour, or null when the hour does not exist
 * as written, is invalid, or the offset changes within it (a change of clocks).
 */
function hourOffset(zone: string, year: number, month: number, day: number, hour: number) {
	const key = `${zone}|${year}|${month}|${day}|${hour}`;
	let offset = offsets.get(key);
	if (offset === undefined) {
		const start = DateTime.fromObject({ year, month, day, hour, minute: 0 }, { zone });
		const end = DateTime.fromObject({ year, month, day, hour, minute: 59 }, { zone });
		const asWritten = (dt: DateTime, minute: number) =>
			dt.isValid &&
			dt.year === year &&
			dt.month === month &&
			dt.day === day &&
			dt.hour === hour &&
			dt.minute === minute;
		offset =
			asWritten(start, 0) && asWritten(end, 59) && start.offset === end.offset
				? start.offset
				: null;
		if (offsets.size >= 100_000) offsets.clear();
		offsets.set(key, offset);
	}
	return offset;
}

const rowSchema = z.object(queryFields);

/** Reads a CSV export (UTF-8 with or without BOM, comma or semicolon) and checks every row. */
export async function previewImport(
	user: CurrentUser,
	csv: string,
	order: ImportDateOrder,
	now = new Date()
): Promise<ImportPreview> {
	const text = csv.replace(/^\ufeff/, '');
	const parsed = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: 'greedy',
		delimitersToGuess: [',', ';'],
		transformHeader: (h) => h.trim().toLowerCase()
	});
	const fields = parsed.meta.fields ?? [];
	const missing = IMPORT_COLUMNS.filter(
		(c) => !fields.includes(c) && c !== 'requester_index' && c !== 'description'
	);
	if (parsed.data.length === 0) return { rows: [], fileError: m.import_empty(), ready: [] };
	if (missing.length) {
		return {
			rows: [],
			fileError: m.import_missing_columns({ columns: missing.join(', ') }),
			ready: []
		};
	}
	if (parsed.data.length > IMPORT_MAX_ROWS) {
		return { rows: [], fileError: m.import_too_many({ max: IMPORT_MAX_ROWS }), ready: [] };
	}
	const [missionRows, lineRows] = await Promise.all([
		db.select().from(missions),
		db.select({ id: serviceLines.id, code: serviceLines.code }).from(serviceLines)
	]);
	const missionByCode = new Map(missionRows.map((x) => [x.code, x]));
	const lineByCode = new Map(lineRows.map((l) => [l.code, l.id]));
	const rows: PreviewRow[] = [];
	const ready: ImportRow[] = [];
	parsed.data.forEach((raw, i) => {
		const get = (k: string) => (raw[k] ?? '').trim();
		const errors: string[] = [];
		const mission = missionByCode.get(get('mission').toUpperCase());
		if (!mission || !mission.goLiveDate || !canCreateQueryFor(user, mission.id)) {
			errors.push(m.import_unknown_mission());
		}
		const lineId = lineByCode.get(get('service_line').toUpperCase());
		if (!lineId) errors.push(m.import_unknown_line());
		const checked = rowSchema.safeParse({
			serviceLineId: lineId ?? 0,
			requesterName: get('requester_name'),
			requesterEmail: get('requester_email'),
			requesterIndex: get('requester_index'),
			channel: get('channel').toLowerCase().replace('-', '_'),
			priority: get('priority').toLowerCase(),
			subject: get('subject'),
			description: raw.description ?? ''
		});
		if (!checked.success) {
			for (const issue of checked.error.issues) {
				if (issue.path[0] === 'serviceLineId') continue;
				errors.push(`${String(issue.path[0])}: ${issue.message}`);
			}
		}
		const received = parseImportDate(get('received'), order, mission?.timeZone ?? 'UTC');
		if (!received) errors.push(m.import_bad_date());
		else if (received.getTime() > now.getTime()) errors.push(m.import_future_date());
		else if (
			mission?.goLiveDate &&
			DateTime.fromJSDate(received, { zone: mission.timeZone }).toISODate()! < mission.goLiveDate
		)
			errors.push(m.import_before_live());
		rows.push({
			// Line 1 is the header.
			line: i + 2,
			mission: get('mission'),
			subject: get('subject'),
			received: get('received'),
			errors
		});
		if (errors.length === 0 && mission && checked.success && received) {
			ready.push({
				missionId: mission.id,
				missionCode: mission.code,
				receivedAt: received,
				input: { ...checked.data, idempotencyKey: '' }
			});
		}
	});
	return { rows, fileError: null, ready };
}

/** Imports every row or, when any row has a problem, none. */
export async function runImport(user: CurrentUser, csv: string, order: ImportDateOrder) {
	const preview = await previewImport(user, csv, order);
	if (preview.fileError || preview.rows.some((r) => r.errors.length)) {
		return { imported: null, preview };
	}
	return { imported: await importQueries(user, preview.ready), preview };
}
