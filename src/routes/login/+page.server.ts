import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { APIError } from 'better-auth/api';
import { auth } from '$lib/server/auth';
import { readForm } from '$lib/server/forms';
import { recordFailedSignIn, recordSignIn, signInBlocked } from '$lib/server/sign-in-limit';
import { findCurrentUser } from '$lib/server/users';
import { rememberLocale, safeRedirect } from '$lib/server/locale';
import { loginSchema } from '$lib/schemas/users';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return { form: await superValidate(zod4(loginSchema)) };
};

export const actions: Actions = {
	default: async ({ request, url, cookies, getClientAddress }) => {
		const form = await superValidate(await readForm(request), zod4(loginSchema));
		// The password never travels back to the browser.
		const { password } = form.data;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		const email = form.data.email.toLowerCase();
		const address = getClientAddress();
		if (await signInBlocked(email, address)) {
			return message(form, m.login_too_many(), { status: 429 });
		}
		let userId: string;
		try {
			const result = await auth.api.signInEmail({
				body: { email: form.data.email, password },
				headers: request.headers
			});
			userId = result.user.id;
		} catch (e) {
			if (e instanceof APIError) {
				await recordFailedSignIn(email, address);
				return message(form, m.login_failed(), { status: 400 });
			}
			throw e;
		}
		await recordSignIn(email);
		const user = await findCurrentUser(userId);
		if (user?.locale) rememberLocale(cookies, user.locale);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
