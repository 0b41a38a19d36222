import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDir, openDatabase, session, startServer, type Server, type Session } from './server';
import type { Account } from '../accounts';

/**
 * Every route and action, by every role and signed out: who may read, who may write. Then
 * each focal point walks every page, export, feed and search open to them, and finds no
 * other mission's data.
 */
type Who = Account | 'anonymous';
/** ok: served (a write may still be refused on its merits); login: sent to sign in. */
type Outcome = 'ok' | 'login' | 'forbidden' | 'hidden';

const ROLES: Who[] = [
	'anonymous',
	'admin',
	'csdp',
	'agent',
	'focal',
	'focalUnsos',
	'focalUnsmil',
	'leadership'
];

/** Everyone signed in is served; anyone signed out is sent to sign in. */
const signedIn = (except: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> =>
	Object.fromEntries(
		ROLES.map((r) => [r, except[r] ?? (r === 'anonymous' ? 'login' : 'ok')])
	) as Record<Who, Outcome>;
const only = (allowed: Who[], otherwise: Outcome = 'forbidden') =>
	signedIn(
		Object.fromEntries(
			ROLES.filter((r) => r !== 'anonymous' && !allowed.includes(r)).map((r) => [r, otherwise])
		)
	);
const CSDP: Who[] = ['admin', 'csdp'];

let server: Server;
let sessions: Record<Who, Session>;
let refs: { unsos: string; other: string; travelTier2: string; otherLineTier2: string };

beforeAll(async () => {
	server = await startServer(freshDir('access'));
	sessions = Object.fromEntries(
		await Promise.all(
			ROLES.map(
				async (r) => [r, await session(server.base, r === 'anonymous' ? undefined : r)] as const
			)
		)
	) as Record<Who, Session>;
	const db = openDatabase(server.dbFile);
	const one = async (where: string) => {
		const { rows } = await db.execute(
			`select m.code || '-' || q.number from queries q join missions m on m.id = q.mission_id
			 join service_lines s on s.id = q.service_line_id where ${where} order by q.id limit 1`
		);
		return String(rows[0][0]);
	};
	refs = {
		unsos: await one(
			"m.code = 'UNSOS' and s.code <> 'TRAVEL' and q.tier = 1 and q.status = 'in_progress'"
		),
		other: await one("m.code = 'MINUSCA' and s.code <> 'TRAVEL' and q.tier = 1"),
		travelTier2: await one("s.code = 'TRAVEL' and q.tier = 2 and m.code = 'UNSOS'"),
		otherLineTier2: await one("s.code <> 'TRAVEL' and q.tier = 2 and m.code = 'UNSOS'")
	};
	db.close();
});
afterAll(async () => {
	await server?.stop();
});

function outcomeOf(res: Response): Outcome | string {
	if (res.status === 303 && res.headers.get('location')?.startsWith('/login')) return 'login';
	if (res.status === 403) return 'forbidden';
	if (res.status === 404) return 'hidden';
	if (res.status >= 500) return `server error ${res.status}`;
	return 'ok';
}

describe('reading', () => {
	const pages = (): [string, Record<Who, Outcome>][] => [
		['/missions', signedIn()],
		['/missions/UNITAMS', signedIn({ focalUnsos: 'hidden', focalUnsmil: 'hidden' })],
		['/missions/UNSOS', signedIn({ focal: 'hidden', focalUnsmil: 'hidden' })],
		['/missions/UNITAMS/readiness', signedIn({ focalUnsos: 'hidden', focalUnsmil: 'hidden' })],
		['/missions/UNSMIL/plan', signedIn({ focal: 'hidden', focalUnsos: 'hidden' })],
		['/missions/UNSOS/queries', signedIn({ focal: 'hidden', focalUnsmil: 'hidden' })],
		['/workshops', signedIn()],
		['/workshops/1', signedIn({ focalUnsos: 'hidden' })],
		['/workshops/1/report', signedIn({ focalUnsos: 'hidden' })],
		['/workshops/1/report.csv', signedIn({ focalUnsos: 'hidden' })],
		['/workshops/1/edit', only(CSDP)],
		['/workshops/new', only(CSDP)],
		// Service-line agents read the breakouts: the weaknesses name what the centre must support.
		['/workshops/1/breakouts/1', only([...CSDP, 'agent', 'leadership'])],
		['/admin/users', only(['admin'])],
		['/admin/history', only(['admin'])],
		// CSDP staff keep the calendars and targets; the menu offers them the page.
		['/admin/calendars', only(CSDP)],
		['/readiness', signedIn()],
		['/readiness/template', only(CSDP)],
		['/assessments/areas', only(CSDP)],
		['/queries', signedIn()],
		['/queries/new', only([...CSDP, 'focalUnsos'])],
		['/queries/import', only([...CSDP, 'focalUnsos'])],
		[
			`/queries/${refs.unsos}`,
			signedIn({ focal: 'hidden', focalUnsmil: 'hidden', agent: 'hidden' })
		],
		[
			`/queries/${refs.other}`,
			signedIn({ focal: 'hidden', focalUnsmil: 'hidden', focalUnsos: 'hidden', agent: 'hidden' })
		],
		[`/queries/${refs.travelTier2}`, signedIn({ focal: 'hidden', focalUnsmil: 'hidden' })],
		[
			`/queries/${refs.otherLineTier2}`,
			signedIn({ focal: 'hidden', focalUnsmil: 'hidden', agent: 'hidden' })
		],
		['/queries/export.csv', signedIn()],
		['/kpis', signedIn()],
		['/kpis/export.csv', signedIn()],
		['/schedule', signedIn()],
		['/schedule/export.csv', signedIn()],
		[
			'/schedule/feed/not-a-token.ics',
			Object.fromEntries(ROLES.map((r) => [r, 'hidden'])) as Record<Who, Outcome>
		]
	];

	test('every page, export and feed answers each role as the rules say', async () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const [url, expected] of pages()) {
			for (const who of ROLES) {
				const res = await sessions[who].get(url);
				await res.body?.cancel();
				const got = outcomeOf(res);
				checked += 1;
				if (got !== expected[who])
					wrong.push(`${who} GET ${url}: ${got}, expected ${expected[who]}`);
			}
		}
		expect(wrong).toEqual([]);
		console.log(
			`access: ${checked} page reads checked (${pages().length} routes × ${ROLES.length} roles)`
		);
	});
});

