// Runs one bench step written in TypeScript against the product's own modules ($lib, $app),
// loaded through Vite as the dev server and the unit tests load them; prints its result as JSON.
import { createServer } from 'vite';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const [step, ...args] = process.argv.slice(2);
const vite = await createServer({
	root,
	logLevel: 'warn',
	appType: 'custom',
	server: { middlewareMode: true, hmr: false, ws: false, watch: null }
});
try {
	const mod = await vite.ssrLoadModule(path.resolve(root, step));
	const result = await mod.default(...args);
	process.stdout.write(`\n@@result ${JSON.stringify(result)}\n`);
} finally {
	await vite.close();
}
process.exit(0);
