import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { test, expect, signIn, post, type Account } from './fixtures';

/**
 * Each project captures in a breakout group of its own, so that the two runs never share a
 * mission: `flow` is the mission whose focal point follows up the actions, `bad` takes the
 * refused and the oddly typed entries, `busy` the concurrent posts and the printed report.
 */
const OWN: Record<
	string,
	{ group: string; flow: string; focal: Account; bad: string; busy: string }
> = {
	js: {
		group: 'Breakout 3 — Great Lakes and Horn of Africa',
		flow: 'UNOAU',
		focal: 'focalUnoau',
		bad: 'OSESG-GL',
		busy: 'OSE-HOA'
	},
	nojs: {
		group: 'Breakout 2 — Central and West Africa',
		flow: 'CNMC',
		focal: 'focalCnmc',
		bad: 'UNOCA',
		busy: 'UNOWAS'
	}
};

interface Entry {
	kind: 'strength' | 'weakness';
	area: string;
	statement: string;
	impact?: 'Low' | 'Medium' | 'High';
	action?: string;
	owner?: string;
	due?: string;
}

/** The capture page of this project's breakout group, reached as a facilitator would. */
async function openCapture(page: Page, info: TestInfo): Promise<string> {
	await page.goto('/workshops/1');
	await page
		.getByRole('link', { name: `Capture assessments — ${OWN[info.project.name].group}` })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Capture: ${OWN[info.project.name].group}`
	);
	return new URL(page.url()).pathname;
}

const entryForm = (page: Page, code: string) =>
	page.getByRole('form', { name: `New entry for ${code}` });
const column = (page: Page, code: string) => page.getByRole('region', { name: code, exact: true });
const entryIn = (scope: Locator | Page, statement: string) =>
	scope.getByRole('article').filter({ hasText: statement });

/** Types one entry into a mission's form on the capture page and waits until it is listed. */
async function record(page: Page, code: string, e: Entry) {
	const form = entryForm(page, code);
	await form.getByRole('radio', { name: e.kind === 'strength' ? 'Strength' : 'Weakness' }).check();
	await form.getByLabel('Area').selectOption({ label: e.area });
	await form.getByLabel('Statement').fill(e.statement);
	if (e.kind === 'weakness') {
		await form.getByLabel('Impact').selectOption({ label: e.impact ?? 'Medium' });
		await form.getByLabel('Improvement action').fill(e.action ?? '');
		await form.getByLabel('Owner').fill(e.owner ?? '');
		await form.getByLabel('Due date').fill(e.due ?? '');
	}
	await form.getByRole('button', { name: `Add to ${code}` }).click();
	await expect(entryIn(column(page, code), e.statement)).toBeVisible();
	await expect(entryForm(page, code).getByRole('status')).toHaveText(`Entry added to ${code}.`);
}

/** The ids a direct post needs: the mission's, from its form, and the areas', by name. */
async function formIds(page: Page, code: string) {
	const form = entryForm(page, code);
	const missionId = await form.locator('input[name=missionId]').inputValue();
	const areas: Record<string, string> = {};
	for (const option of await form.getByLabel('Area').locator('option').all()) {
		areas[(await option.textContent())!.trim()] = (await option.getAttribute('value'))!;
	}
	return { missionId, areas };
}

async function asRole(browser: Browser, info: TestInfo, who: Account) {
	const context = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled
	});
	const page = await context.newPage();
	await signIn(page, who);
	return { context, page };
}

/** Where a text is on screen (the same text may also sit in a closed edit form). */
const shown = (page: Page, text: string) =>
	page.locator('main').getByText(text).filter({ visible: true }).first();

const csvRows = async (page: Page) => {
	const response = await page.request.get('/workshops/1/report.csv');
	expect(response.headers()['content-type']).toContain('text/csv');
	const bytes = await response.body();
	// A byte-order mark tells spreadsheet programs the file is UTF-8, so accents survive.
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return parsed.data;
};

test('a facilitator records a breakout; the mission page, the report and the CSV show it', async ({
	page
}, info) => {
	const own = OWN[info.project.name];
	const tag = `${info.project.name}-${Date.now()}`;
	const strength = `Deux agents formés à la CSU d’Addis-Abeba, équipe très motivée ${tag}`;
	const late = {
		kind: 'weakness',
		area: 'Connectivity and equipment',
		statement: `Connexion instable à Niamey : les réunions coupent ${tag}`,
		impact: 'High',
		action: `Installer une liaison satellite de secours ${tag}`,
		owner: 'Chef de l’appui à la mission — Émilie Noël',
		due: '2021-09-30'
	} satisfies Entry;
	const later = {
		kind: 'weakness',
		area: 'CSU staffing',
		statement: `Only one CSU officer covers every duty station ${tag}`,
		impact: 'Medium',
		action: `Designate a second CSU focal point ${tag}`,
		owner: 'Chief of mission support',
		due: '2099-12-31'
	} satisfies Entry;
	const undated = {
		kind: 'weakness',
		area: 'Escalation process',
		statement: `Staff do not know when to escalate to the centre ${tag}`,
		impact: 'Low',
		action: `Brief the section chiefs on escalation ${tag}`,
		owner: 'CSU lead'
	} satisfies Entry;

	await signIn(page, 'csdp');
	const capture = await openCapture(page, info);
	const group = page.locator('main').getByRole('region');
	const codes = (await group.getByRole('heading', { level: 2 }).allInnerTexts()).map((t) =>
		t.trim()
	);
	expect(codes).toContain(own.flow);
	expect(codes).toHaveLength(3);

	// One strength and one weakness with its action for every mission of the group.
	for (const code of codes) {
		if (code === own.flow) continue;
		await record(page, code, {
			kind: 'strength',
			area: 'Leadership commitment',
			statement: `${code} leadership chairs the CSDM steering meeting ${tag}`
		});
		await record(page, code, {
			kind: 'weakness',
			area: 'Communications to staff',
			statement: `${code} staff have not heard of the CSU ${tag}`,
			impact: 'Medium',
			action: `Broadcast the CSU contacts to all staff ${tag}`,
			owner: `${code} public information`,
			due: '2099-06-30'
		});
	}
	await record(page, own.flow, { kind: 'strength', area: 'CSU staffing', statement: strength });
	await record(page, own.flow, late);
	await record(page, own.flow, later);
	await record(page, own.flow, undated);

	const flow = column(page, own.flow);
	await expect(entryIn(flow, late.statement)).toContainText('Due date: 30 Sept 2021');
	await expect(entryIn(flow, late.statement)).toContainText('Overdue');
	await expect(entryIn(flow, later.statement)).not.toContainText('Overdue');
	// A blank optional field is shown as not set, never as 0 or "null".
	await expect(entryIn(flow, undated.statement)).toContainText('Due date: Not set');
	// A fresh visit shows what is stored, not only what the form answered.
	await page.goto(capture);
	for (const s of [strength, late.statement, later.statement, undated.statement])
		await expect(entryIn(column(page, own.flow), s)).toBeVisible();

	// The mission's focal point reads it by area, open actions first, the overdue one marked.
	await signIn(page, own.focal);
	await page.goto(`/missions/${own.flow}`);
	const assessment = page.getByRole('region', { name: 'Assessment', exact: true });
	await expect(
		entryIn(assessment.getByRole('region', { name: 'CSU staffing' }), strength)
	).toBeVisible();
	await expect(
		entryIn(assessment.getByRole('region', { name: 'Connectivity and equipment' }), late.statement)
	).toBeVisible();
	await expect(
		entryIn(assessment.getByRole('region', { name: 'Escalation process' }), undated.statement)
	).toBeVisible();
	const areaOrder = await assessment.getByRole('heading', { level: 3 }).allInnerTexts();
	expect(areaOrder).toEqual(['CSU staffing', 'Escalation process', 'Connectivity and equipment']);

	const actions = page.getByRole('region', { name: 'Improvement actions' }).getByRole('listitem');
	await expect(actions).toHaveCount(3);
	await expect(actions.nth(0)).toContainText(late.action);
	await expect(actions.nth(0)).toContainText('Overdue');
	await expect(actions.nth(1)).toContainText(later.action);
	await expect(actions.nth(2)).toContainText(undated.action);
	await expect(actions.nth(2)).toContainText('Due date: Not set');
	await expect(actions.filter({ hasText: 'Overdue' })).toHaveCount(1);

	// The focal point closes the late action: it moves after the open ones and is no longer late.
	const first = actions.nth(0);
	await first.locator('summary').click();
	await first.getByLabel('Status').selectOption({ label: 'Done' });
	await first.getByLabel('Closing note').fill('Liaison installée le 12 octobre');
	await first.getByRole('button', { name: 'Update action' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Action updated.' })).toBeVisible();
	await expect(actions.nth(2)).toContainText(late.action);
	await expect(actions.nth(2)).toContainText('Done');
	await expect(actions.nth(2)).not.toContainText('Overdue');
	await expect(actions.nth(0)).toContainText(later.action);

	// The report shows every mission's entries; the focal point's holds their mission only.
	await page.goto('/workshops/1/report');
	const mine = page.getByRole('region', { name: new RegExp(`^${own.flow} — `) });
	await expect(mine).toContainText(strength);
	await expect(mine).toContainText(late.owner);
	await expect(mine).toContainText('Liaison installée le 12 octobre');
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(1);

	await signIn(page, 'leadership');
	await page.goto('/workshops/1/report');
	const section = page.getByRole('region', { name: own.group });
	for (const code of codes) {
		const mission = section.getByRole('region', { name: new RegExp(`^${code} — `) });
		await expect(mission.getByRole('heading', { name: 'Strengths' })).toBeVisible();
		await expect(mission.getByRole('heading', { name: 'Weaknesses' })).toBeVisible();
	}
	await expect(section.getByRole('listitem').filter({ hasText: later.statement })).toContainText(
		'Due date: 31 Dec 2099'
	);

	// The CSV opens in a spreadsheet with the accents whole and blank fields empty.
	const rows = (await csvRows(page)).filter((r) => r.Statement.endsWith(tag));
	expect(rows).toHaveLength(8);
	const byStatement = Object.fromEntries(rows.map((r) => [r.Statement, r]));
	expect(byStatement[strength]).toMatchObject({
		Mission: own.flow,
		Area: 'CSU staffing',
		Kind: 'Strength',
		Impact: '',
		'Improvement action': '',
		Owner: '',
		'Due date': ''
	});
	expect(byStatement[late.statement]).toMatchObject({
		'Breakout group': own.group,
		Mission: own.flow,
		Area: 'Connectivity and equipment',
		Kind: 'Weakness',
		Impact: 'High',
		'Improvement action': late.action,
		Owner: late.owner,
		'Due date': '2021-09-30',
		Status: 'Done',
		'Closing note': 'Liaison installée le 12 octobre',
		Overdue: ''
	});
	expect(byStatement[undated.statement]).toMatchObject({ 'Due date': '', Status: 'Open' });
	for (const row of rows)
		for (const [field, value] of Object.entries(row))
			expect(['0', 'null', 'undefined', 'NaN'], `${field} of ${row.Statement}`).not.toContain(
				value
			);
});

test('bad entries are refused with a clear message; markup is stored and shown as text', async ({
	page
}, info) => {
	const { bad } = OWN[info.project.name];
	const tag = `refused-${info.project.name}-${Date.now()}`;
	await signIn(page, 'csdp');
	const capture = await openCapture(page, info);

	// In the form: an empty statement, and a weakness without impact, action or owner.
	const form = entryForm(page, bad);
	await form.getByRole('radio', { name: 'Weakness' }).check();
	await form.getByLabel('Area').selectOption({ label: 'Escalation process' });
	await form.getByLabel('Statement').fill('   ');
	await form.getByRole('button', { name: `Add to ${bad}` }).click();
	const refused = entryForm(page, bad);
	await expect(refused.getByRole('alert')).toHaveText(
		'The form has errors; nothing was saved. Check the fields marked below.'
	);
	await expect(refused.getByText('This field is required.')).toBeVisible();
	await expect(refused.getByLabel('Statement')).toHaveAttribute('aria-invalid', 'true');
	await expect(refused.getByText('Choose the impact of this weakness.')).toBeVisible();
	await expect(refused.getByText('A weakness needs an improvement action.')).toBeVisible();
	await expect(refused.getByText('Name who owns the action.')).toBeVisible();

	// Straight to the server: each refused with its reason, nothing stored.
	await page.goto(capture);
	const { missionId, areas } = await formIds(page, bad);
	const valid = {
		missionId,
		kind: 'weakness',
		areaId: areas['Escalation process'],
		statement: `A fine statement ${tag}`,
		impact: 'medium',
		actionDescription: `A fine action ${tag}`,
		actionOwner: 'CSU lead',
		actionDueDate: '2021-10-01'
	};
	const cases: [string, Record<string, string>, string][] = [
		['an unknown area', { areaId: '9999' }, 'This area does not exist or is no longer offered.'],
		['an area that is no number', { areaId: 'staffing' }, 'Choose one of the options offered.'],
		['an unknown mission', { missionId: '99999' }, 'This mission is not in this breakout group.'],
		['an unknown kind', { kind: 'opportunity' }, 'Choose one of the options offered.'],
		['an unknown impact', { impact: 'huge' }, 'Choose one of the options offered.'],
		[
			'a day that does not exist',
			{ actionDueDate: '2021-02-30' },
			'Enter a real date as YYYY-MM-DD.'
		],
		[
			'a date in another shape',
			{ actionDueDate: '30/09/2021' },
			'Enter a real date as YYYY-MM-DD.'
		],
		['an empty statement', { statement: '' }, 'This field is required.'],
		['a statement of spaces', { statement: ' \n\t ' }, 'This field is required.'],
		[
			'a statement of tens of thousands of characters',
			{ statement: `${tag} ${'é'.repeat(40_000)}` },
			'At most 2000 characters.'
		],
		[
			'an action of tens of thousands of characters',
			{ actionDescription: `${tag} ${'x'.repeat(60_000)}` },
			'At most 2000 characters.'
		]
	];
	for (const [what, change, reason] of cases) {
		const response = await post(page, `${capture}?/add`, { ...valid, ...change });
		expect(response.status(), what).toBe(400);
		expect(await response.text(), what).toContain(reason);
	}
	await page.goto(capture);
	await expect(page.getByText(tag)).toHaveCount(0);

	// Markup in every text is kept as typed and shown as text, never run.
	const markup = {
		kind: 'weakness',
		area: 'Escalation process',
		statement: `<script>window.__ran = 1</script><b>bold</b> & "quoted" ${tag}`,
		impact: 'High',
		action: `<img src=x onerror="window.__ran = 2">Fix it ${tag}`,
		owner: '<a href="javascript:alert(1)">owner</a>'
	} satisfies Entry;
	await record(page, bad, markup);
	for (const path of [capture, `/missions/${bad}`, '/workshops/1/report']) {
		await page.goto(path);
		for (const text of [markup.statement, markup.action, markup.owner])
			await expect(shown(page, text), path).toBeVisible();
		expect(await page.locator('main img, main b, main a[href^="javascript"]').count(), path).toBe(
			0
		);
		expect(await page.evaluate(() => (window as { __ran?: number }).__ran), path).toBeUndefined();
	}
	const row = (await csvRows(page)).find((r) => r.Statement === markup.statement);
	expect(row).toMatchObject({ 'Improvement action': markup.action, 'Due date': '' });
});

test('two facilitators posting to one group at once both keep their entries', async ({
	page,
	browser
}, info) => {
	const { busy } = OWN[info.project.name];
	const tag = `${info.project.name}-${Date.now()}`;
	await signIn(page, 'csdp');
	const capture = await openCapture(page, info);
	const other = await asRole(browser, info, 'admin');
	await other.page.goto(capture);

	const mine = `Strength seen by the first facilitator ${tag}`;
	const theirs = `Strength seen by the second facilitator ${tag}`;
	for (const [p, statement] of [
		[page, mine],
		[other.page, theirs]
	] as const) {
		const form = entryForm(p, busy);
		await form.getByRole('radio', { name: 'Strength' }).check();
		await form.getByLabel('Area').selectOption({ label: 'Communications to staff' });
		await form.getByLabel('Statement').fill(statement);
	}
	await Promise.all([
		entryForm(page, busy)
			.getByRole('button', { name: `Add to ${busy}` })
			.click(),
		entryForm(other.page, busy)
			.getByRole('button', { name: `Add to ${busy}` })
			.click()
	]);
	await expect(entryIn(column(page, busy), mine)).toBeVisible();
	await expect(entryIn(column(other.page, busy), theirs)).toBeVisible();

	// And a burst of direct posts from both, all in flight together.
	const { missionId, areas } = await formIds(page, busy);
	const burst = (p: Page, who: string, n: number) =>
		post(p, `${capture}?/add`, {
			missionId,
			kind: 'strength',
			areaId: areas['Communications to staff'],
			statement: `Burst ${who} ${n} ${tag}`
		});
	const answers = await Promise.all(
		[0, 1, 2, 3, 4].flatMap((n) => [burst(page, 'one', n), burst(other.page, 'two', n)])
	);
	expect(answers.map((a) => a.status())).toEqual(answers.map(() => 200));
	await other.context.close();

	await page.goto(capture);
	const list = column(page, busy);
	await expect(entryIn(list, mine)).toHaveCount(1);
	await expect(entryIn(list, theirs)).toHaveCount(1);
	await expect(entryIn(list, `${tag}`)).toHaveCount(12);
});

test('each role may do only what is theirs, even by a direct request', async ({
	page,
	browser
}, info) => {
	const { bad, focal } = OWN[info.project.name];
	const tag = `rights-${info.project.name}-${Date.now()}`;
	const statement = `A weakness only CSDP may change ${tag}`;
	await signIn(page, 'csdp');
	const capture = await openCapture(page, info);
	await record(page, bad, {
		kind: 'weakness',
		area: 'Leadership commitment',
		statement,
		impact: 'Medium',
		action: `An action only its mission may move ${tag}`,
		owner: 'Head of mission'
	});
	const { missionId, areas } = await formIds(page, bad);
	const entryId = await entryIn(column(page, bad), statement)
		.locator('form[action="?/delete"] input[name=entryId]')
		.inputValue();
	await page.goto(`/missions/${bad}`);
	const actionItem = page
		.getByRole('region', { name: 'Improvement actions' })
		.getByRole('listitem')
		.filter({ hasText: statement });
	const actionId = await actionItem.locator('input[name=actionId]').inputValue();

	const add = {
		missionId,
		kind: 'strength',
		areaId: areas['Leadership commitment'],
		statement: `Posted by the wrong person ${tag}`
	};
	const edit = {
		entryId,
		version: '1',
		kind: 'weakness',
		areaId: areas['Leadership commitment'],
		statement: `Rewritten by the wrong person ${tag}`,
		impact: 'low'
	};
	const progress = { actionId, version: '1', status: 'dropped', closingNote: 'Not ours' };
	const whole = { ...progress, description: 'Changed', owner: 'Someone else', dueDate: '' };

	// Leadership reads the breakout but changes nothing.
	const leadership = await asRole(browser, info, 'leadership');
	await leadership.page.goto(capture);
	await expect(
		leadership.page.getByText("You can read this breakout's assessments; CSDP staff record them.")
	).toBeVisible();
	await expect(leadership.page.getByRole('form')).toHaveCount(0);
	await expect(entryIn(leadership.page, statement)).toBeVisible();
	// A focal point of the mission itself, of another mission, and a service-line agent.
	const ownFocal = await asRole(browser, info, focal);
	const otherFocal = await asRole(browser, info, 'focalUnsmil');
	const agent = await asRole(browser, info, 'agent');
	expect((await otherFocal.page.goto(capture))!.status()).toBe(403);
	expect((await otherFocal.page.goto(`/missions/${bad}`))!.status()).toBe(404);

	const expected: [string, Page, string, Record<string, string>, number][] = [
		['leadership adds', leadership.page, `${capture}?/add`, add, 403],
		['leadership edits', leadership.page, `${capture}?/edit`, edit, 403],
		['leadership deletes', leadership.page, `${capture}?/delete`, { entryId, version: '1' }, 403],
		['leadership moves an action', leadership.page, `/missions/${bad}?/progress`, progress, 403],
		['an agent adds', agent.page, `${capture}?/add`, add, 403],
		['another focal point adds', otherFocal.page, `${capture}?/add`, add, 403],
		[
			'another focal point deletes',
			otherFocal.page,
			`${capture}?/delete`,
			{ entryId, version: '1' },
			403
		],
		[
			'another focal point moves an action',
			otherFocal.page,
			`/missions/${bad}?/progress`,
			progress,
			404
		],
		[
			'another focal point edits an action',
			otherFocal.page,
			`/missions/${bad}?/editAction`,
			whole,
			404
		],
		['a focal point adds to a breakout', ownFocal.page, `${capture}?/add`, add, 403],
		[
			'a focal point moves another mission’s action',
			ownFocal.page,
			`/missions/${bad}?/progress`,
			progress,
			404
		]
	];
	for (const [what, p, url, fields, status] of expected) {
		expect((await post(p, url, fields)).status(), what).toBe(status);
	}
	for (const role of [leadership, ownFocal, otherFocal, agent]) await role.context.close();

	// Nothing changed.
	await page.goto(capture);
	await expect(entryIn(column(page, bad), statement)).toBeVisible();
	await expect(page.getByText(`by the wrong person ${tag}`)).toHaveCount(0);
	await page.goto(`/missions/${bad}`);
	await expect(actionItem).toContainText('Open');
	await expect(actionItem).not.toContainText('Not ours');
});

test('the printed report keeps every entry whole on one A4 page', async ({ page }, info) => {
	test.skip(info.project.name !== 'js', 'printing does not depend on JavaScript');
	test.setTimeout(60_000);
	const { busy } = OWN[info.project.name];
	const tag = `print-${Date.now()}`;
	await signIn(page, 'csdp');
	const capture = await openCapture(page, info);
	const { missionId, areas } = await formIds(page, busy);
	const words = 'connectivity staffing escalation training budget vehicles radios generators'.split(
		' '
	);
	// Long enough to wrap over several lines, so that a page break could fall inside one.
	const statements = Array.from(
		{ length: 16 },
		(_, n) =>
			`Entry ${n + 1} ${tag}: ` +
			Array.from({ length: 60 }, (_, w) => words[(w * (n + 3)) % words.length]).join(' ') +
			` end ${n + 1}.`
	);
	for (const [n, statement] of statements.entries()) {
		const response = await post(page, `${capture}?/add`, {
			missionId,
			kind: n % 2 ? 'weakness' : 'strength',
			areaId: Object.values(areas).filter(Number)[n % 7],
			statement,
			impact: 'medium',
			actionDescription: `Action for entry ${n + 1}, with its owner and a due date.`,
			actionOwner: 'CSU lead',
			actionDueDate: '2099-01-31'
		});
		expect(response.status()).toBe(200);
	}

	await page.goto('/workshops/1/report');
	await page.emulateMedia({ media: 'print' });
	expect(
		await page
			.locator('.report-entry')
			.first()
			.evaluate((e) => getComputedStyle(e).breakInside)
	).toBe('avoid');
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const doc = await getDocumentProxy(new Uint8Array(pdf));
	expect(doc.numPages).toBeGreaterThan(1);
	const [, , width, height] = (await doc.getPage(1)).view;
	// A4 in PDF points.
	expect(Math.round(width)).toBe(595);
	expect(Math.round(height)).toBe(842);

	// Each page's own text: an entry cut by a page break would be whole on none of them.
	const pages = (await extractText(doc, { mergePages: false })).text.map((t) =>
		t.replace(/\s+/g, '')
	);
	const ours = statements.map((s) => s.replace(/\s+/g, ''));
	const cut = ours.filter((s) => pages.filter((p) => p.includes(s)).length !== 1);
	expect(cut, 'entries not whole on exactly one page').toEqual([]);
	const spread = new Set(ours.map((s) => pages.findIndex((p) => p.includes(s))));
	expect(spread.size, 'the entries fill more than one page').toBeGreaterThan(1);
	const all = pages.join('');
	for (const chrome of ['Signout', 'DownloadCSV', 'Print', 'Workshops'])
		expect(all, 'no navigation or buttons on paper').not.toContain(chrome);
});