describe('writing', () => {
	const lastAudit = async () => {
		const db = openDatabase(server.dbFile);
		const { rows } = await db.execute('select coalesce(max(id), 0) from audit_log');
		db.close();
		return Number(rows[0][0]);
	};

	test('every kind of action answers each role as the rules say, and a refusal writes nothing', async () => {
		const db = openDatabase(server.dbFile);
		const idOf = async (sql: string) => String((await db.execute(sql)).rows[0][0]);
		const item = await idOf(
			"select i.id from checklist_items i join checklist_templates t on t.id = i.template_id where t.state = 'published' order by i.id limit 1"
		);
		const unsos = await idOf("select id from missions where code = 'UNSOS'");
		const unitams = await idOf("select id from missions where code = 'UNITAMS'");
		const travel = await idOf("select id from service_lines where code = 'TRAVEL'");
		const group = await idOf(
			'select id from breakout_groups where workshop_id = 1 order by id limit 1'
		);
		const queryVersion = await idOf(
			`select q.version from queries q join missions m on m.id = q.mission_id where m.code || '-' || q.number = '${refs.unsos}'`
		);
		const userId = await idOf("select id from user where email = 'leadership@demo.csdm'");
		const inBreakout = await idOf(
			`select mission_id from workshop_missions where breakout_group_id = 1 order by mission_id limit 1`
		);
		const area = await idOf('select id from assessment_areas order by id limit 1');
		db.close();
		const day = '2027-03-01';
		const none = Object.fromEntries(
			ROLES.filter((r) => r !== 'anonymous').map((r) => [r, 'forbidden' as Outcome])
		);
		const actions: [string, Record<string, string>, Record<Who, Outcome>][] = [
			[
				'/missions/UNITAMS/readiness?/save',
				{ itemId: item, version: '0', status: 'in_progress', evidence: 'access' },
				signedIn({
					agent: 'forbidden',
					leadership: 'forbidden',
					focalUnsos: 'hidden',
					focalUnsmil: 'hidden'
				})
			],
			[
				'/missions/UNSMIL/plan?/plan',
				{ version: '0', targetDate: day, notes: 'access', reason: 'access' },
				signedIn({
					agent: 'forbidden',
					leadership: 'forbidden',
					focal: 'hidden',
					focalUnsos: 'hidden'
				})
			],
			[
				`/queries/${refs.unsos}?/message`,
				{ kind: 'note', body: 'access' },
				signedIn({
					agent: 'hidden',
					leadership: 'forbidden',
					focal: 'hidden',
					focalUnsmil: 'hidden'
				})
			],
			[
				`/queries/${refs.unsos}?/status`,
				{ version: queryVersion, status: 'pending_client' },
				signedIn({
					agent: 'hidden',
					leadership: 'forbidden',
					focal: 'hidden',
					focalUnsmil: 'hidden'
				})
			],
			[
				'/queries/new',
				{
					missionId: unsos,
					serviceLineId: travel,
					requesterName: 'Access',
					requesterEmail: 'access@un.org',
					channel: 'email',
					priority: 'normal',
					subject: 'access',
					description: 'access'
				},
				only([...CSDP, 'focalUnsos'])
			],
			[
				'/queries/import?/import',
				{
					dateOrder: 'iso',
					csv: 'mission,service_line,requester_name,requester_email,channel,priority,subject,received\nUNSOS,TRAVEL,A,a@un.org,email,normal,access,2021-09-13\n'
				},
				only([...CSDP, 'focalUnsos'])
			],
			['/workshops/1?/assign', { missionId: unitams, groupId: group }, only(CSDP)],
			[
				'/workshops/new',
				{
					title: 'Access',
					mode: 'virtual',
					firstDay: day,
					lastDay: day,
					host: 'RSCE',
					missionIds: unitams,
					groupCount: '1'
				},
				only(CSDP)
			],
			[
				'/workshops/1/breakouts/1?/add',
				{ missionId: inBreakout, kind: 'strength', areaId: area, statement: 'access' },
				only(CSDP)
			],
			[
				'/readiness/template?/saveSettings',
				{ version: '1', amberFrom: '50', greenFrom: '80', note: '' },
				only(CSDP)
			],
			['/assessments/areas?/add', { nameEn: 'Access', nameFr: 'Accès', position: '9' }, only(CSDP)],
			[
				'/admin/users',
				{
					name: 'Access',
					email: 'access@demo.csdm',
					role: 'leadership',
					locale: 'en',
					password: 'access-password-1'
				},
				only(['admin'])
			],
			[
				`/admin/users/${userId}`,
				{
					userId,
					name: 'Demo leadership',
					email: 'leadership@demo.csdm',
					role: 'leadership',
					locale: 'en',
					active: 'on',
					version: '1'
				},
				only(['admin'])
			],
			[
				'/admin/calendars?/addHoliday',
				{ missionId: unsos, date: day, name: 'Access day' },
				only(CSDP)
			],
			[
				'/admin/calendars?/target',
				{ serviceLineId: travel, priority: 'normal', targetDays: '3' },
				only(CSDP)
			],
			['/schedule?/renewFeed', {}, signedIn()]
		];
		const wrong: string[] = [];
		let checked = 0;
		// Refused roles first: the allowed ones change the records the others are refused on.
		for (const [url, body, expected] of actions) {
			const order = [...ROLES].sort(
				(a, b) => Number(expected[a] === 'ok') - Number(expected[b] === 'ok')
			);
			// The first allowed role must get through on the merits too: the body is a valid one.
			const first = order.find((r) => r !== 'anonymous' && expected[r] === 'ok');
			for (const who of order) {
				const before = await lastAudit();
				const res = await sessions[who].post(url, body);
				const text = await res.text();
				const got = outcomeOf(res);
				checked += 1;
				if (got !== expected[who])
					wrong.push(`${who} POST ${url}: ${got} (${res.status}), expected ${expected[who]}`);
				if (got !== 'ok' && (await lastAudit()) !== before)
					wrong.push(`${who} POST ${url}: refused (${res.status}) yet wrote`);
				if (who === first && res.status >= 400 && res.status !== 409)
					wrong.push(
						`${who} POST ${url}: allowed but refused ${res.status}: ${text.match(/(?:role="alert"|class="field-error")[^>]*>\s*([^<]+)/)?.[1] ?? ''}`
					);
			}
		}
		// Removing the holiday added above answers 200 and removes it (it once answered 400).
		const check = openDatabase(server.dbFile);
		const holiday = `select id from holidays where date = '${day}' and name = 'Access day'`;
		const [added] = (await check.execute(holiday)).rows;
		const removed = await sessions.csdp.post('/admin/calendars?/removeHoliday', {
			id: String(added[0])
		});
		await removed.text();
		expect(removed.status).toBe(200);
		expect((await check.execute(holiday)).rows).toEqual([]);
		check.close();

		expect(wrong).toEqual([]);
		console.log(
			`access: ${checked} action posts checked (${actions.length} actions × ${ROLES.length} roles)`
		);
	});
});

