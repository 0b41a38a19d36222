/** Where plain dates fall on a month-by-month timeline, as a share of its width. */
import { daysBetween } from './plain-date';

export function lastDayOf(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface Span {
	from: string;
	to: string;
}

/** The window from the first day of one month to the last day of another. */
export function windowOf(fromMonth: string, toMonth: string): Span {
	return { from: `${fromMonth}-01`, to: lastDayOf(toMonth) };
}

/** The left edge of a day on the timeline in percent, or null when the day lies outside. */
export function positionOf(span: Span, date: string | null): number | null {
	if (!date || date < span.from || date > span.to) return null;
	const total = daysBetween(span.from, span.to) + 1;
	return (daysBetween(span.from, date) / total) * 100;
}
