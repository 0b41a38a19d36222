import ical from 'node-ical';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect, signIn, post, type Account } from './fixtures';
import type { Page } from '@playwright/test';

/** The events of an iCalendar text, as node-ical reads them back. */
const calendarEvents = (text: string) =>
	Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as unknown as {
		uid: string;
		summary: string;
		start: Date & { dateOnly?: boolean };
	}[];

// Each project works on a mission of its own, so that the two runs never share a plan.
const OWN: Record<string, { code: string; focal: Account }> = {
	js: { code: 'UNOAU', focal: 'focalUnoau' },
	nojs: { code: 'CNMC', focal: 'focalCnmc' }
};

async function planVersion(page: Page) {
	return page.locator('form[action="?/plan"] input[name="version"]').inputValue();
}

test('leadership reads the schedule: slippage, readiness, filters and CSV', async ({ page }) => {
	await signIn(page, 'leadership');
	await page.getByRole('link', { name: 'Schedule' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Launch schedule');
	const table = page.getByRole('table', { name: 'Schedule as a table' });
	const unowas = table.getByRole('row', { name: /^UNOWAS / });
	await expect(unowas).toContainText('Approved');
	await expect(unowas).toContainText('42 days late');
	await expect(unowas).toContainText('4 Oct 2021');
	// Other tests may publish a checklist with more items meanwhile.
	await expect(table.getByRole('row', { name: /^UNMISS / })).toContainText(/\d+% · Ready/);
	// Leadership changes nothing: no form to edit a plan, and a direct post is refused.
	await page.goto('/missions/UNOWAS/plan');
	await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
	const refused = await post(page, '/missions/UNOWAS/plan?/launch', {
		version: '1',
		launchedOn: '2021-11-15'
	});
	expect(refused.status()).toBe(403);

	await page.goto('/schedule');
	await page.getByLabel('Kind of mission').selectOption({ label: 'Peacekeeping operation' });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/kind=pko/);
	await expect(table.getByRole('row', { name: /^MINURSO / })).toBeVisible();
	await expect(table.getByRole('row', { name: /^UNOWAS / })).toHaveCount(0);

	const csv = await page.request.get('/schedule/export.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.split('\n')[0]).toContain('Mission');
	expect(text).toMatch(/UNOWAS,.*,2021-10-04,2021-11-15,42,/);
});

test('a focal point drafts and proposes; the gate refuses, an admin overrides; a slip and a launch', async ({
	page
}, info) => {
	const { code, focal } = OWN[info.project.name];
	await signIn(page, focal);
	await page.goto(`/missions/${code}/plan`);
	await expect(page.getByText('This mission has no launch plan yet.')).toBeVisible();
	await page.getByLabel('Target launch date').fill('2022-03-01');
	await page.getByLabel('Notes').fill('Drafted by the focal point');
	await page.getByRole('button', { name: 'Start the plan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
	await expect(page.getByText('Plan started as a draft')).toBeVisible();

	// A milestone after the launch is refused, with the field named.
	await page.getByRole('textbox', { name: 'Milestone', exact: true }).fill('Broadcast to staff');
	await page.getByLabel('Due date').fill('2022-04-01');
	await page.getByRole('button', { name: 'Add a milestone' }).click();
	await expect(
		page.getByText('A milestone cannot fall after the target launch date').first()
	).toBeVisible();
	await page.getByLabel('Due date').fill('2022-02-15');
	await page.getByRole('button', { name: 'Add a milestone' }).click();
	await expect(page.getByText('Milestone saved.')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Broadcast to staff' })).toContainText(
		'Due 15 Feb 2022'
	);

	await page.getByRole('button', { name: 'Propose for approval' }).click();
	await expect(page.getByText('Plan status changed.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'The plan' })).toContainText('Proposed');
	// A focal point cannot approve, even by a direct request.
	const own = await post(page, `/missions/${code}/plan?/move`, {
		version: await planVersion(page),
		move: 'approve'
	});
	expect(own.status()).toBe(403);

	// CSDP staff are stopped by the gate, which names the open items.
	await signIn(page, 'csdp');
	await page.goto(`/missions/${code}/plan`);
	await page.getByRole('button', { name: 'Approve the plan' }).click();
	await expect(page.getByRole('alert')).toContainText('Approval refused');
	await expect(page.getByRole('alert')).toContainText('CSU staff have accounts');
	await expect(page.getByRole('region', { name: 'The plan' })).toContainText('Proposed');

	// An admin approves past it, with a reason that stays with the plan.
	await signIn(page, 'admin');
	await page.goto(`/missions/${code}/plan`);
	await page.getByRole('button', { name: 'Approve the plan' }).click();
	await expect(page.getByText('Give a reason to approve past them').first()).toBeVisible();
	await page.getByLabel('Override reason').fill('Agreed at the forum');
	await page.getByRole('button', { name: 'Approve the plan' }).click();
	const summary = page.getByRole('region', { name: 'The plan' });
	await expect(summary).toContainText('Approved');
	await expect(summary).toContainText('Agreed at the forum');
	await expect(summary).toContainText('1 March 2022');

	// After approval a new date needs a reason; the slip then shows.
	await page.getByLabel('Target launch date').fill('2022-03-15');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Say why the target date moves.').first()).toBeVisible();
	await expect(summary).toContainText('1 March 2022');
	await page.getByLabel('Reason for a new target date').fill('Training moved');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(summary).toContainText('14 days late');
	await expect(page.getByText('Target date moved from 1 Mar 2022 to 15 Mar 2022')).toBeVisible();

	// A status move the rules forbid is refused on the server, nothing changed.
	const back = await post(page, `/missions/${code}/plan?/move`, {
		version: await planVersion(page),
		move: 'return_to_draft'
	});
	expect(back.status()).toBe(409);

	await page.getByLabel('Launched on').fill('2022-03-14');
	await page.getByRole('button', { name: 'Mark launched' }).click();
	await expect(page.getByText('The mission is live')).toBeVisible();
	await page.goto(`/missions/${code}`);
	await expect(page.getByText('Live').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Queries' }).last()).toBeVisible();
});

test('a focal point cannot read or change another mission’s plan by any request', async ({
	page
}) => {
	await signIn(page, 'focalUnsmil');
	expect((await page.goto('/missions/UNOWAS/plan'))!.status()).toBe(404);
	const write = await post(page, '/missions/UNOWAS/plan?/plan', {
		version: '1',
		targetDate: '2030-01-01',
		notes: '',
		reason: 'hostile'
	});
	expect(write.status()).toBe(404);
	await page.goto('/schedule');
	const rows = page.getByRole('table', { name: 'Schedule as a table' }).getByRole('row');
	await expect(rows).toHaveCount(2);
	const csv = await (await page.request.get('/schedule/export.csv')).text();
	expect(csv).not.toContain('UNOWAS');
});

for (const timezoneId of ['America/Bogota', 'Pacific/Kiritimati']) {
	test.describe(`a plain date entered in ${timezoneId}`, () => {
		test.use({ timezoneId });
		test('stays the same day on the page and in the CSV', async ({ page }, info) => {
			const title = `Round trip ${info.project.name} ${timezoneId}`;
			await signIn(page, 'csdp');
			await page.goto('/missions/UNOCA/plan');
			const add = page.locator('form[action="?/milestone"]').last();
			await add.getByRole('textbox', { name: 'Milestone', exact: true }).fill(title);
			await add.getByLabel('Due date').fill('2021-09-01');
			await add.getByRole('button', { name: 'Add a milestone' }).click();
			const item = page.getByRole('listitem').filter({ hasText: title });
			await expect(item).toContainText('Due 1 Sept 2021');
			// A fresh visit, not a reload: reloading a page answered to a post sends it again.
			await page.goto('/missions/UNOCA/plan');
			await expect(item).toContainText('Due 1 Sept 2021');

			const csv = await (await page.request.get('/schedule/export.csv')).text();
			expect(csv).toContain(`2021-09-01 ${title}`);
		});
	});
}

test('the calendar feed gives launch dates and milestones as all-day dates, until revoked', async ({
	page
}, info) => {
	// One account's address is shared by both projects; only one of them renews it.
	test.skip(info.project.name !== 'js', 'the feed is the same without JavaScript');
	// The UNOCA focal point works in French.
	await signIn(page, 'focalUnoca');
	await page.goto('/schedule');
	await page.getByRole('button', { name: /Créer mon adresse|Créer une nouvelle adresse/ }).click();
	const address = (await page.locator('code').innerText()).trim();
	expect(address).toMatch(/\/schedule\/feed\/[A-Za-z0-9_-]+\.ics$/);
	await page.context().clearCookies();
	// Calendar applications come without a session: the address alone opens the feed.
	const feed = await page.request.get(address);
	expect(feed.headers()['content-type']).toContain('text/calendar');
	const text = await feed.text();
	expect(text).toContain('DTSTART;VALUE=DATE:20211101');
	expect(text).not.toContain('UNOWAS');
	const events = calendarEvents(text);
	const launch = events.find((e) => e.uid === 'launch-UNOCA@csdm-workbench');
	const start = launch!.start;
	expect(start.dateOnly).toBe(true);
	expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2021, 11, 1]);

	await signIn(page, 'focalUnoca');
	await page.goto('/schedule');
	await page.getByRole('button', { name: 'Révoquer mon adresse' }).click();
	await expect(page.getByText('Votre adresse de calendrier ne fonctionne plus.')).toBeVisible();
	expect((await page.request.get(address)).status()).toBe(404);
});

test('the schedule prints on one landscape A4 page', async ({ page }, info) => {
	test.skip(info.project.name !== 'js', 'printing does not depend on JavaScript');
	await signIn(page, 'leadership');
	await page.goto('/schedule');
	await page.emulateMedia({ media: 'print' });
	// Up to twenty missions must fit: the rollout has fifteen, so the longest rows are repeated.
	await page.locator('.timeline-row').first().waitFor();
	await page.evaluate(() => {
		const rows = [...document.querySelectorAll('.timeline-row')];
		const longest = [...rows].sort((a, b) => b.textContent!.length - a.textContent!.length);
		for (let i = rows.length; i < 20; i++) {
			rows[0].parentElement!.append(longest[i % longest.length].cloneNode(true));
		}
	});
	await expect(page.locator('.timeline-row')).toHaveCount(20);
	const asPrinted = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
	expect((await getDocumentProxy(new Uint8Array(asPrinted))).numPages).toBe(1);
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const doc = await getDocumentProxy(new Uint8Array(pdf));
	expect(doc.numPages).toBe(1);
	const [, , width, height] = (await doc.getPage(1)).view;
	expect(width).toBeGreaterThan(height);
	const text = (await extractText(doc, { mergePages: true })).text.replace(/\s+/g, ' ');
	// Every mission is on it, with its plan status and readiness.
	for (const code of ['UNMISS', 'UNOWAS', 'MINURSO', 'UNSOS']) expect(text).toContain(code);
	expect(text).toContain('42 days late');
});
