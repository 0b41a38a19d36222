// npm run bench: a fresh database of BENCH_QUERIES queries, the machine's own limits measured
// in the same run, the built server under load while signed in, and a CSV import — each
// measure printed as its ratio to its limit. See "Benchmark" in README.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildIfStale } from '../scripts/build.js';
import { BENCH_ACCOUNT } from './account.js';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const PORT = Number(process.env.BENCH_PORT ?? 4401);
const ORIGIN = `http://localhost:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const work = path.join(root, 'tmp', 'bench');
const resultsDir = path.join(root, 'bench', 'results');

/** The targets of issue 9: a ratio at least this, or (rss, p99) at most this. */
const TARGETS = {
	kpis: 0.3,
	queries_mission_status: 0.4,
	queries_mission_status_page100: 0.4,
	query: 0.4,
	missions: 0.4,
	schedule: 0.4,
	import: 0.4
};
const MAX_RSS_MB = 300;
const MAX_P99_MS = 50;

const env = {
	...process.env,
	DATABASE_URL: `file:${path.join(work, 'csdm.db')}`,
	SECRET_FILE: path.join(work, 'auth-secret'),
	BENCH_CSV: path.join(work, 'import.csv'),
	ADMIN_EMAIL: 'admin@csdm.local',
	ADMIN_PASSWORD: 'bench-admin-password',
	SEED_QUERIES: '0',
	LOG_LEVEL: process.env.LOG_LEVEL ?? 'info'
};

const runStarted = Date.now();
const say = (text) => console.log(`[${Math.round((Date.now() - runStarted) / 1000)} s] ${text}`);

/** Runs one TypeScript step (bench/ts.js) in its own process and returns what it printed. */
function step(file) {
	const out = spawnSync(process.execPath, ['bench/ts.js', file], {
		env: { ...env, LOG_LEVEL: 'warn' },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024
	});
	const line = out.stdout.split('\n').find((l) => l.startsWith('@@result '));
	if (out.status !== 0 || !line) {
		process.stdout.write(out.stdout);
		throw new Error(`${file} failed`);
	}
	return JSON.parse(line.slice('@@result '.length));
}

async function waitUntilUp(server) {
	for (let i = 0; i < 600; i++) {
		if (server.exitCode !== null) throw new Error('the server stopped; see tmp/bench/server.log');
		try {
			if ((await fetch(`${ORIGIN}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the server did not start');
}

