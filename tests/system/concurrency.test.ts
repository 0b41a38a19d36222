import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
	ROOT,
	freshDir,
	inputValue,
	integrity,
	openDatabase,
	session,
	run,
	startServer,
	type Server,
	type Session
} from './server';

/**
 * Fifty people write at once for a minute — notes on queries, status changes, checklist
 * answers — while some sign in and out and a backup is taken. Every request ends in an
 * answer below 500; a stale save is refused (409) showing the newer values; every accepted
 * write is in the database afterwards, and no save overwrote another unseen.
 */
const WRITERS = Number(process.env.CONCURRENCY_WRITERS ?? 50);
const SECONDS = Number(process.env.CONCURRENCY_SECONDS ?? 60);

let server: Server;
let dir: string;

beforeAll(async () => {
	dir = freshDir('concurrency');
	server = await startServer(dir);
});
afterAll(async () => {
	await server?.stop();
});

interface Accepted {
	token: string;
	key: string;
	seenVersion: number;
}

test(`${WRITERS} writers for ${SECONDS} s lose nothing and fail nothing`, async () => {
	const db = openDatabase(server.dbFile);
	const unsos = Number(
		(await db.execute("select id from missions where code = 'UNSOS'")).rows[0][0]
	);
	const unitams = Number(
		(await db.execute("select id from missions where code = 'UNITAMS'")).rows[0][0]
	);
	// Queries the UNSOS focal point works at mission level and that stay open under the load.
	const refs = (
		await db.execute({
			sql: "select 'UNSOS-' || number from queries where mission_id = ? and tier = 1 and status in ('new', 'in_progress', 'pending_client') order by id limit 12",
			args: [unsos]
		})
	).rows.map((r) => String(r[0]));
	const items = (
		await db.execute(
			"select i.id from checklist_items i join checklist_templates t on t.id = i.template_id where t.state = 'published' order by i.id limit 8"
		)
	).rows.map((r) => Number(r[0]));
	expect(refs.length).toBeGreaterThan(3);
	expect(items.length).toBeGreaterThan(3);
	const startVersions = new Map<number, number>();
	for (const r of (
		await db.execute({
			sql: 'select item_id, version from readiness_responses where mission_id = ?',
			args: [unitams]
		})
	).rows)
		startVersions.set(Number(r[0]), Number(r[1]));

	const comments: Accepted[] = [];
	const moves: Accepted[] = [];
	const answers: Accepted[] = [];
	const errors: string[] = [];
	const latencies: number[] = [];
	const tally = { requests: 0, accepted: 0, conflicts: 0, signIns: 0, conflictsShowingNewer: 0 };
	let stopAt = Infinity;
	const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

	async function timed(label: string, request: () => Promise<Response>) {
		const started = performance.now();
		try {
			const res = await request();
			const body = await res.text();
			latencies.push(performance.now() - started);
			tally.requests += 1;
			if (res.status >= 500) errors.push(`${label}: ${res.status}`);
			return { status: res.status, body };
		} catch (e) {
			errors.push(`${label}: ${e instanceof Error ? e.message : e}`);
			return { status: 0, body: '' };
		}
	}

	async function commenter(n: number, s: Session, resign: boolean) {
		for (let i = 0; Date.now() < stopAt; i++) {
			if (resign) {
				// better-auth writes sessions itself: they must not stall the queued writes.
				s = await session(server.base, 'focalUnsos');
				tally.signIns += 1;
			}
			const ref = pick(refs);
			const token = `note-${n}-${i}`;
			const { status } = await timed(`note ${ref}`, () =>
				s.post(`/queries/${ref}?/message`, { kind: 'note', body: token })
			);
			if (status === 200) {
				comments.push({ token, key: ref, seenVersion: 0 });
				tally.accepted += 1;
			} else if (status) errors.push(`note ${ref} answered ${status}`);
			if (resign) await timed('sign out', () => s.post('/logout', {}));
		}
	}

	async function mover(n: number, s: Session) {
		for (let i = 0; Date.now() < stopAt; i++) {
			const ref = pick(refs);
			const page = await timed(`open ${ref}`, () => s.get(`/queries/${ref}`));
			if (page.status !== 200) {
				if (page.status) errors.push(`open ${ref} answered ${page.status}`);
				continue;
			}
			const version = Number(inputValue(page.body, 'version', 'action="?/status"'));
			const to = /<option value="(in_progress|pending_client)"/.exec(
				page.body.slice(page.body.indexOf('action="?/status"'))
			)?.[1];
			if (!to) {
				errors.push(`${ref} offers no status move`);
				continue;
			}
			const token = `move-${n}-${i}`;
			const { status, body } = await timed(`move ${ref}`, () =>
				s.post(`/queries/${ref}?/status`, { version: String(version), status: to, body: token })
			);
			if (status === 200) {
				moves.push({ token, key: ref, seenVersion: version });
				tally.accepted += 1;
			} else if (status === 409) {
				tally.conflicts += 1;
				if (!body.includes('Someone changed this query meanwhile'))
					errors.push(`stale move of ${ref} refused without saying why`);
			} else if (status) errors.push(`move ${ref} answered ${status}`);
		}
	}

	async function answerer(n: number, s: Session) {
		for (let i = 0; Date.now() < stopAt; i++) {
			const item = pick(items);
			const page = await timed('open checklist', () => s.get('/missions/UNITAMS/readiness'));
			if (page.status !== 200) {
				if (page.status) errors.push(`open checklist answered ${page.status}`);
				continue;
			}
			const version = Number(inputValue(page.body, 'version', `name="itemId" value="${item}"`));
			const token = `answer-${n}-${i}`;
			const savedBefore = answers.some((a) => a.key === String(item));
			const { status, body } = await timed(`answer ${item}`, () =>
				s.post('/missions/UNITAMS/readiness?/save', {
					itemId: String(item),
					version: String(version),
					status: pick(['in_progress', 'done']),
					evidence: token,
					owner: `writer ${n}`
				})
			);
			if (status === 200) {
				answers.push({ token, key: String(item), seenVersion: version });
				tally.accepted += 1;
			} else if (status === 409) {
				tally.conflicts += 1;
				// The refusal shows what the other person saved, not only this person's own input.
				const shown = [...body.matchAll(/answer-\d+-\d+/g)].map((x) => x[0]);
				if (shown.some((t) => t !== token)) tally.conflictsShowingNewer += 1;
				else if (savedBefore) errors.push(`stale answer on item ${item} hid the newer values`);
			} else if (status) errors.push(`answer ${item} answered ${status}`);
		}
	}

	const sessions = await Promise.all(
		Array.from({ length: WRITERS }, (_, n) =>
			session(server.base, n % 5 === 0 ? 'focal' : n % 5 === 1 ? 'focal' : 'focalUnsos')
		)
	);
	const started = Date.now();
	stopAt = started + SECONDS * 1000;
	const work = sessions.map((s, n) => {
		if (n % 5 === 0 || n % 5 === 1) return answerer(n, s);
		if (n % 5 === 2) return mover(n, s);
		return commenter(n, s, n % 10 === 3);
	});

	// Half way through, `npm run backup` copies the database while the writes go on.
	await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
	const committedBeforeBackup = [...comments, ...moves, ...answers].map((a) => a.token);
	const backupFile = path.join(dir, 'backup.db');
	// Run asynchronously: the writers keep going while it copies.
	const backup = await run('npm', ['run', '--silent', 'backup', '--', backupFile], {
		DATABASE_URL: `file:${server.dbFile}`
	});
	expect(backup.code, backup.output).toBe(0);

	await Promise.all(work);
	const seconds = (Date.now() - started) / 1000;

	writeFileSync(path.join(dir, 'server.log'), server.output.join('\n'));
	expect(errors.slice(0, 20)).toEqual([]);

	// Every accepted note and status change is on its query's timeline.
	const events = new Set(
		(
			await db.execute(
				"select body from query_events where body like 'note-%' or body like 'move-%'"
			)
		).rows.map((r) => String(r[0]))
	);
	expect(comments.filter((c) => !events.has(c.token))).toEqual([]);
	expect(moves.filter((c) => !events.has(c.token))).toEqual([]);

	// Each accepted save saw the version the one before it left: none was overwritten unseen.
	const finalQueries = new Map(
		(
			await db.execute({
				sql: `select 'UNSOS-' || number as reference, version from queries where mission_id = ${unsos} and reference in (${refs.map(() => '?').join(',')})`,
				args: refs
			})
		).rows.map((r) => [String(r[0]), Number(r[1])])
	);
	for (const ref of refs) {
		const seen = moves
			.filter((m) => m.key === ref)
			.map((m) => m.seenVersion)
			.sort((a, b) => a - b);
		expect(new Set(seen).size, `${ref}: two saves from one version`).toBe(seen.length);
		// Notes do not bump the version; only the status moves do.
		if (seen.length) expect(finalQueries.get(ref), ref).toBe(seen[seen.length - 1] + 1);
	}
	for (const item of items) {
		const mine = answers
			.filter((a) => a.key === String(item))
			.sort((a, b) => a.seenVersion - b.seenVersion);
		if (!mine.length) continue;
		const first = startVersions.get(item) ?? 0;
		expect(
			mine.map((a) => a.seenVersion),
			`item ${item}`
		).toEqual(mine.map((_, k) => first + k));
		const row = (
			await db.execute({
				sql: 'select version, evidence from readiness_responses where mission_id = ? and item_id = ?',
				args: [unitams, item]
			})
		).rows[0];
		expect(Number(row[0])).toBe(first + mine.length);
		expect(String(row[1])).toBe(mine[mine.length - 1].token);
	}
	expect(await integrity(db)).toEqual({ integrity: 'ok', foreignKeys: 0 });
	db.close();

	// The backup taken under load, restored and served, holds every write committed before it.
	expect(existsSync(backupFile)).toBe(true);
	const restoredDir = freshDir('concurrency-restored');
	copyFileSync(backupFile, path.join(restoredDir, 'csdm.db'));
	const restored = await startServer(restoredDir);
	const reader = await session(restored.base, 'focalUnsos');
	expect((await reader.get(`/queries/${refs[0]}`)).status).toBe(200);
	await restored.stop();
	const copy = openDatabase(path.join(restoredDir, 'csdm.db'));
	const kept = new Set(
		(
			await copy.execute(
				"select body from query_events union all select json_extract(after, '$.evidence') from audit_log where entity = 'readiness_response'"
			)
		).rows.map((r) => String(r[0]))
	);
	expect(await integrity(copy)).toEqual({ integrity: 'ok', foreignKeys: 0 });
	copy.close();
	expect(committedBeforeBackup.length).toBeGreaterThan(0);
	expect(committedBeforeBackup.filter((t) => !kept.has(t))).toEqual([]);

	latencies.sort((a, b) => a - b);
	const at = (p: number) => Math.round(latencies[Math.floor((latencies.length - 1) * p)]);
	console.log(
		`concurrency: ${WRITERS} writers for ${Math.round(seconds)} s: ${tally.requests} requests, ` +
			`${tally.accepted} writes accepted and all found (${comments.length} notes, ${moves.length} status changes, ` +
			`${answers.length} checklist answers), ${tally.conflicts} stale saves refused ` +
			`(${tally.conflictsShowingNewer} showing the newer answer), ${tally.signIns} sign-ins, 0 errors; ` +
			`latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms; ` +
			`backup under load restored with all ${committedBeforeBackup.length} writes committed before it`
	);
});
