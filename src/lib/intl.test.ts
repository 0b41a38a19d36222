import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl';

describe('kept Intl formatters', () => {
	const numberOptions: Intl.NumberFormatOptions[] = [
		{ style: 'percent', maximumFractionDigits: 1 },
		{ maximumFractionDigits: 0 },
		{ maximumFractionDigits: 2 },
		{ minimumFractionDigits: 1, maximumFractionDigits: 1 },
		{ style: 'percent' }
	];
	const dateOptions: Intl.DateTimeFormatOptions[] = [
		{ dateStyle: 'medium', timeZone: 'UTC' },
		{ dateStyle: 'long', timeZone: 'UTC' },
		{ timeZone: 'Africa/Khartoum', year: 'numeric', month: '2-digit', day: '2-digit' },
		{
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			timeZone: 'America/Bogota',
			timeZoneName: 'short'
		}
	];

	it('format exactly as a formatter made afresh, call after call', () => {
		for (const locale of ['en-GB', 'fr-FR', 'en-CA']) {
			for (const options of numberOptions) {
				for (const v of [0, 0.0004, 0.1234, 0.5, 1, 2.345, 1234567.891, -0.25]) {
					expect(numberFormat(locale, options).format(v)).toBe(
						new Intl.NumberFormat(locale, options).format(v)
					);
				}
			}
			for (const options of dateOptions) {
				for (const at of [0, Date.UTC(2021, 8, 1, 22, 30), Date.UTC(2024, 1, 29, 23, 59)]) {
					expect(dateTimeFormat(locale, options).format(at)).toBe(
						new Intl.DateTimeFormat(locale, options).format(at)
					);
				}
			}
		}
	});

	it('keeps one formatter per locale and options, and tells them apart', () => {
		const a = numberFormat('en-GB', { style: 'percent' });
		expect(numberFormat('en-GB', { style: 'percent' })).toBe(a);
		expect(numberFormat('fr-FR', { style: 'percent' })).not.toBe(a);
		expect(numberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 })).not.toBe(a);
		expect(numberFormat('fr-FR', { style: 'percent' }).format(0.5)).toBe(
			new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.5)
		);
	});

	it('stays bounded however many time zones readers send', () => {
		const zones = Intl.supportedValuesOf('timeZone');
		for (const timeZone of zones) dateTimeFormat('en-GB', { timeZone, dateStyle: 'short' });
		const first = dateTimeFormat('en-GB', { timeZone: zones[0], dateStyle: 'short' });
		expect(first.format(0)).toBe(
			new Intl.DateTimeFormat('en-GB', { timeZone: zones[0], dateStyle: 'short' }).format(0)
		);
	});
});
