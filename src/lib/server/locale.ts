import type { Cookies } from '@sveltejs/kit';
import { cookieName } from '$lib/paraglide/runtime';
import type { AppLocale } from '$lib/vocabulary';

/** Remembers the language in the cookie the message catalogue reads on every request. */
export function rememberLocale(cookies: Cookies, locale: AppLocale) {
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: 60 * 60 * 24 * 400,
		sameSite: 'lax',
		// The catalogue reads it in the browser too, to render the same language after hydration.
		httpOnly: false
	});
}

/** Only paths of this site: never an absolute or protocol-relative address. */
export function safeRedirect(target: string | null | undefined, fallback = '/missions'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback;
	}
	return target;
}
