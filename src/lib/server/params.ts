import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string): number {
	if (!/^\d{1,15}$/.test(value)) error(404, m.error_not_found());
	return Number(value);
}
