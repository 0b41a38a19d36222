// A consistent copy of the database while the app keeps serving: SQLite's VACUUM INTO reads
// one snapshot of the database and writes it to a new file, without blocking writers for long.
//   npm run backup                 -> backups/csdm-<time>.db
//   npm run backup -- path/to.db   -> that file
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@libsql/client';

/**
 * @param {string} databaseUrl a `file:` URL
 * @param {string} target the new file to write
 */
export async function backup(databaseUrl, target) {
	if (!databaseUrl.startsWith('file:')) {
		throw new Error(
			'npm run backup copies an embedded database file; back up a libSQL server with its own tools'
		);
	}
	const file = path.resolve(target);
	if (existsSync(file)) throw new Error(`${file} exists already; choose a new name`);
	mkdirSync(path.dirname(file), { recursive: true });
	const client = createClient({ url: databaseUrl, timeout: 5000 });
	try {
		await client.execute({ sql: 'VACUUM INTO ?', args: [file] });
	} finally {
		client.close();
	}
	const copy = createClient({ url: `file:${file}` });
	try {
		const { rows } = await copy.execute('PRAGMA integrity_check');
		if (rows[0][0] !== 'ok') throw new Error(`the copy failed its integrity check: ${rows[0][0]}`);
	} finally {
		copy.close();
	}
	return file;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const url = process.env.DATABASE_URL || 'file:data/csdm.db';
	const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
	const target = process.argv[2] ?? path.join('backups', `csdm-${stamp}.db`);
	try {
		console.log(`Backed up to ${await backup(url, target)}`);
	} catch (e) {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	}
}
