/**
 * A fresh bench database: every migration, the reference data of first start, a bench
 * account, the holidays and a deterministic history of BENCH_QUERIES queries with their
 * timelines, then the monthly totals rebuilt by the product's own function. The queries go in
 * through @libsql/client as multi-row statements, and that insert is timed: it is the raw
 * write rate the CSV import is measured against.
 */
import { writeFileSync } from 'node:fs';
import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { DateTime } from 'luxon';
import { client, db } from '$lib/server/db';
import { queries, queryEvents } from '$lib/server/db/schema';
import { write } from '$lib/server/db/write';
import { startUp } from '$lib/server/startup';
import { createUser } from '$lib/server/users';
import { rebuildRollup } from '$lib/server/query-rollup';
import {
	generateQueryHistory,
	historySetting,
	type GeneratedQuery
} from '$lib/server/seed/query-history';
import { IMPORT_COLUMNS } from '$lib/server/query-import';
import { BENCH_ACCOUNT } from './account.js';

/** Rows per statement: under SQLite's 32,766 bound variables for the widest table. */
const QUERY_ROWS = 400;
const EVENT_ROWS = 1000;
/** Statements per transaction. */
const STATEMENTS = 5;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A multi-row INSERT for one table, with each value converted as drizzle would store it. */
function inserter(table: SQLiteTable, name: string) {
	const columns = Object.entries(getTableColumns(table)) as [string, SQLiteColumn][];
	const head = `insert into ${name} (${columns.map(([k]) => snake(k)).join(', ')}) values `;
	const tuple = `(${columns.map(() => '?').join(', ')})`;
	return (rows: Record<string, unknown>[]) => {
		const args: unknown[] = [];
		for (const row of rows) {
			for (const [key, col] of columns) {
				const v = row[key] === undefined ? (col.default ?? null) : row[key];
				args.push(v === null ? null : col.mapToDriverValue(v));
			}
		}
		return {
			sql: head + Array.from({ length: rows.length }, () => tuple).join(', '),
			args: args as never[]
		};
	};
}

export default async function fill() {
	const total = Number(process.env.BENCH_QUERIES ?? 1_000_000);
	const importRows = Number(process.env.BENCH_IMPORT ?? 100_000);
	// The history runs up to the start of today (UTC): the same day gives the same rows.
	const until = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
	const started = performance.now();
	process.env.SEED_QUERIES = '0';
	await startUp();
	await createUser(
		{ id: null },
		{ ...BENCH_ACCOUNT, missionId: 0, serviceLineId: 0, locale: 'en' }
	);
	const setting = (await write({ id: null }, ({ tx }) => historySetting(tx, until)))!;

	const queryInsert = inserter(queries, 'queries');
	const eventInsert = inserter(queryEvents, 'query_events');
	let insertMs = 0;
	let lastInsertMs = 0;
	let inserted = 0;
	let events = 0;
	let qBatch: Record<string, unknown>[] = [];
	let eBatch: Record<string, unknown>[] = [];
	const flush = async () => {
		const qs = [];
		for (let i = 0; i < qBatch.length; i += QUERY_ROWS)
			qs.push(queryInsert(qBatch.slice(i, i + QUERY_ROWS)));
		const t = performance.now();
		if (qs.length) await client.batch(qs, 'write');
		const ms = performance.now() - t;
		insertMs += ms;
		// The last tenth is timed apart: the table is then as large as when the import runs.
		if (inserted >= total * 0.9) lastInsertMs += ms;
		inserted += qBatch.length;
		const es = [];
		for (let i = 0; i < eBatch.length; i += EVENT_ROWS)
			es.push(eventInsert(eBatch.slice(i, i + EVENT_ROWS)));
		if (es.length) await client.batch(es, 'write');
		events += eBatch.length;
		qBatch = [];
		eBatch = [];
	};
	const genStarted = performance.now();
	const history: Iterable<GeneratedQuery> = generateQueryHistory({
		seed: 2021,
		until,
		...setting,
		total
	});
	for (const { query, events: ev } of history) {
		qBatch.push(query);
		for (const e of ev) eBatch.push(e);
		if (qBatch.length >= QUERY_ROWS * STATEMENTS) await flush();
	}
	await flush();
	const lastRows = inserted - Math.ceil(total * 0.9);
	const fillMs = performance.now() - genStarted;
	const rollupStarted = performance.now();
	await write({ id: null }, ({ tx }) => rebuildRollup(tx));
	const rollupMs = performance.now() - rollupStarted;
	await client.execute('analyze');
	await client.execute('pragma wal_checkpoint(truncate)');

	// What the load reads: the mission with the most queries and its commonest status, and one
	// query of it in the middle of its history.
	const [{ code, missionId }] = await db.all<{ code: string; missionId: number }>(sql`
		select m.code as code, m.id as missionId from queries q join missions m on m.id = q.mission_id
		group by m.id order by count(*) desc limit 1`);
	const [{ number }] = await db.all<{ number: number }>(
		sql`select max(number) / 2 as number from queries where mission_id = ${missionId}`
	);

	// The CSV a mission switching from a spreadsheet would bring: its last sixty days of intake.
	const csvStarted = performance.now();
	const recent = {
		...setting,
		missions: setting.missions.map((mm) => ({
			...mm,
			goLiveDate: DateTime.fromJSDate(until, { zone: mm.timeZone }).minus({ days: 60 }).toISODate()!
		}))
	};
	const codeOf = new Map(setting.missions.map((mm) => [mm.id, mm]));
	const lineOf = new Map(setting.lines.map((l) => [l.id, l.code]));
	const lines: string[] = [IMPORT_COLUMNS.join(',')];
	const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	for (const { query: q } of generateQueryHistory({
		seed: 2022,
		until,
		...recent,
		total: importRows
	})) {
		const mission = codeOf.get(q.missionId)!;
		const received = DateTime.fromJSDate(q.receivedAt, { zone: mission.timeZone });
		lines.push(
			[
				mission.code,
				lineOf.get(q.serviceLineId)!,
				q.requesterName,
				q.requesterEmail,
				q.requesterIndex,
				q.channel,
				q.priority,
				q.subject,
				'',
				received.toFormat('yyyy-MM-dd HH:mm')
			]
				.map(cell)
				.join(',')
		);
	}
	const csvFile = process.env.BENCH_CSV!;
	writeFileSync(csvFile, lines.join('\n') + '\n');

	return {
		queries: inserted,
		events,
		fillMs: Math.round(performance.now() - started),
		generateAndInsertMs: Math.round(fillMs),
		insertMs: Math.round(insertMs),
		insertRowsPerSec: Math.round(inserted / (insertMs / 1000)),
		lastTenthRowsPerSec: Math.round(lastRows / (lastInsertMs / 1000)),
		rollupMs: Math.round(rollupMs),
		csvRows: lines.length - 1,
		csvMs: Math.round(performance.now() - csvStarted),
		mission: code,
		reference: `${code}-${number}`
	};
}
