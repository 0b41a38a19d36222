// The built server (`node build`) on its own port and database file, driven over HTTP the way
// a browser without JavaScript drives it: real sessions, real form posts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { ACCOUNTS, DEMO_PASSWORD, type Account } from '../accounts';

export { ACCOUNTS, type Account };

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** A request still unanswered after this long counts as a failure, not as slowness. */
const REQUEST_TIMEOUT = 30_000;

/** A fresh directory under tmp/ for one suite's database. */
export function freshDir(name: string): string {
	const dir = path.join(ROOT, 'tmp', 'system', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return dir;
}

/**
 * A port nobody listens on now. Fixed ports collided with other checkouts running the same
 * suites on this machine, and a health check answered by someone else's server is worse than
 * a failure.
 */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

export interface Server {
	port: number;
	base: string;
	dbFile: string;
	/** Every line the server printed, stdout and stderr, in order. */
	output: string[];
	process: ChildProcess;
	/** Ends the server gracefully and waits for it. */
	stop(): Promise<void>;
	/** SIGKILL: no shutdown hook runs, as in a power cut of the process. */
	kill(): Promise<void>;
	exited: Promise<number | null>;
}

export async function startServer(
	dir: string,
	env: Record<string, string> = {},
	port?: number
): Promise<Server> {
	port ??= await freePort();
	const dbFile = path.join(dir, 'csdm.db');
	const base = `http://localhost:${port}`;
	const child = spawn(process.execPath, ['build'], {
		cwd: ROOT,
		env: {
			PATH: process.env.PATH,
			DATABASE_URL: `file:${dbFile}`,
			SECRET_FILE: path.join(dir, 'auth-secret'),
			DEMO_ACCOUNTS: '1',
			PORT: String(port),
			ORIGIN: base,
			ADMIN_EMAIL: 'admin@csdm.local',
			ADMIN_PASSWORD: 'system-admin-password',
			LOG_LEVEL: 'info',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const output: string[] = [];
	for (const stream of [child.stdout!, child.stderr!]) {
		let rest = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const lines = (rest + chunk).split('\n');
			rest = lines.pop()!;
			output.push(...lines);
		});
	}
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) {
			throw new Error(`server exited with ${child.exitCode}:\n${output.join('\n')}`);
		}
		try {
			if ((await fetch(`${base}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not answer within 60 s:\n${output.join('\n')}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		port,
		base,
		dbFile,
		output,
		process: child,
		exited,
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		},
		async kill() {
			if (child.exitCode === null) child.kill('SIGKILL');
			await exited;
		}
	};
}

export interface Session {
	cookie: string;
	get(url: string): Promise<Response>;
	post(url: string, fields: Record<string, string | string[]>): Promise<Response>;
}

/** A visitor with a cookie jar of one: signed in when an account is given. */
export async function session(base: string, who?: Account): Promise<Session> {
	const s: Session = {
		cookie: '',
		get: (url) =>
			fetch(base + url, {
				headers: { cookie: s.cookie },
				redirect: 'manual',
				signal: AbortSignal.timeout(REQUEST_TIMEOUT)
			}),
		post: (url, fields) => {
			const form = new URLSearchParams();
			for (const [k, v] of Object.entries(fields)) {
				for (const value of Array.isArray(v) ? v : [v]) form.append(k, value);
			}
			return fetch(base + url, {
				method: 'POST',
				body: form,
				headers: {
					cookie: s.cookie,
					origin: base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				redirect: 'manual',
				signal: AbortSignal.timeout(REQUEST_TIMEOUT)
			});
		}
	};
	if (who) {
		const res = await s.post('/login', { email: ACCOUNTS[who], password: DEMO_PASSWORD });
		if (res.status !== 303) throw new Error(`sign in as ${who}: ${res.status}`);
		s.cookie = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0])
			.join('; ');
	}
	return s;
}

/** The value of a hidden or text input in a page, by name, within the form that holds `near`. */
export function inputValue(html: string, name: string, near?: string): string | null {
	const from = near ? html.indexOf(near) : 0;
	if (from < 0) return null;
	const match = new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html.slice(from));
	return match ? match[1] : null;
}

/** A direct connection to the server's database file, to check what was really stored. */
export function openDatabase(file: string): Client {
	return createClient({ url: `file:${file}`, timeout: 5000 });
}

export async function integrity(db: Client): Promise<{ integrity: string; foreignKeys: number }> {
	const check = await db.execute('PRAGMA integrity_check');
	const fk = await db.execute('PRAGMA foreign_key_check');
	return { integrity: String(check.rows[0][0]), foreignKeys: fk.rows.length };
}

/** Runs a command without blocking this process, as a person would in another terminal. */
export function run(
	command: string,
	args: string[],
	env: Record<string, string> = {}
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('exit', (code) => resolve({ code, output }));
	});
}
