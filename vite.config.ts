import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		tailwindcss(),
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The language lives in a cookie (set from the account on sign-in), then the
			// browser's preference: URLs stay the same in both languages.
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/lib/server/test-setup.ts'],
		testTimeout: 20000
	}
});
