import Papa from 'papaparse';
import { test, expect, signIn } from './fixtures';

test('the KPI page and its CSV give the same numbers', async ({ page }) => {
	await signIn(page, 'leadership');
	await page.goto('/kpis?mission=UNSOS&from=2025-01&to=2025-12');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Query KPIs — UNSOS');
	const rows = page.getByRole('region', { name: 'Month by month' }).getByRole('row');
	await expect(rows).toHaveCount(13);
	const csv = await page.request.get('/kpis/export.csv?mission=UNSOS&from=2025-01&to=2025-12');
	const lines = (await csv.text())
		.replace(/^\ufeff/, '')
		.trim()
		.split('\n');
	const header = lines[0].split(',');
	const jan = lines[1].split(',');
	expect(jan[0]).toBe('2025-01');
	const janRow = rows.nth(1);
	await expect(janRow.getByRole('rowheader')).toHaveText('2025-01');
	await expect(janRow.getByRole('cell').nth(0)).toHaveText(
		jan[header.indexOf('Received (intake)')]
	);
	await expect(janRow.getByRole('cell').nth(1)).toHaveText(
		jan[header.indexOf('Resolved (resolution)')]
	);
	const period = lines[lines.length - 1].split(',');
	expect(period[0]).toBe('Period');
	const received = lines.slice(1, -1).reduce((s, l) => s + Number(l.split(',')[1]), 0);
	expect(Number(period[1])).toBe(received);
	const volume = page.getByRole('img', { name: /Received and resolved per month/ });
	await expect(volume).toBeVisible();
	// The chart is drawn on the server from the same figures: each month's received bar stands
	// to the tallest one as its count does to the largest count.
	const counts = lines
		.slice(1, -1)
		.map((l) => Number(l.split(',')[header.indexOf('Received (intake)')]));
	const heights = await volume
		.locator('rect[fill="#0b5ea8"]')
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
	expect(heights).toHaveLength(counts.filter((c) => c > 0).length);
	const drawn = heights.map((h) => h / Math.max(...heights));
	const given = counts.filter((c) => c > 0).map((c) => c / Math.max(...counts));
	drawn.forEach((d, i) => expect(d).toBeCloseTo(given[i], 2));
	await expect(page.getByRole('row', { name: /^UNSOS 1 Jul 2019/ })).toContainText('—');

	// The trends name their service lines as the page does.
	const trends = await page.request.get(
		'/kpis/export.csv?table=trends&mission=UNSOS&from=2025-01&to=2025-12'
	);
	const trendLines = Papa.parse<string[]>((await trends.text()).replace(/^\ufeff/, '').trim()).data;
	expect(trendLines[0].slice(0, 2)).toEqual(['Service line', 'Largest move']);
	const names = trendLines.slice(1).map((r) => r[0]);
	expect(names).toContain('Travel');
	const table = page.getByRole('region', { name: /^Trends/ });
	for (const name of names)
		await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
});

test('a reversed period or an unknown mission is said plainly', async ({ page }) => {
	await signIn(page, 'csdp');
	await page.goto('/kpis?from=2024-06&to=2023-01&mission=NOPE');
	await expect(page.getByText('The period must run forward')).toBeVisible();
	await expect(page.getByText('Unknown mission or service line')).toBeVisible();
	await expect(page.locator('body')).not.toContainText('NaN');
});

test('a focal point reads the KPIs of their own mission only', async ({ page }) => {
	await signIn(page, 'focalUnsos');
	await page.goto('/kpis?mission=MONUSCO');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Query KPIs — UNSOS');
	await expect(page.getByLabel('Mission')).toHaveCount(0);
});
