import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

const PASSWORD = 'une-phrase-de-passe-2021';

// Each project answers its own UNOCA item, so the two runs never step on each other.
const ITEM = {
	js: "Les heures d'ouverture et le canal de contact de l'unité sont fixés",
	nojs: 'Un responsable de haut niveau suit les progrès'
} as const;

/** A UNOCA focal point of their own, whose language nobody has chosen yet. */
async function newFocalPoint(browser: Browser, project: string): Promise<string> {
	const email = `point.focal.${project}.${Date.now()}@example.org`;
	// The admin works in English, in a browser of their own.
	const admin = await browser.newContext({ locale: 'en-GB' });
	const page = await admin.newPage();
	await signIn(page, 'admin');
	await page.goto('/admin/users');
	const form = page.getByRole('region', { name: 'New user' });
	await form.getByLabel('Name').fill('Point focal UNOCA');
	await form.getByLabel('Email').fill(email);
	await form.getByLabel('Role').selectOption('focal_point');
	await form.getByLabel('Language').selectOption('');
	await form.getByLabel('Mission (focal points)').selectOption({ label: 'UNOCA' });
	await form.getByLabel('Initial password').fill(PASSWORD);
	await form.getByRole('button', { name: 'Create user' }).click();
	await expect(form.getByRole('status')).toHaveText('User created.');
	await admin.close();
	return email;
}

/** Downloads a CSV as the person would, by its link, and reads its first line. */
async function csvHeader(page: Page, link: string): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link }).click()
	]);
	const text = readFileSync(await download.path(), 'utf8');
	return text.replace(/^\ufeff/, '').split('\n')[0];
}

test.describe('a French-speaking browser', () => {
	test.use({ locale: 'fr-FR' });

	test('signs in, works a checklist and the schedule in French, and the account keeps its choice', async ({
		page,
		browser,
		javaScriptEnabled
	}, info) => {
		const email = await newFocalPoint(browser, info.project.name);

		await page.goto('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
		await page.getByLabel('Courriel').fill(email);
		await page.getByLabel('Mot de passe').fill('mauvais-mot-de-passe');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByRole('alert')).toHaveText('Courriel ou mot de passe incorrect.');
		await page.getByLabel('Mot de passe').fill(PASSWORD);
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions');
		await expect(page.getByText('Mission politique spéciale').first()).toBeVisible();

		// The checklist, in French: item titles, statuses and messages.
		await page.goto('/missions/UNOCA/readiness');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Liste de contrôle de préparation — UNOCA'
		);
		const item = page.getByRole('article', { name: ITEM[info.project.name as keyof typeof ITEM] });
		await item.getByText('Modifier la réponse').click();
		await item.getByLabel('Statut').selectOption({ label: 'En cours' });
		await item.getByLabel('Lien vers le justificatif (http ou https)').fill('ftp://exemple.org/cr');
		await item.getByRole('button', { name: 'Enregistrer la réponse' }).click();
		await expect(
			page.getByText('Saisissez un lien commençant par http:// ou https://.')
		).toBeVisible();
		await page.goto('/missions/UNOCA/readiness');
		const again = page.getByRole('article', { name: ITEM[info.project.name as keyof typeof ITEM] });
		await again.getByText('Modifier la réponse').click();
		await again.getByLabel('Statut').selectOption({ label: 'En cours' });
		await again.getByLabel('Justificatif', { exact: true }).fill('Réunion du 2 septembre');
		await again.getByLabel('Échéance').fill('2021-09-30');
		await again.getByRole('button', { name: 'Enregistrer la réponse' }).click();
		const saved = page.getByRole('article', { name: ITEM[info.project.name as keyof typeof ITEM] });
		await expect(saved.getByRole('status')).toHaveText('Réponse enregistrée.');
		await expect(saved.getByTestId('item-status')).toHaveText('En cours');
		await expect(saved.getByText('30 sept. 2021')).toBeVisible();

		// The schedule and its CSV follow the language.
		await page.goto('/schedule');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendrier des lancements');
		const header = await csvHeader(page, 'Télécharger en CSV');
		expect(header).toContain('Préparation');
		expect(header).not.toContain('Readiness');

		await page.getByRole('button', { name: 'Show in English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Launch schedule');
		expect(await csvHeader(page, 'Download CSV')).toContain('Readiness');
		await page.getByRole('button', { name: 'Afficher en français' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendrier des lancements');

		// The choice is the account's now: a browser in English still opens in French once signed in.
		const other = await browser.newContext({ locale: 'en-GB', javaScriptEnabled });
		page = await other.newPage();
		await page.goto('/login');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await page.goto('/missions/UNOCA');
		await expect(page.getByText('samedi, dimanche')).toBeVisible();
		await other.close();
	});

	test('validation messages come in French', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
	});
});
