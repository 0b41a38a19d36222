import { test, expect, signIn, post } from './fixtures';

const unique = (info: { project: { name: string } }, what: string) =>
	`${what} ${info.project.name} ${Date.now()} <b>مرحبا</b> 🙂`;

test('a query goes from the mission to the centre and back to a rated close', async ({
	page
}, info) => {
	const subject = unique(info, 'DSA not paid');
	await signIn(page, 'focalUnsos');
	await page.goto('/queries/new');
	await page.getByLabel('Service line').selectOption({ label: 'Travel' });
	await page.getByLabel('Requester name').fill('Amina Okello');
	await page.getByLabel('Requester email').fill('amina@un.org');
	await page.getByLabel('Subject').fill(subject);
	await page.getByRole('button', { name: 'Open the query' }).click();
	await expect(page).toHaveURL(/\/queries\/UNSOS-\d+$/);
	const ref = page.url().split('/').pop()!;
	// Markup, right-to-left text and emoji are shown as typed, never as HTML.
	await expect(page.locator('.user-text', { hasText: '<b>مرحبا</b>' }).first()).toBeVisible();
	await expect(page.getByText('Due', { exact: true })).toBeVisible();

	await page.getByLabel('New status').selectOption('in_progress');
	await page.getByRole('button', { name: 'Change status' }).click();
	await expect(page.getByText('changed the status from New to In progress')).toBeVisible();
	await page.getByLabel('Reason').fill('Needs the travel unit');
	await page.getByRole('button', { name: 'Escalate', exact: true }).click();
	await expect(page.getByText('escalated from Mission CSU to Centre service line')).toBeVisible();

	await signIn(page, 'agent');
	await page.goto(`/queries/${ref}`);
	await page.getByLabel('Internal note').check();
	await page.getByLabel('Text', { exact: true }).fill('Checking the ticket office');
	await page.getByRole('button', { name: 'Add to the timeline' }).click();
	await expect(page.getByText('added an internal note')).toBeVisible();
	await page.getByLabel('New status').selectOption('pending_client');
	await page.getByRole('button', { name: 'Change status' }).click();
	await expect(page.getByText('Clock paused')).toBeVisible();
	await page.getByLabel('New status').selectOption('resolved');
	await page.getByRole('button', { name: 'Change status' }).click();
	await expect(page.getByRole('region', { name: /^Target/ })).toContainText('Within target');

	await signIn(page, 'focalUnsos');
	await page.goto(`/queries/${ref}`);
	await page.getByLabel('Rating').selectOption('5');
	await page.getByLabel("Client's comment").fill('Quick and kind');
	await page.getByRole('button', { name: 'Close the query' }).click();
	await expect(page.getByText('5 out of 5')).toBeVisible();
	await expect(page.locator('span.badge', { hasText: 'Closed' })).toBeVisible();
});

test('each role may do only what its tier allows, even by direct request', async ({ page }) => {
	await signIn(page, 'csdp');
	// The oldest open one: other tests open and escalate new queries meanwhile.
	await page.goto('/queries?mission=UNSOS&status=open&tier=1&sort=oldest');
	const ref = (await page
		.getByRole('link', { name: /^UNSOS-\d+$/ })
		.first()
		.textContent())!;
	await page.goto(`/queries/${ref}`);
	const version = await page.locator('input[name=version]').first().inputValue();

	// Leadership reads but never writes.
	await signIn(page, 'leadership');
	expect((await page.goto(`/queries/${ref}`))!.status()).toBe(200);
	let res = await post(page, `/queries/${ref}?/status`, { version, status: 'resolved' });
	expect(res.status()).toBe(403);
	// An agent cannot act on a tier-1 query; another mission's focal point cannot see it.
	await signIn(page, 'agent');
	res = await post(page, `/queries/${ref}?/escalate`, { version, reason: 'x' });
	expect([403, 404]).toContain(res.status());
	await signIn(page, 'focalUnsmil');
	expect((await page.goto(`/queries/${ref}`))!.status()).toBe(404);
	res = await post(page, `/queries/${ref}?/message`, { kind: 'note', body: 'hi' });
	expect(res.status()).toBe(404);
	// A focal point of a mission that is not live has no tracker to write to.
	res = await post(page, '/queries/new', { missionId: '1', serviceLineId: '1', subject: 'x' });
	expect(res.status()).toBe(403);
	// A rating of 0 or "abc" is refused.
	await signIn(page, 'csdp');
	res = await post(page, `/queries/${ref}?/close`, { version, rating: '0' });
	expect(res.status()).toBe(400);
	res = await post(page, `/queries/${ref}?/close`, { version, rating: 'abc' });
	expect(res.status()).toBe(400);
	// A move the rules forbid (new → closed) changes nothing.
	res = await post(page, `/queries/${ref}?/status`, { version, status: 'closed' });
	expect(res.status()).toBe(400);
});

