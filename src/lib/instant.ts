import { dateTimeFormat, numberFormat } from './intl';
import { intlLocale } from './plain-date';

/** Instants are kept in UTC and shown in the reader's zone, with the zone named. */
export function formatInstant(
	value: Date | number | null | undefined,
	locale: string,
	timeZone: string
): string {
	if (value === null || value === undefined) return '—';
	return dateTimeFormat(intlLocale(locale), {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	}).format(typeof value === 'number' ? new Date(value) : value);
}

const DAY_MS = 86_400_000;

/** Business milliseconds as business days, one decimal. */
export function businessDays(ms: number, locale: string): string {
	return numberFormat(intlLocale(locale), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(ms / DAY_MS);
}
