import { afterAll, beforeAll, expect, test } from 'vitest';
import {
	ACCOUNTS,
	freshDir,
	openDatabase,
	session,
	startServer,
	type Server,
	type Session
} from './server';

/**
 * Web security and logging, on real responses and on what the server really printed: headers,
 * cookies, the sign-in limit, a revocable calendar feed, one structured line per request, an
 * unexpected error's reference on the page and with its stack in the log, and no secret in any
 * log line.
 */
const ADMIN_PASSWORD = 'system-admin-password';
const DEMO_PASSWORD = 'demo-password-2021';

let dir: string;
let server: Server;
let csdp: Session;
/** Each server started here, for its output: the https one is checked too. */
const started: Server[] = [];
async function start(env: Record<string, string> = {}) {
	// Restarts keep the port: the https address names it.
	server = await startServer(dir, env, server?.port);
	started.push(server);
}
const allOutput = () => started.flatMap((s) => s.output);
/** Every secret handed out during the run: none may appear in a log line. */
const secrets: string[] = [DEMO_PASSWORD, ADMIN_PASSWORD];

beforeAll(async () => {
	dir = freshDir('security');
	await start();
	csdp = await session(server.base, 'csdp');
	secrets.push(...cookieSecrets(csdp.cookie));
});
afterAll(async () => {
	await server?.stop();
});

/** The session token and its signature, as they travel in the cookie. */
function cookieSecrets(cookie: string): string[] {
	return cookie
		.split('; ')
		.map((c) => decodeURIComponent(c.slice(c.indexOf('=') + 1)))
		.flatMap((v) => [v, ...v.split('.')])
		.filter((v) => v.length >= 16);
}

const logLines = () =>
	server.output
		.filter((l) => l.startsWith('{'))
		.map((l) => JSON.parse(l) as Record<string, unknown>);

test('every kind of response carries the security headers', async () => {
	const anonymous = await session(server.base);
	const responses = {
		'sign-in page': await anonymous.get('/login'),
		page: await csdp.get('/missions'),
		'not found': await csdp.get('/missions/NOPE'),
		export: await csdp.get('/queries/export.csv'),
		'form post': await csdp.post('/workshops/1?/addGroup', { name: '' })
	};
	for (const [what, res] of Object.entries(responses)) {
		await res.text();
		expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
		expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
		expect(res.headers.get('x-frame-options'), what).toBe('DENY');
	}
	for (const what of ['sign-in page', 'page', 'not found'] as const) {
		const csp = responses[what].headers.get('content-security-policy') ?? '';
		expect(csp, what).toContain("frame-ancestors 'none'");
		expect(csp, what).toContain("default-src 'self'");
		expect(csp, what).toContain("object-src 'none'");
		// Scripts only from the app itself, and its inline start-up script by nonce or hash.
		expect(csp, what).toMatch(/script-src 'self' '(nonce|sha256)-/);
		expect(csp, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	}
});

test('the session cookie is httpOnly and SameSite, and Secure once served over https', async () => {
	const plain = await signInResponse(server.base, server.base);
	const cookie = plain.headers.getSetCookie().find((c) => c.includes('session_token'))!;
	expect(cookie).toMatch(/HttpOnly/i);
	expect(cookie).toMatch(/SameSite=Lax/i);
	expect(cookie).not.toMatch(/;\s*Secure/i);

	// Behind a TLS proxy the public address is https: the same sign-in must set a Secure cookie.
	await server.stop();
	const https = `https://localhost:${server.port}`;
	await start({ ORIGIN: https });
	const secure = await signInResponse(server.base, https);
	expect(secure.status).toBe(303);
	const secureCookie = secure.headers.getSetCookie().find((c) => c.includes('session_token'))!;
	expect(secureCookie).toMatch(/;\s*Secure/i);
	expect(secureCookie).toMatch(/HttpOnly/i);
	secrets.push(...secure.headers.getSetCookie().flatMap((c) => cookieSecrets(c.split(';')[0])));
	await server.stop();
	await start();
	csdp = await session(server.base, 'csdp');
	secrets.push(...cookieSecrets(csdp.cookie));
});

async function signInResponse(
	base: string,
	origin: string,
	email: string = ACCOUNTS.focalCnmc,
	password = DEMO_PASSWORD
) {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		body: new URLSearchParams({ email, password }),
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		redirect: 'manual'
	});
	await res.text();
	secrets.push(...res.headers.getSetCookie().flatMap((c) => cookieSecrets(c.split(';')[0])));
	return res;
}