test('a double submit opens one query only', async ({ page }, info) => {
	await signIn(page, 'focalUnsos');
	await page.goto('/queries/new');
	const key = await page.locator('input[name=idempotencyKey]').inputValue();
	const fields = {
		missionId: (await page
			.getByLabel('Mission')
			.locator('option', { hasText: 'UNSOS' })
			.getAttribute('value'))!,
		serviceLineId: (await page
			.getByLabel('Service line')
			.locator('option', { hasText: 'Travel' })
			.first()
			.getAttribute('value'))!,
		requesterName: 'Twice',
		requesterEmail: 'twice@un.org',
		channel: 'email',
		priority: 'normal',
		subject: `Twice ${info.project.name} ${Date.now()}`,
		idempotencyKey: key
	};
	const first = await post(page, '/queries/new', fields);
	const second = await post(page, '/queries/new', fields);
	expect(first.status()).toBe(303);
	expect(second.headers()['location']).toBe(`${first.headers()['location']}?again=1`);
});

test('the import previews bad rows and writes nothing until all are good', async ({
	page
}, info) => {
	await signIn(page, 'csdp');
	await page.goto('/queries/import');
	const subject = `Imported ${info.project.name} ${Date.now()}`;
	const bad =
		'\ufeffmission;service_line;requester_name;requester_email;channel;priority;subject;received\n' +
		`UNSOS;TRAVEL;Ann;ann@un.org;email;normal;"${subject}\nsecond line";13/09/2021\n` +
		`UNSOS;TRAVEL;Bob;bob@un.org;email;normal;${subject} b;31/02/2021\n` +
		`UNITAMS;TRAVEL;Cy;cy@un.org;email;normal;${subject} c;01/10/2021\n`;
	await page.getByLabel('CSV file').setInputFiles({
		name: 'bad.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(bad)
	});
	await page.getByLabel('Dates in the file').selectOption('dmy');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByText('2 rows have problems')).toBeVisible();
	await expect(page.getByRole('row', { name: /^3 / })).toContainText('Not a real date');
	await expect(page.getByRole('row', { name: /^4 / })).toContainText('not live');
	await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

	const good = `mission,service_line,requester_name,requester_email,channel,priority,subject,received\nUNSOS,TRAVEL,Ann,ann@un.org,email,normal,${subject},09/13/2021\n`;
	await page.getByLabel('CSV file').setInputFiles({
		name: 'good.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(good)
	});
	await page.getByLabel('Dates in the file').selectOption('mdy');
	await page.getByRole('button', { name: 'Preview' }).click();
	await page.getByRole('button', { name: 'Import 1 queries' }).click();
	await expect(page.getByText('1 queries imported.')).toBeVisible();
	await page.goto(`/queries?q=${encodeURIComponent(subject)}`);
	await expect(page.getByText('1 queries')).toBeVisible();
});

test('the export gives the filtered list as CSV', async ({ page }) => {
	await signIn(page, 'leadership');
	const res = await page.request.get('/queries/export.csv?mission=UNISFA&status=closed');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toContain('text/csv');
	const lines = (await res.text()).trim().split('\r\n');
	expect(lines[0]).toContain('reference,mission,service_line');
	expect(lines.length).toBeGreaterThan(10);
	expect(lines.slice(1).every((l) => l.startsWith('UNISFA-') && l.includes(',closed,'))).toBe(true);
});
