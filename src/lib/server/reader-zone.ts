import { IANAZone } from 'luxon';
import type { Cookies } from '@sveltejs/kit';
import { CENTRE } from './seed/rollout-2021';

/**
 * The reader's time zone, which the browser puts in a cookie; without it (first page, no
 * JavaScript) times are shown in the centre's zone, and say so.
 */
export function readerZone(cookies: Cookies): string {
	const zone = cookies.get('tz');
	return zone && IANAZone.isValidZone(zone) ? zone : CENTRE.timeZone;
}
