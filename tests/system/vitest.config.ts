import { defineConfig } from 'vitest/config';

// The system suites start the built server themselves (`npm run build` first) and drive it
// over HTTP. One file at a time: each one loads the machine on purpose.
export default defineConfig({
	test: {
		root: import.meta.dirname,
		include: ['*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 15 * 60_000,
		hookTimeout: 120_000
	}
});