/**
 * What a focal point may see of other missions by design: who sits in the same workshop, and
 * the checklist's guidance, which cites one live mission as the example to follow.
 */
const WORKSHOP_2021 = [
	'MINURSO',
	'UNITAMS',
	'UNSMIL',
	'CNMC',
	'UNOCA',
	'UNOWAS',
	'OSE-HOA',
	'OSESG-GL',
	'UNOAU'
];
const SHARED: [string, string[]][] = [
	['/workshops/1', WORKSHOP_2021],
	['/missions/UNITAMS/readiness', ['UNSOS']],
	['/missions/UNSMIL/readiness', ['UNSOS']]
];

describe('a focal point', () => {
	const focalPoints: [Account, string][] = [
		['focal', 'UNITAMS'],
		['focalUnsos', 'UNSOS'],
		['focalUnsmil', 'UNSMIL']
	];

	test("reaches no other mission's data by any page, export, feed or search", async () => {
		const db = openDatabase(server.dbFile);
		const missions = (await db.execute('select id, code, name from missions')).rows.map((r) => ({
			id: String(r[0]),
			code: String(r[1]),
			name: String(r[2])
		}));
		db.close();
		const leaks: string[] = [];
		let checked = 0;
		for (const [who, own] of focalPoints) {
			const s = sessions[who];
			const others = missions.filter((x) => x.code !== own);
			const feed = await s.post('/schedule?/renewFeed', {});
			const feedUrl = /\/schedule\/feed\/[A-Za-z0-9_-]+\.ics/.exec(await feed.text())?.[0];
			expect(feedUrl, `${who} calendar address`).toBeTruthy();
			const urls = [
				'/missions',
				`/missions/${own}`,
				`/missions/${own}/readiness`,
				`/missions/${own}/plan`,
				'/readiness',
				'/workshops',
				'/workshops/1',
				'/workshops/1/report',
				'/workshops/1/report.csv',
				'/schedule',
				'/schedule/export.csv',
				feedUrl!,
				...others.flatMap((o) => [
					`/queries?mission=${o.code}&q=${o.code}`,
					`/queries/export.csv?mission=${o.code}`,
					`/kpis?mission=${o.code}`,
					`/kpis/export.csv?mission=${o.code}`,
					`/schedule?mission=${o.code}`,
					`/missions/${o.code}`,
					`/missions/${o.code}/readiness`,
					`/missions/${o.code}/plan`,
					`/missions/${o.code}/queries`
				])
			];
			for (const url of urls) {
				const res = await s.get(url);
				const body = await res.text();
				checked += 1;
				if (res.status >= 500) leaks.push(`${who} ${url}: ${res.status}`);
				if (res.status !== 200) continue;
				for (const o of others) {
					if (SHARED.some(([path, codes]) => url === path && codes.includes(o.code))) continue;
					// A code the URL itself carries is echoed in the filters; its rows would show the
					// mission's name or a query reference.
					const code = o.code.replace(/[-]/g, '\\-');
					if (
						body.includes(o.name) ||
						new RegExp(`\\b${code}-\\d+\\b`).test(body) ||
						(!url.includes(o.code) && new RegExp(`\\b${code}\\b`).test(body))
					)
						leaks.push(`${who} ${url} shows ${o.code}`);
				}
			}
		}
		expect(leaks).toEqual([]);
		console.log(`access: ${checked} reads by focal points found no other mission's data`);
	});

	test("writes nothing into another mission's records by any action or import", async () => {
		const db = openDatabase(server.dbFile);
		const one = async (sql: string) => String((await db.execute(sql)).rows[0][0]);
		const minusca = await one("select id from missions where code = 'MINUSCA'");
		const travel = await one("select id from service_lines where code = 'TRAVEL'");
		const item = await one(
			"select i.id from checklist_items i join checklist_templates t on t.id = i.template_id where t.state = 'published' order by i.id limit 1"
		);
		const lastAudit = async () =>
			Number((await db.execute('select coalesce(max(id), 0) from audit_log')).rows[0][0]);
		const wrote: string[] = [];
		const attempts: [string, Record<string, string>][] = [
			[
				'/queries/new',
				{
					missionId: minusca,
					serviceLineId: travel,
					requesterName: 'X',
					requesterEmail: 'x@un.org',
					channel: 'email',
					priority: 'normal',
					subject: 'cross',
					description: 'cross'
				}
			],
			[
				'/queries/import?/import',
				{
					dateOrder: 'iso',
					csv: 'mission,service_line,requester_name,requester_email,channel,priority,subject,received\nMINUSCA,TRAVEL,A,a@un.org,email,normal,cross,2021-09-13\n'
				}
			],
			[`/queries/${refs.other}?/message`, { kind: 'note', body: 'cross' }],
			['/missions/MINUSCA/readiness?/save', { itemId: item, version: '0', status: 'done' }],
			['/missions/UNOCA/plan?/plan', { version: '0', targetDate: '2027-01-01', notes: 'cross' }],
			['/missions/MINUSCA?/editAction', { actionId: '1', status: 'done', version: '1' }]
		];
		for (const [who] of focalPoints) {
			for (const [url, body] of attempts) {
				const before = await lastAudit();
				const res = await sessions[who].post(url, body);
				await res.text();
				if (res.status < 400 || (await lastAudit()) !== before)
					wrote.push(`${who} POST ${url}: ${res.status}`);
			}
		}
		db.close();
		expect(wrote).toEqual([]);
	});
});
