// Runs every test: type check, unit tests against a real database, then the browser tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

process.chdir(path.resolve(import.meta.dirname, '..'));

const steps = [
	['npm', ['run', 'i18n']],
	['npx', ['svelte-kit', 'sync']],
	['npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']],
	['npx', ['vitest', 'run']],
	['npx', ['playwright', 'test']]
];

for (const [command, args] of steps) {
	console.log(`\n> ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	if (result.status !== 0) {
		console.error(`\nFailed: ${command} ${args.join(' ')}`);
		process.exit(result.status ?? 1);
	}
}
