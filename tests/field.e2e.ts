import { extractText, getDocumentProxy } from 'unpdf';
import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn, type Account } from './fixtures';

/**
 * Chrome's "Slow 3G": about 400 kbit/s each way and 400 ms of latency per request. Every
 * visit is a first one (cache off), as for someone opening the link at a field office.
 */
const SLOW_3G = {
	offline: false,
	latency: 400,
	downloadThroughput: (400 * 1000) / 8,
	uploadThroughput: (400 * 1000) / 8
};
/** What a person on such a link waits, at most, before the page shows what it is about. */
const SLOW_3G_BUDGET_MS = 4000;

const SLOW_PAGES: { who: Account | null; path: string; heading: string | RegExp }[] = [
	{ who: null, path: '/login', heading: 'Sign in' },
	{ who: 'focal', path: '/missions/UNITAMS', heading: 'UNITAMS' },
	{ who: 'focal', path: '/missions/UNITAMS/readiness', heading: 'UNITAMS readiness checklist' },
	{ who: 'focalUnsos', path: '/queries', heading: 'Queries' },
	{ who: 'focalUnsos', path: '/queries/UNSOS-1', heading: 'UNSOS-1' }
];

// Both projects: without JavaScript the page shows the same content, but nothing competes
// with it for the link, so the two figures tell how much the scripts cost a field office.
test('on a slow 3G link each field page shows its content within 4 s', async ({ page }, info) => {
	test.setTimeout(120_000);
	const cdp = await page.context().newCDPSession(page);
	const figures: string[] = [];
	for (const { who, path, heading } of SLOW_PAGES) {
		// Signing in is not what is measured: it happens at full speed.
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 0,
			downloadThroughput: -1,
			uploadThroughput: -1
		});
		if (who) await signIn(page, who);
		else await page.context().clearCookies();
		await page.goto('about:blank');

		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
		const started = Date.now();
		const loaded = page.goto(path);
		await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
		const inPage = Date.now() - started;
		await loaded;
		// Usable: hydrated with JavaScript, fully loaded without.
		const ready = Date.now() - started;
		// The heading is in the page, and the page has been painted: until its stylesheet has
		// arrived, the browser shows nothing.
		const paint = () =>
			page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
			);
		// The paint is recorded with its own time, sometimes a frame after the load ends.
		await expect.poll(paint).not.toBeNull();
		const painted = (await paint())!;
		const shown = Math.round(Math.max(inPage, painted));
		figures.push(`${path}: content ${shown} ms, usable ${ready} ms`);
		expect(shown, `${path} on slow 3G`).toBeLessThanOrEqual(SLOW_3G_BUDGET_MS);
	}
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
	console.log(`slow 3G (${info.project.name}):\n  ${figures.join('\n  ')}`);
	info.annotations.push({ type: 'slow 3G', description: figures.join('; ') });
});

/** The page as Chromium prints it: its size in points and the text of each sheet. */
async function printed(page: Page) {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const doc = await getDocumentProxy(new Uint8Array(pdf));
	const [, , width, height] = (await doc.getPage(1)).view;
	const { text } = await extractText(doc, { mergePages: false });
	return { width, height, pages: text.map((t) => t.replace(/\s+/g, ' ')) };
}

const PRINTS: {
	what: string;
	who: Account;
	path: string;
	content: string[];
	chrome: string[];
	/** What a page break must not split. */
	whole: string;
	/** Makes sure there is something to print. */
	prepare?: (page: Page) => Promise<void>;
}[] = [
	{
		what: 'the workshop report',
		who: 'csdp',
		path: '/workshops/1/report',
		content: ['Assessment report', 'CSDM multi-client virtual workshop', 'Breakout 1', 'UNITAMS'],
		chrome: ['Download CSV', 'Print'],
		whole: '.report-entry',
		prepare: async (page) => {
			await page.goto('/workshops/1/breakouts/1');
			const form = page.getByRole('form', { name: 'New entry for MINURSO' });
			await form.getByLabel('Area').selectOption({ label: 'Leadership commitment' });
			await form
				.getByLabel('Statement')
				.fill('The Director of Mission Support sponsors the launch');
			await form.getByRole('button', { name: 'Add to MINURSO' }).click();
			await expect(form.getByRole('status')).toHaveText('Entry added to MINURSO.');
		}
	},
	{
		what: 'a mission’s readiness checklist',
		who: 'focal',
		path: '/missions/UNITAMS/readiness',
		content: [
			'UNITAMS readiness checklist',
			'Readiness score',
			'Client Support Unit',
			'Score history'
		],
		chrome: ['Edit answer', 'Save answer', '← UNITAMS'],
		whole: '.readiness-item'
	},
	{
		what: 'the forum pack',
		who: 'csdp',
		path: '/forum/1/pack',
		content: ['Forum pack', 'Overdue actions', 'Launches in the next', 'Query trends'],
		chrome: ['Print'],
		whole: '.pack-section'
	}
];

