import { test as base, expect, type Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, type Account } from './accounts';

export { ACCOUNTS, DEMO_PASSWORD, type Account };

export async function signIn(page: Page, who: Account) {
	await page.context().clearCookies();
	await page.goto('/login');
	await page.getByLabel('Email').fill(ACCOUNTS[who]);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/missions/);
}

/** Posts a form straight to the server, as a hostile or careless client would. */
export async function post(page: Page, url: string, fields: Record<string, string | string[]>) {
	const form = new URLSearchParams();
	for (const [k, v] of Object.entries(fields)) {
		for (const value of Array.isArray(v) ? v : [v]) form.append(k, value);
	}
	return page.request.post(url, {
		data: form.toString(),
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: `http://localhost:${process.env.E2E_PORT ?? 4173}`,
			// Answer as to a plain form post, not as to SvelteKit's enhanced fetch.
			accept: 'text/html'
		},
		maxRedirects: 0
	});
}

/**
 * With JavaScript on, a page is used only once it has hydrated: values typed before that are
 * reset by the components taking over the form.
 */
export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		if (javaScriptEnabled) {
			const goto = page.goto.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				if (response?.headers()['content-type']?.startsWith('text/html'))
					await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				return response;
			};
		}
		await use(page);
	}
});
export { expect };
