import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, signIn, type Account } from './fixtures';
import { PAGES } from './pages';

// Per page, on a first visit (gzip sizes): field offices load these over slow links.
const JS_BUDGET = 80 * 1024;
const TOTAL_BUDGET = 150 * 1024;

const keys = Object.keys(JSON.parse(readFileSync('messages/en.json', 'utf8'))).filter(
	(k) => k.includes('_') && k !== '$schema'
);

for (const [who, paths] of Object.entries(PAGES)) {
	test.describe(`pages for ${who}`, () => {
		test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'axe runs in the page');

		test('are accessible, light, fit a phone and show no raw message key', async ({
			page,
			browser
		}) => {
			// Each page is checked twice over (axe, small screen, then weight): time grows with the list.
			test.setTimeout(30_000 + paths.length * 5_000);
			if (who !== 'anonymous') await signIn(page, who as Account);
			for (const path of paths) {
				await page.setViewportSize({ width: 1280, height: 900 });
				const response = await page.goto(path);
				expect(response?.status(), path).toBeLessThan(400);

				const axe = await new AxeBuilder({ page }).analyze();
				const serious = axe.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				expect(serious, `${path} accessibility`).toEqual([]);

				const text = await page.locator('body').innerText();
				expect(
					keys.filter((k) => text.includes(k)),
					`${path} raw keys`
				).toEqual([]);

				await page.setViewportSize({ width: 360, height: 800 });
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
			}

			// Weight of a first visit: a fresh context with the same session, nothing cached.
			const state = await page.context().storageState();
			const fresh = await browser.newContext({ storageState: state });
			const visitor = await fresh.newPage();
			for (const path of paths) {
				const sizes = { js: 0, total: 0 };
				const pending: Promise<void>[] = [];
				const onResponse = (r: import('@playwright/test').Response) => {
					pending.push(
						r
							.body()
							.then((body) => {
								const gz = gzipSync(body).length;
								sizes.total += gz;
								if (r.request().resourceType() === 'script') sizes.js += gz;
							})
							.catch(() => {})
					);
				};
				visitor.on('response', onResponse);
				await visitor.goto(path, { waitUntil: 'networkidle' });
				await Promise.all(pending);
				visitor.off('response', onResponse);
				expect(sizes.js, `${path} JavaScript (gzip bytes)`).toBeLessThanOrEqual(JS_BUDGET);
				expect(sizes.total, `${path} all resources (gzip bytes)`).toBeLessThanOrEqual(TOTAL_BUDGET);
				await fresh.clearCookies();
				await fresh.addCookies(state.cookies);
			}
			await fresh.close();
		});
	});
}
