import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { building } from '$app/environment';
import * as schema from './schema';

const DEFAULT_URL = 'file:data/csdm.db';

function databaseUrl(): string {
	// The build imports server modules; it must neither need nor create a data file.
	if (building) return ':memory:';
	const url = process.env.DATABASE_URL || DEFAULT_URL;
	if (url.startsWith('file:')) {
		const file = url.slice('file:'.length);
		if (file && !file.startsWith(':memory:'))
			mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	}
	return url;
}

export const client = createClient({
	url: databaseUrl(),
	authToken: process.env.DATABASE_AUTH_TOKEN,
	// @libsql/client gives up at once on a locked database by default; wait instead.
	timeout: 5000
});

export const db = drizzle(client, { schema, casing: 'snake_case' });
export type Database = typeof db;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

let ready: Promise<void> | undefined;

/** Applies every migration in `drizzle/` once per process; later calls wait for the first. */
export function migrateDatabase(): Promise<void> {
	ready ??= (async () => {
		if (client.protocol === 'file') {
			await client.execute('PRAGMA journal_mode = WAL');
			await client.execute('PRAGMA synchronous = NORMAL');
		}
		await client.execute('PRAGMA foreign_keys = ON');
		await migrate(db, {
			migrationsFolder: process.env.MIGRATIONS_DIR ?? path.resolve('drizzle')
		});
	})();
	return ready;
}
