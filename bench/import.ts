/**
 * Imports the bench CSV through the product's import path, as the import page does: each file
 * of at most IMPORT_MAX_ROWS rows is read and checked (previewImport), then written
 * (importQueries), all of it or nothing.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import { findCurrentUser } from '$lib/server/users';
import { IMPORT_MAX_ROWS, runImport } from '$lib/server/query-import';
import { BENCH_ACCOUNT } from './account.js';

export default async function importCsv() {
	const [header, ...rows] = readFileSync(process.env.BENCH_CSV!, 'utf8').trimEnd().split('\n');
	const [{ id }] = await db.all<{ id: string }>(
		sql`select id from ${user} where email = ${BENCH_ACCOUNT.email}`
	);
	const actor = (await findCurrentUser(id))!;
	const files: string[] = [];
	for (let i = 0; i < rows.length; i += IMPORT_MAX_ROWS)
		files.push([header, ...rows.slice(i, i + IMPORT_MAX_ROWS)].join('\n'));
	let imported = 0;
	const started = performance.now();
	for (const csv of files) {
		const result = await runImport(actor, csv, 'iso');
		if (!result.imported) {
			const bad = result.preview.fileError ?? result.preview.rows.find((r) => r.errors.length);
			throw new Error(`the import refused a file: ${JSON.stringify(bad)}`);
		}
		imported += result.imported.length;
	}
	const ms = performance.now() - started;
	return {
		imported,
		files: files.length,
		ms: Math.round(ms),
		rowsPerSec: Math.round(imported / (ms / 1000))
	};
}
