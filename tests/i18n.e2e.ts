import { test, expect, DEMO_PASSWORD } from './fixtures';

test.describe('a French-speaking browser', () => {
	test.use({ locale: 'fr-FR' });

	test('gets the sign-in page in French, and the account keeps the chosen language', async ({
		page,
		browser,
		javaScriptEnabled
	}) => {
		await page.goto('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
		await page.getByLabel('Courriel').fill('focal.unoca@demo.csdm');
		await page.getByLabel('Mot de passe').fill('wrong-password');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByRole('alert')).toHaveText('Courriel ou mot de passe incorrect.');

		await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Missions');
		await expect(page.getByText('Mission politique spéciale')).toBeVisible();

		await page.getByRole('button', { name: 'Show in English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByText('Special political mission')).toBeVisible();
		await page.getByRole('button', { name: 'Afficher en français' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

		// A new browser in English still opens in the account's French once signed in.
		const english = await browser.newContext({ locale: 'en-GB', javaScriptEnabled });
		page = await english.newPage();
		await page.goto('/login');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
		await page.getByLabel('Email').fill('focal.unoca@demo.csdm');
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await page.goto('/missions/UNOCA');
		await expect(page.getByText('samedi, dimanche')).toBeVisible();
	});

	test('validation messages come in French', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'Se connecter' }).click();
		await expect(page.getByText('Ce champ est obligatoire.').first()).toBeVisible();
	});
});