test('password guessing is stopped, even when the right password comes after', async () => {
	const statuses: number[] = [];
	for (let i = 0; i < 6; i++) {
		const wrong = `wrong-password-${i}-guess`;
		secrets.push(wrong);
		const res = await signInResponse(server.base, server.base, ACCOUNTS.focalUnoau, wrong);
		statuses.push(res.status);
	}
	expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
	const right = await signInResponse(server.base, server.base, ACCOUNTS.focalUnoau);
	expect(right.status).toBe(429);
	expect(right.headers.getSetCookie().filter((c) => c.includes('session_token'))).toEqual([]);
});

test('a calendar feed address works until it is revoked', async () => {
	const made = await (await csdp.post('/schedule?/renewFeed', {})).text();
	const feed = /\/schedule\/feed\/([A-Za-z0-9_-]+)\.ics/.exec(made)!;
	secrets.push(feed[1]);
	const open = await fetch(server.base + feed[0]);
	expect(open.status).toBe(200);
	expect(open.headers.get('content-type')).toMatch(/text\/calendar/);
	expect(await open.text()).toContain('BEGIN:VCALENDAR');
	await (await csdp.post('/schedule?/revokeFeed', {})).text();
	const revoked = await fetch(server.base + feed[0]);
	await revoked.text();
	expect(revoked.status).toBe(404);
});

test('one structured line per request: method, route, status, duration, user', async () => {
	const db = openDatabase(server.dbFile);
	const userId = String(
		(await db.execute({ sql: 'select id from user where email = ?', args: [ACCOUNTS.csdp] }))
			.rows[0][0]
	);
	db.close();
	const before = logLines().length;
	const asked = ['/missions', '/workshops/1', '/missions/UNITAMS/readiness', '/queries'];
	for (const url of asked) await (await csdp.get(url)).text();
	await (await csdp.get('/missions/NOPE')).text();
	// pino writes asynchronously: give the last line time to arrive.
	await new Promise((r) => setTimeout(r, 300));
	// Lines of earlier requests may still arrive after `before`: keep only this test's own.
	const own = new Set([...asked, '/missions/NOPE']);
	const lines = logLines()
		.slice(before)
		.filter((l) => ('route' in l || 'path' in l) && own.has(String(l.path)));
	expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
		...asked.map((u) => ['GET', u, 200]),
		['GET', '/missions/NOPE', 404]
	]);
	for (const line of lines) {
		expect(line.user).toBe(userId);
		expect(typeof line.ms).toBe('number');
		expect(line.level).toBe(30);
		expect(typeof line.time).toBe('number');
	}
	expect(lines[2].route).toBe('/missions/[code]/readiness');
});

test('an unexpected error shows its reference, and the log has the same reference with the stack', async () => {
	// A real fault, not a staged one: the table the page reads disappears under the server.
	const db = openDatabase(server.dbFile);
	await db.execute('alter table holidays rename to holidays_away');
	let html: string;
	let status: number;
	try {
		const res = await csdp.get('/admin/calendars');
		status = res.status;
		html = await res.text();
	} finally {
		await db.execute('alter table holidays_away rename to holidays');
		db.close();
	}
	expect(status).toBe(500);
	const shown = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(
		html.replace(/<script[\s\S]*?<\/script>/g, '')
	)?.[0];
	expect(shown, 'reference on the error page').toBeTruthy();
	expect(html).not.toContain('holidays');
	await new Promise((r) => setTimeout(r, 300));
	const logged = logLines().find((l) => l.id === shown);
	expect(logged, 'error line with the same reference').toBeTruthy();
	expect(logged!.level).toBe(50);
	const err = logged!.err as { stack?: string; message?: string };
	expect(err.stack).toMatch(/holidays[\s\S]*\n\s+at /);
	const request = logLines().find((l) => l.path === '/admin/calendars' && l.status === 500);
	expect(request, 'the request line of the failed request').toBeTruthy();
});

test('no password, session token or feed token appears in any log line', async () => {
	// A request that carries every secret where a careless log would print it.
	await (
		await fetch(`${server.base}/login?password=${DEMO_PASSWORD}`, {
			method: 'POST',
			body: new URLSearchParams({ email: 'nobody@demo.csdm', password: DEMO_PASSWORD }),
			headers: {
				cookie: csdp.cookie,
				origin: server.base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			redirect: 'manual'
		})
	).text();
	await new Promise((r) => setTimeout(r, 300));
	const text = allOutput().join('\n');
	expect(allOutput().length).toBeGreaterThan(30);
	expect(secrets.length).toBeGreaterThan(6);
	expect(secrets.filter((s) => text.includes(s))).toEqual([]);
	console.log(
		`web security: headers on 5 kinds of response, cookies over http and https, sign-in limit, ` +
			`feed revoked, ${allOutput().length} log lines checked against ${secrets.length} secrets`
	);
});
