import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { building } from '$app/environment';
import { log } from './log';

/**
 * The key that signs session cookies. Taken from BETTER_AUTH_SECRET when set; otherwise made
 * once and kept beside the database, so that a first `npm start` works and sessions survive a
 * restart. Never a library default.
 */
export function authSecret(): string {
	if (building) return 'build-time-placeholder-secret-not-used-at-run-time';
	const fromEnv = process.env.BETTER_AUTH_SECRET;
	if (fromEnv) {
		if (fromEnv.length < 32) throw new Error('BETTER_AUTH_SECRET must be at least 32 characters');
		return fromEnv;
	}
	const file = path.resolve(process.env.SECRET_FILE ?? 'data/auth-secret');
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	mkdirSync(path.dirname(file), { recursive: true });
	const secret = randomBytes(32).toString('base64url');
	writeFileSync(file, secret, { mode: 0o600 });
	log.info({ file }, 'generated a session secret; set BETTER_AUTH_SECRET to choose your own');
	return secret;
}