for (const { what, who, path, content, chrome, whole, prepare } of PRINTS) {
	test(`${what} prints cleanly on portrait A4`, async ({ page }, info) => {
		test.skip(info.project.name !== 'js', 'printing does not depend on JavaScript');
		await signIn(page, who);
		await prepare?.(page);
		await page.goto(path);
		const { width, height, pages } = await printed(page);
		const parts = page.locator(whole);
		expect(await parts.count()).toBeGreaterThan(0);
		for (const breakInside of await parts.evaluateAll((all) =>
			all.map((e) => getComputedStyle(e).breakInside)
		))
			expect(breakInside).toBe('avoid');
		expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
		const text = pages.join(' ');
		for (const wanted of content) expect(text).toContain(wanted);
		// No navigation, buttons or forms on paper: only what the page is about.
		for (const unwanted of [
			'Sign out',
			'Français',
			'Skip to content',
			'Missions Workshops',
			...chrome
		])
			expect(text, `${path} prints "${unwanted}"`).not.toContain(unwanted);
	});
}

/** What has the keyboard focus: its text or label, whether it is in the main part, and its ring. */
async function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		const ring =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
			style.boxShadow !== 'none';
		const box = el.getBoundingClientRect();
		return {
			name: (
				el.getAttribute('aria-label') ??
				(el as HTMLInputElement).labels?.[0]?.textContent ??
				el.textContent ??
				''
			).trim(),
			inNav: !!el.closest('nav'),
			inMain: !!el.closest('main'),
			ring,
			visible: box.width > 1 && box.height > 1
		};
	});
}

/** Presses Tab `count` times, noting where the focus lands each time. */
async function tabThrough(page: Page, count: number) {
	const stops: Awaited<ReturnType<typeof focused>>[] = [];
	for (let i = 0; i < count; i++) {
		await page.keyboard.press('Tab');
		stops.push(await focused(page));
	}
	for (const stop of stops) {
		expect(stop.ring, `a visible focus ring on "${stop.name}"`).toBe(true);
		expect(stop.visible, `"${stop.name}" is on screen when focused`).toBe(true);
	}
	return stops;
}

async function mainStart(page: Page, first: Locator) {
	// The skip link takes the keyboard past the header, straight to the page's own content.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
}

test('the keyboard reaches the skip link, the navigation, then the page, with focus shown', async ({
	page
}) => {
	await page.goto('/login');
	const login = await tabThrough(page, 5);
	expect(login.map((s) => s.name)).toEqual([
		'Skip to content',
		'CSDM Workbench',
		'Afficher en français',
		'Email',
		'Password'
	]);
	await page.goto('/login');
	await page.keyboard.press('Tab');
	await mainStart(page, page.getByLabel('Email'));

	await signIn(page, 'focal');
	await page.goto('/missions/UNITAMS/readiness');
	// Enough stops to pass the whole navigation, however many sections it lists.
	const stops = await tabThrough(page, 20);
	expect(stops[0].name).toBe('Skip to content');
	expect(stops[1].name).toBe('CSDM Workbench');
	const nav = stops.filter((s) => s.inNav).map((s) => s.name);
	expect(nav.slice(0, 6)).toEqual([
		'Missions',
		'Workshops',
		'Readiness',
		'Schedule',
		'Queries',
		'KPIs'
	]);
	// The navigation comes straight after the skip link and the name, before anything else.
	expect(stops.slice(2, 8).every((s) => s.inNav)).toBe(true);
	const firstInMain = stops.findIndex((s) => s.inMain);
	expect(firstInMain).toBeGreaterThan(8);
	expect(stops[firstInMain].name).toBe('← UNITAMS');

	await page.goto('/missions/UNITAMS/readiness');
	await page.keyboard.press('Tab');
	await mainStart(page, page.getByRole('link', { name: '← UNITAMS' }));
});
