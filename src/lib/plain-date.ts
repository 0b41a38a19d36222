/**
 * Dates without a time (launch dates, due dates, workshop days) are kept as ISO strings
 * "YYYY-MM-DD" from form to database to export, and never pass through a Date object, so a
 * browser's time zone can never move them.
 */
import { dateTimeFormat } from './intl';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const MS_PER_DAY = 86_400_000;

// This module is loaded by every page, so it does its few calendar sums with the platform's
// own Date.UTC and Intl instead of a date library: the pages stay light on slow links.
function utcDay(value: string): number {
	const [y, m, d] = value.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

export function isPlainDate(value: string): boolean {
	if (!SHAPE.test(value)) return false;
	return new Date(utcDay(value)).toISOString().slice(0, 10) === value;
}

/** Today's date where the owner of a date is (a mission's zone, or the centre's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
	// The en-CA calendar writes dates as YYYY-MM-DD.
	return dateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}

/** A due date is overdue from the day after it, in its owner's time zone. */
export function isOverdue(due: string | null, timeZone: string, now: Date = new Date()): boolean {
	return due !== null && due !== '' && todayIn(timeZone, now) > due;
}

/** Whole days from one plain date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((utcDay(to) - utcDay(from)) / MS_PER_DAY);
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
	return dateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }).format(
		utcDay(value)
	);
}

/** The same day some months later, or the month's last day when it has no such day. */
export function addMonths(value: string, months: number): string {
	const [y, mo, d] = value.split('-').map(Number);
	const first = new Date(Date.UTC(y, mo - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	first.setUTCDate(Math.min(d, last));
	return first.toISOString().slice(0, 10);
}
