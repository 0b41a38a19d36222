import { fail, redirect } from '@sveltejs/kit';
import { languageSchema } from '$lib/schemas/users';
import { rememberLocale, safeRedirect } from '$lib/server/locale';
import { readForm } from '$lib/server/forms';
import { setUserLocale } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const parsed = languageSchema.safeParse(Object.fromEntries(await readForm(request)));
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0]?.message });
		rememberLocale(cookies, parsed.data.locale);
		if (locals.user) await setUserLocale(locals.user, locals.user.id, parsed.data.locale);
		redirect(303, safeRedirect(parsed.data.redirectTo, '/'));
	}
};
