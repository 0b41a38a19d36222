import { getLocale } from '$lib/paraglide/runtime';
import { readerZone } from '$lib/server/reader-zone';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url, cookies }) => ({
	user: locals.user,
	locale: getLocale(),
	timeZone: readerZone(cookies),
	path: url.pathname + url.search
});
