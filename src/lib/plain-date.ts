import { DateTime } from 'luxon';

/**
 * Dates without a time (launch dates, due dates, workshop days) are kept as ISO strings
 * "YYYY-MM-DD" from form to database to export, and never pass through a Date object, so a
 * browser's time zone can never move them.
 */
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function isPlainDate(value: string): boolean {
	return SHAPE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/** Today's date where the owner of a date is (a mission's zone, or the centre's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
	return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? '';
}

/** A due date is overdue from the day after it, in its owner's time zone. */
export function isOverdue(due: string | null, timeZone: string, now: Date = new Date()): boolean {
	return due !== null && due !== '' && todayIn(timeZone, now) > due;
}

/** Whole days from one plain date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	const a = DateTime.fromISO(from, { zone: 'utc' });
	const b = DateTime.fromISO(to, { zone: 'utc' });
	return Math.round(b.diff(a, 'days').days);
}

/** The Intl locale for an app language: day-month-year English, as the Secretariat writes it. */
export function intlLocale(locale: string): string {
	return locale === 'fr' ? 'fr-FR' : locale === 'en' ? 'en-GB' : locale;
}

/** Formats a plain date for a reader without ever shifting it. */
export function formatPlainDate(
	value: string | null,
	locale: string,
	style: 'medium' | 'long' = 'medium'
): string {
	if (!value) return '—';
	const [y, mo, d] = value.split('-').map(Number);
	return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, mo - 1, d))
	);
}
