// Builds the app when the build is missing or older than the sources (start and bench).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'paraglide') latest = Math.max(latest, newest(full));
		} else latest = Math.max(latest, statSync(full).mtimeMs);
	}
	return latest;
}

/** The built server's entry, built first when missing or stale. */
export function buildIfStale(root) {
	const built = path.join(root, 'build', 'index.js');
	const sources = ['src', 'messages', 'drizzle', 'static'].map((d) => path.join(root, d));
	const stale =
		!existsSync(built) ||
		Math.max(...sources.map(newest), statSync(path.join(root, 'package.json')).mtimeMs) >
			statSync(built).mtimeMs;
	if (stale) {
		console.log('Building the app…');
		const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
			stdio: 'inherit',
			cwd: root
		});
		if (result.status !== 0) process.exit(result.status ?? 1);
	}
	return built;
}