/** Signs in through the real /login form and returns the cookies it set. */
async function signIn() {
	const response = await fetch(`${ORIGIN}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: ORIGIN,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email: BENCH_ACCOUNT.email, password: BENCH_ACCOUNT.password })
	});
	const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (response.status !== 303 || cookies.length === 0)
		throw new Error(`sign-in failed with ${response.status}`);
	return cookies.join('; ');
}

async function load(pathname, connections, cookie, seconds = SECONDS) {
	const r = await autocannon({
		url: ORIGIN + pathname,
		connections,
		duration: seconds,
		headers: cookie ? { cookie } : {}
	});
	// A wrong answer (a redirect to sign-in, an error page) makes the figure meaningless.
	if (r.non2xx > 0) throw new Error(`${pathname}: ${r.non2xx} answers were not 200`);
	return {
		// Requests still unanswered after autocannon's 10 s timeout: counted, never hidden.
		timeouts: r.timeouts + r.errors,
		rps: Math.round(r.requests.average),
		p50: r.latency.p50,
		p99: r.latency.p99,
		requests: r.requests.total
	};
}

function peakRssMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

say('build (only when missing or older than the sources)');
buildIfStale(root);

say(`fill: ${env.BENCH_QUERIES ?? '1000000'} queries`);
const fill = step('bench/fill.ts');
say(`filled: ${JSON.stringify(fill)}`);

say(`server on ${ORIGIN} (NODE_ENV=production)`);
const log = openSync(path.join(work, 'server.log'), 'w');
// Started exactly as `npm start` starts it (its Node flags included), but without npm in
// between, so that the peak RSS read is the server's own.
const startArgs = JSON.parse(readFileSync('package.json', 'utf8'))
	.scripts.start.split(' ')
	.slice(1);
const server = spawn(process.execPath, startArgs, {
	env: { ...env, NODE_ENV: 'production', PORT: String(PORT), ORIGIN },
	stdio: ['ignore', log, log]
});
const pages = {};
let rssMb;
try {
	await waitUntilUp(server);
	const list = `/queries?mission=${fill.mission}&status=closed`;
	const targets = {
		kpis: '/kpis',
		queries_mission_status: list,
		queries_mission_status_page100: `${list}&page=100`,
		query: `/queries/${fill.reference}`,
		missions: '/missions',
		schedule: '/schedule'
	};
	for (const [name, url] of [['signin', '/login'], ...Object.entries(targets)]) {
		// A fresh session for each page: its cached session cookie lasts five minutes, and a
		// browser would receive a new one as it goes, which autocannon does not keep.
		const who = name === 'signin' ? undefined : await signIn();
		await load(url, 10, who, 2); // warm up
		pages[name] = { url, c10: await load(url, 10, who), c50: await load(url, 50, who) };
		say(`${name}: ${JSON.stringify(pages[name])}`);
	}
	rssMb = peakRssMb(server.pid);
} finally {
	server.kill('SIGTERM');
}

say(`import: ${fill.csvRows} queries from CSV`);
const imported = step('bench/import.ts');
say(`imported: ${JSON.stringify(imported)}`);

const limitRps = pages.signin.c50.rps;
const lines = [];
const measures = {};
for (const [name, page] of Object.entries(pages)) {
	if (name === 'signin') continue;
	const ratio = page.c50.rps / limitRps;
	measures[name] = { ratio, target: TARGETS[name], ...page };
	const timeouts = page.c10.timeouts + page.c50.timeouts;
	lines.push(
		`ratio ${name} ${ratio.toFixed(3)}  ${page.c50.rps} / ${limitRps} req/s at 50 connections; ` +
			`p99 ${page.c10.p99} ms at 10 (${page.c10.rps} req/s)  target ≥ ${TARGETS[name]}` +
			(timeouts ? `  ${timeouts} timed out` : '') +
			(ratio >= TARGETS[name] && page.c10.p99 <= MAX_P99_MS && !timeouts ? '  met' : '  NOT MET')
	);
}
const importRatio = imported.rowsPerSec / fill.lastTenthRowsPerSec;
measures.import = { ratio: importRatio, target: TARGETS.import, ...imported };
lines.push(
	`ratio import ${importRatio.toFixed(3)}  ${imported.rowsPerSec} / ${fill.lastTenthRowsPerSec} rows/s ` +
		`(${imported.imported} queries in ${imported.ms} ms)  target ≥ ${TARGETS.import}` +
		(importRatio >= TARGETS.import ? '  met' : '  NOT MET')
);
lines.push(
	`limit signin ${limitRps} req/s at 50 connections, ${pages.signin.c10.rps} at 10 (p99 ${pages.signin.c10.p99} ms); ` +
		`raw insert ${fill.lastTenthRowsPerSec} rows/s (${fill.insertRowsPerSec} over the whole fill)`
);
lines.push(
	`rss_peak_mb ${rssMb}  target ≤ ${MAX_RSS_MB}${rssMb <= MAX_RSS_MB ? '  met' : '  NOT MET'}`
);
const seconds = Math.round((Date.now() - runStarted) / 1000);
lines.push(
	`run ${fill.queries} queries, ${fill.events} events; fill ${Math.round(fill.fillMs / 1000)} s; ` +
		`whole run ${seconds} s on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ` +
		`${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`
);
console.log('\n' + lines.join('\n'));

const result = {
	at: new Date().toISOString(),
	machine: {
		cpus: os.cpus().length,
		model: os.cpus()[0].model.trim(),
		memoryGb: Math.round(os.totalmem() / 2 ** 30),
		node: process.version
	},
	seconds,
	fill,
	limits: { signin: pages.signin, insertRowsPerSec: fill.lastTenthRowsPerSec },
	measures,
	rssPeakMb: rssMb,
	lines
};
const stamp = result.at.replace(/[:.]/g, '-');
writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), JSON.stringify(result, null, '\t'));
writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(result, null, '\t'));
