import { defineConfig } from '@playwright/test';

// Several checkouts on one machine each run their own server: E2E_PORT keeps them apart.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts/,
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run'
			]
		}
	},
	// Every flow runs twice: field offices on slow links often browse without JavaScript.
	projects: [
		{ name: 'js', use: { javaScriptEnabled: true }, testIgnore: /hostile/ },
		{ name: 'nojs', use: { javaScriptEnabled: false }, testIgnore: /hostile/ },
		// Alone at the end: it counts audit rows, so no other test may write meanwhile.
		{ name: 'hostile', testMatch: /hostile\.e2e\.ts/, dependencies: ['js', 'nojs'] }
	],
	webServer: {
		command: 'node scripts/e2e-server.js',
		port: PORT,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
