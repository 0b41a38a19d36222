// Runs every test: type check, unit tests against a real database, the system suites against
// the built server (concurrency, crashes, access, web security), then the browser tests.
//   npm test             the CI-sized run
//   npm run test:long    the same, with longer load, more kills and more generated requests
import { spawnSync } from 'node:child_process';
import path from 'node:path';

process.chdir(path.resolve(import.meta.dirname, '..'));

if (process.argv.includes('--long')) {
	process.env.CONCURRENCY_SECONDS ??= '600';
	process.env.CRASH_KILLS ??= '100';
	process.env.HOSTILE_RUNS ??= '100000';
}

const steps = [
	['npm', ['run', 'i18n']],
	['npx', ['svelte-kit', 'sync']],
	['npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']],
	['npx', ['vitest', 'run']],
	['npx', ['vite', 'build', '--logLevel', 'warn']],
	['npx', ['vitest', 'run', '--config', 'tests/system/vitest.config.ts']],
	['npx', ['playwright', 'test']]
];

const started = Date.now();
for (const [command, args] of steps) {
	console.log(`\n> ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`\nFailed: ${command} ${args.join(' ')}`);
		process.exit(result.status ?? 1);
	}
}
console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
