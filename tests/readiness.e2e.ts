import type { Locator, Page } from '@playwright/test';
import { test, expect, signIn, post } from './fixtures';

// Each project answers different items of UNITAMS, so the two runs never step on each other.
const ITEMS = {
	js: {
		flow: 'CSU working hours and contact channel are set',
		conflict: 'CSDP contacts for each service line are shared with the CSU',
		refused: 'A fallback channel exists when the tool cannot be reached'
	},
	nojs: {
		flow: 'The mission can see and report on its own cases',
		conflict: 'The CSU knows the indicators it will report on',
		refused: 'Clients have a short guide on how to raise a query'
	}
} as const;
type Project = keyof typeof ITEMS;

function item(page: Page, title: string): Locator {
	return page.getByRole('article', { name: title });
}

async function openAnswer(page: Page, title: string): Promise<Locator> {
	const it = item(page, title);
	await it.getByText('Edit answer').click();
	return it;
}

async function weightDone(page: Page): Promise<number> {
	const text = await page.getByText(/ of \d+ weight points done/).textContent();
	return Number(/^(\d+) of/.exec(text ?? '')![1]);
}

test('a focal point fills an item of the checklist and sees the score move', async ({
	page
}, info) => {
	const titles = ITEMS[info.project.name as Project];
	await signIn(page, 'focal');
	await page.goto('/missions/UNITAMS');
	await page.getByRole('link', { name: 'Open the readiness checklist' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('UNITAMS readiness checklist');
	const before = await weightDone(page);

	const it = await openAnswer(page, titles.flow);
	await it.getByLabel('Status').selectOption('done');
	await it
		.getByLabel('Evidence', { exact: true })
		.fill(`Agreed at the CSU meeting ${info.project.name}`);
	await it.getByLabel('Link to evidence (http or https)').fill('https://example.org/minutes');
	await it.getByLabel('Owner').fill('Amina, CSU lead');
	await it.getByLabel('Due date').fill('2021-09-30');
	await it.getByRole('button', { name: 'Save answer' }).click();

	const saved = item(page, titles.flow);
	await expect(saved.getByRole('status')).toHaveText('Answer saved.');
	await expect(saved.getByTestId('item-status')).toHaveText('Done');
	await expect(saved.getByText('Amina, CSU lead')).toBeVisible();
	await expect(saved.getByText(/^30 Sept? 2021/)).toBeVisible();
	await expect(saved.getByRole('link', { name: 'https://example.org/minutes' })).toBeVisible();
	expect(await weightDone(page)).toBeGreaterThan(before);
	await expect(
		page.getByRole('region', { name: 'Score history' }).getByText(`Answer to "${titles.flow}"`)
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await page.goto('/missions/UNITAMS');
	await expect(page.getByText('Aligning').first()).toBeVisible();
});

test('bad answers are refused with a clear message and change nothing', async ({ page }, info) => {
	const titles = ITEMS[info.project.name as Project];
	await signIn(page, 'focal');
	await page.goto('/missions/UNITAMS/readiness');

	let it = await openAnswer(page, titles.refused);
	await it.getByLabel('Status').selectOption('not_applicable');
	await it.getByLabel('Link to evidence (http or https)').fill('javascript:alert(1)');
	await it.getByRole('button', { name: 'Save answer' }).click();
	it = item(page, titles.refused);
	await expect(it.getByText('Say why this item does not apply.')).toBeVisible();
	await expect(it.getByText('Enter a link starting with http:// or https://.')).toBeVisible();
	await expect(it.getByLabel('Link to evidence (http or https)')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await page.goto('/missions/UNITAMS/readiness');
	await expect(item(page, titles.refused).getByTestId('item-status')).toHaveText('Not started');

	const required = await openAnswer(page, 'Mission leadership endorsed the launch');
	const itemId = await required.locator('input[name=itemId]').inputValue();
	const refused = await post(page, '/missions/UNITAMS/readiness?/save', {
		itemId,
		version: '0',
		status: 'not_applicable',
		notApplicableReason: 'We think so'
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('A required item cannot be marked not applicable');
	const stale = await post(page, '/missions/UNITAMS/readiness?/save', {
		itemId,
		version: '7',
		status: 'done'
	});
	expect(stale.status()).toBe(409);
	const garbage = await post(page, '/missions/UNITAMS/readiness?/save', {
		itemId: 'abc',
		version: 'x',
		status: 'finished'
	});
	expect(garbage.status()).toBe(400);
});

test('a stale save is refused and shows the newer answer', async ({ page, browser }, info) => {
	const title = ITEMS[info.project.name as Project].conflict;
	await signIn(page, 'focal');
	await page.goto('/missions/UNITAMS/readiness');
	const mine = await openAnswer(page, title);
	await mine.getByLabel('Evidence', { exact: true }).fill('Contacts list from the focal point');

	const other = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled
	});
	const csdp = await other.newPage();
	await signIn(csdp, 'csdp');
	await csdp.goto('/missions/UNITAMS/readiness');
	const theirs = await openAnswer(csdp, title);
	await theirs.getByLabel('Status').selectOption('in_progress');
	await theirs.getByLabel('Evidence', { exact: true }).fill('List requested from CSDP');
	await theirs.getByRole('button', { name: 'Save answer' }).click();
	await expect(item(csdp, title).getByRole('status')).toHaveText('Answer saved.');
	await other.close();

	await mine.getByRole('button', { name: 'Save answer' }).click();
	const after = item(page, title);
	await expect(after.getByRole('alert')).toContainText(
		'Someone else saved this answer while you were editing it.'
	);
	const newer = after.locator('section[aria-live]');
	await expect(newer).toContainText('Newer values');
	await expect(newer).toContainText('List requested from CSDP');
	await expect(newer).toContainText('In progress');
	// What the focal point typed is still in the field, ready to be saved over the newer answer.
	await expect(after.getByLabel('Evidence', { exact: true })).toHaveValue(
		'Contacts list from the focal point'
	);
	await after.getByLabel('Status').selectOption('done');
	await after.getByRole('button', { name: 'Save answer' }).click();
	await expect(item(page, title).getByRole('status')).toHaveText('Answer saved.');
	await expect(item(page, title).getByTestId('item-status')).toHaveText('Done');
});

test("a focal point cannot read or change another mission's checklist by any request", async ({
	page
}) => {
	await signIn(page, 'focalUnsmil');
	await page.goto('/missions/UNSMIL/readiness');
	const own = await openAnswer(page, 'A senior sponsor follows progress');
	const itemId = await own.locator('input[name=itemId]').inputValue();
	const answer = { itemId, version: '0', status: 'done', evidence: 'Not mine to give' };

	expect((await page.goto('/missions/UNITAMS/readiness'))?.status()).toBe(404);
	const across = await post(page, '/missions/UNITAMS/readiness?/save', answer);
	expect(across.status()).toBe(404);
	expect((await page.goto('/readiness/template'))?.status()).toBe(403);
	const draft = await post(page, '/readiness/template?/startDraft', {});
	expect(draft.status()).toBe(403);
	const publish = await post(page, '/readiness/template?/publish', { version: '1' });
	expect(publish.status()).toBe(403);
	await page.goto('/readiness');
	await expect(page.getByRole('rowheader')).toHaveText(['UNSMIL']);

	await signIn(page, 'leadership');
	const byLeadership = await post(page, '/missions/UNITAMS/readiness?/save', answer);
	expect(byLeadership.status()).toBe(403);
	await page.goto('/missions/UNITAMS/readiness');
	await expect(page.getByText('Edit answer')).toHaveCount(0);
	await expect(
		item(page, 'A senior sponsor follows progress').getByTestId('item-status')
	).toHaveText('Not started');
	await expect(page.getByText('Not mine to give')).toHaveCount(0);
});

test('the overview shows every workshop mission by area, in colour and in words', async ({
	page
}) => {
	await signIn(page, 'leadership');
	await page.getByRole('link', { name: 'Readiness', exact: true }).click();
	for (const code of [
		'UNITAMS',
		'UNSMIL',
		'UNOCA',
		'OSESG-GL',
		'UNOWAS',
		'CNMC',
		'UNOAU',
		'OSE-HOA',
		'MINURSO'
	]) {
		await expect(page.getByRole('rowheader', { name: code })).toBeVisible();
	}
	await expect(page.getByRole('rowheader', { name: 'UNSOS' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Sort by score' }).click();
	await expect(page.getByText('Sorted by highest score first')).toBeVisible();
	await expect(page.getByRole('rowheader').first()).toHaveText('UNMISS');
	const unoca = page.getByRole('row', { name: /^UNOCA / });
	await expect(unoca).toContainText('Not ready');
	const cell = unoca.getByRole('link', { name: /Client Support Unit/ });
	await expect(cell).toContainText('3/4');
	await cell.click();
	await expect(page).toHaveURL(/\/missions\/UNOCA\/readiness#area-csu$/);
	await expect(page.getByRole('region', { name: /^Client Support Unit/ })).toBeVisible();
	await expect(page.getByText('Edit answer')).toHaveCount(0);
});

test('CSDP publish a new checklist version and missions keep their answers', async ({
	page
}, info) => {
	await signIn(page, 'csdp');
	if (info.project.name !== 'js') {
		// One draft is shared by everyone: only one project publishes; this one checks refusals.
		const refused = await post(page, '/readiness/template?/saveItem', {
			itemId: '0',
			areaId: '1',
			titleEn: 'x',
			titleFr: 'x',
			weight: '-1'
		});
		expect(refused.status()).toBe(400);
		expect(await refused.text()).toContain('Enter a whole number from 0 to 100.');
		return;
	}
	await page.goto('/readiness/template');
	await expect(page.getByRole('heading', { name: 'Current version: 1' })).toBeVisible();
	await page.getByRole('button', { name: 'Start a new version' }).click();
	await expect(page.getByRole('heading', { name: 'Draft version 2' })).toBeVisible();

	const add = page.getByRole('region', { name: 'Add an item' });
	await add.getByLabel('Area').selectOption({ label: 'Communications to staff' });
	await add.getByLabel('Title (English)').fill('Staff know where to find the query status');
	await add.getByLabel('Title (French)').fill("Le personnel sait où trouver l'état de sa requête");
	await add.getByLabel('Weight (0–100)').fill('lots');
	await add.getByRole('button', { name: 'Add an item' }).click();
	await expect(
		page
			.getByRole('region', { name: 'Add an item' })
			.getByText('Enter a whole number from 0 to 100.')
	).toBeVisible();
	await page.getByRole('region', { name: 'Add an item' }).getByLabel('Weight (0–100)').fill('1');
	await page
		.getByRole('region', { name: 'Add an item' })
		.getByRole('button', { name: 'Add an item' })
		.click();
	await expect(page.getByRole('status')).toHaveText('Item added.');

	await page.getByRole('button', { name: 'Publish version 2' }).click();
	await expect(page.getByRole('status')).toContainText('Version 2 published');
	await expect(page.getByRole('heading', { name: 'Current version: 2' })).toBeVisible();

	await page.goto('/missions/UNOCA/readiness');
	await expect(page.getByText(/Central Africa · Checklist version 2/)).toBeVisible();
	await expect(
		item(page, 'A Client Support Unit is set up at mission level').getByTestId('item-status')
	).toHaveText('Done');
	await expect(
		item(page, 'Staff know where to find the query status').getByTestId('item-status')
	).toHaveText('Not started');
	await expect(
		page.getByRole('region', { name: 'Score history' }).getByText(/Moved to checklist version 2/)
	).toBeVisible();
});
