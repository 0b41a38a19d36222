import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-2021';

export const ACCOUNTS = {
	admin: 'admin@demo.csdm',
	csdp: 'csdp@demo.csdm',
	agent: 'agent@demo.csdm',
	focal: 'focal@demo.csdm',
	focalUnsmil: 'focal.unsmil@demo.csdm',
	focalUnoca: 'focal.unoca@demo.csdm',
	focalUnsos: 'focal.unsos@demo.csdm',
	focalCnmc: 'focal.cnmc@demo.csdm',
	focalUnoau: 'focal.unoau@demo.csdm',
	leadership: 'leadership@demo.csdm'
} as const;
export type Account = keyof typeof ACCOUNTS;

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
