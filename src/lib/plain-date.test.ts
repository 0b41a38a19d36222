import { describe, expect, it } from 'vitest';
import { daysBetween, formatPlainDate, isOverdue, isPlainDate, todayIn } from './plain-date';

describe('plain dates', () => {
	it('accepts real calendar dates only', () => {
		expect(isPlainDate('2021-09-01')).toBe(true);
		expect(isPlainDate('2024-02-29')).toBe(true);
		expect(isPlainDate('2021-02-30')).toBe(false);
		expect(isPlainDate('2021-13-01')).toBe(false);
		expect(isPlainDate('01/09/2021')).toBe(false);
		expect(isPlainDate('2021-9-1')).toBe(false);
	});

	it('is overdue from the day after the due date, in the owner’s zone', () => {
		// 22:30 UTC on 1 September is already 2 September in Khartoum (UTC+2), not in Bogota.
		const now = new Date('2021-09-01T22:30:00Z');
		expect(todayIn('Africa/Khartoum', now)).toBe('2021-09-02');
		expect(isOverdue('2021-09-01', 'Africa/Khartoum', now)).toBe(true);
		expect(isOverdue('2021-09-01', 'America/Bogota', now)).toBe(false);
		expect(isOverdue(null, 'Africa/Khartoum', now)).toBe(false);
	});

	it('counts whole days between plain dates', () => {
		expect(daysBetween('2021-09-01', '2021-10-01')).toBe(30);
		expect(daysBetween('2021-10-01', '2021-09-01')).toBe(-30);
	});

	it('formats without shifting the day in either language', () => {
		expect(formatPlainDate('2021-09-01', 'en', 'long')).toBe('1 September 2021');
		expect(formatPlainDate('2021-09-01', 'fr', 'long')).toBe('1 septembre 2021');
		expect(formatPlainDate(null, 'en')).toBe('—');
	});
});

describe('plain dates at the edges of the calendar', () => {
	it('knows leap years and the lengths of months', () => {
		expect(isPlainDate('2100-02-29')).toBe(false);
		expect(isPlainDate('2000-02-29')).toBe(true);
		expect(isPlainDate('2021-04-31')).toBe(false);
		expect(isPlainDate('2021-12-31')).toBe(true);
		expect(isPlainDate('2021-00-10')).toBe(false);
	});
	it('reads today on the far side of the date line', () => {
		const now = new Date('2021-09-01T11:00:00Z');
		expect(todayIn('Pacific/Kiritimati', now)).toBe('2021-09-02');
		expect(todayIn('America/Bogota', now)).toBe('2021-09-01');
	});
});
