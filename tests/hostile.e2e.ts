import path from 'node:path';
import fc from 'fast-check';
import { createClient } from '@libsql/client';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { test, expect, ACCOUNTS, DEMO_PASSWORD, type Account } from './fixtures';
import { ENDPOINTS, type FieldKind } from './endpoints';

/**
 * Every form action, as every role, gets malformed and hostile values. Whatever arrives, the
 * server answers below 500; a refusal names what is wrong; a refused request adds no audit
 * row, and every write of the product writes one, so a refused request changed nothing.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE = `http://localhost:${PORT}`;

const hostileText = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(
		'',
		' ',
		'<script>alert(1)</script>',
		'<img src=x onerror=alert(1)>',
		"'; drop table missions; --",
		'" or 1=1 --',
		'\u202e\u0645\u0631\u062d\u0628\u0627 abc',
		'\u0000\u0001\u0007\u001b[31m',
		'😀👩🏽‍💻🇸🇩',
		'null',
		'undefined',
		'NaN',
		'-1',
		'0',
		'1e309',
		'9007199254740993',
		'2021-02-30',
		'2021-13-01',
		'0000-00-00',
		'31/12/2021',
		'../../etc/passwd',
		'%00',
		'{"a":1}',
		'[]'
	),
	fc.integer().map(String)
);
// Text far past every limit, now and then: enough to prove it is refused, not enough to slow the run.
const hostileOrHuge = fc.oneof(
	{ weight: 30, arbitrary: hostileText },
	{ weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) }
);

const validish: Record<FieldKind, fc.Arbitrary<string>> = {
	text: fc.string({ minLength: 1, maxLength: 30 }),
	date: fc
		.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10)),
	id: fc.integer({ min: 0, max: 40 }).map(String),
	email: fc.emailAddress(),
	password: fc.string({ minLength: 10, maxLength: 20 }),
	bool: fc.constantFrom('on', 'true', ''),
	choice: fc.constantFrom(
		'virtual',
		'hybrid',
		'admin',
		'agent',
		'en',
		'fr',
		'focal_point',
		'strength',
		'weakness',
		'low',
		'high',
		'open',
		'in_progress',
		'done',
		'dropped',
		'not_started',
		'not_applicable',
		'propose',
		'return_to_draft',
		'approve',
		'hold',
		'resume',
		'positive',
		'developmental',
		'received',
		'being_addressed',
		'addressed',
		'workshop:1',
		'forum:1',
		'other'
	)
};

const fieldValue = (kind: FieldKind) =>
	fc.oneof(
		{ weight: 2, arbitrary: validish[kind].map((v) => [v]) },
		{ weight: 3, arbitrary: hostileOrHuge.map((v) => [v]) },
		{ weight: 1, arbitrary: fc.constant<string[]>([]) },
		{ weight: 1, arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 3 }) }
	);

async function signedIn(who: Account | 'anonymous'): Promise<APIRequestContext> {
	const context = await playwrightRequest.newContext({ baseURL: BASE });
	if (who === 'anonymous') return context;
	const response = await context.post('/login', {
		form: { email: ACCOUNTS[who], password: DEMO_PASSWORD },
		headers: { origin: BASE, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `sign in as ${who}`).toBe(303);
	return context;
}

test.describe.configure({ mode: 'serial' });

test('hostile form posts never break the server nor change data when refused', async () => {
	test.setTimeout(20 * 60_000);
	const db = createClient({ url: `file:${path.resolve('tmp/e2e/csdm.db')}` });
	const lastAudit = async () =>
		Number((await db.execute('select coalesce(max(id), 0) from audit_log')).rows[0][0]);
	const roles = [...new Set(ENDPOINTS.flatMap((e) => e.roles))];
	const contexts = Object.fromEntries(
		await Promise.all(roles.map(async (r) => [r, await signedIn(r)] as const))
	);
	const tally = { requests: 0, refused: 0, accepted: 0 };
	// Nothing else writes while this runs, so the last audit row seen is the one before the next.
	let before = await lastAudit();

	const endpoint = fc.constantFrom(...ENDPOINTS);
	const attempt = endpoint.chain((e) =>
		fc.record({
			endpoint: fc.constant(e),
			role: fc.constantFrom(...e.roles),
			fields: fc.record(
				Object.fromEntries(Object.entries(e.fields).map(([k, kind]) => [k, fieldValue(kind)]))
			)
		})
	);

	await fc.assert(
		fc.asyncProperty(attempt, async ({ endpoint, role, fields }) => {
			const form = new URLSearchParams();
			for (const [name, values] of Object.entries(fields)) {
				for (const v of values as string[]) form.append(name, v);
			}
			const response = await contexts[role].post(endpoint.url, {
				data: form.toString(),
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: BASE,
					accept: 'text/html'
				},
				maxRedirects: 0
			});
			tally.requests += 1;
			const status = response.status();
			const after = await lastAudit();
			expect(status, `${role} ${endpoint.url} ${form}`).toBeLessThan(500);
			if (status >= 400) {
				tally.refused += 1;
				expect(after, `${role} ${endpoint.url} refused but wrote`).toBe(before);
				if (status === 400) {
					const html = await response.text();
					expect(html, `${endpoint.url} 400 without a reason`).toMatch(
						/aria-invalid="true"|role="alert"|field-error/
					);
				}
			} else tally.accepted += 1;
			before = after;
		}),
		{ numRuns: RUNS, endOnFailure: true }
	);

	// Bodies that are not forms at all.
	for (const { url } of ENDPOINTS) {
		const ctx = contexts[ENDPOINTS.find((e) => e.url === url)!.roles[0]];
		for (const [type, data] of [
			['application/json', '{"title": 1}'],
			['multipart/form-data; boundary=x', '--x\r\nbroken'],
			['text/plain', '\u0000\u0001'],
			['application/x-www-form-urlencoded', '%E0%A4%A=bad&&==']
		]) {
			before = await lastAudit();
			const response = await ctx.post(url, {
				data,
				headers: { 'content-type': type, origin: BASE, accept: 'text/html' },
				maxRedirects: 0
			});
			tally.requests += 1;
			expect(response.status(), `${url} with ${type}`).toBeLessThan(500);
			if (response.status() >= 400) expect(await lastAudit()).toBe(before);
		}
	}
	console.log(
		`hostile input: ${tally.requests} requests, ${tally.refused} refused, ${tally.accepted} accepted, 0 server errors`
	);
	db.close();
});
