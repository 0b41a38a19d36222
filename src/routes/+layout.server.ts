import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => ({
	user: locals.user,
	locale: getLocale(),
	path: url.pathname + url.search
});
