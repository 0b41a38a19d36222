import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import {
	BUSINESS_DAY_MS,
	HOUR_MS,
	addBusinessMs,
	businessMsBetween,
	businessMsOver,
	clockReading,
	dueMoment,
	moveClock,
	type Calendar,
	type ClockState
} from './business-time';

// Entebbe: Saturday–Sunday weekend, UTC+3 all year.
const centre: Calendar = {
	timeZone: 'Africa/Kampala',
	weekendDays: [6, 7],
	holidays: new Set(['2021-10-09'])
};
// UNITAMS, Khartoum: Friday–Saturday weekend, UTC+2.
const unitams: Calendar = { timeZone: 'Africa/Khartoum', weekendDays: [5, 6], holidays: new Set() };

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();
const show = (ms: number, zone: string) =>
	DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm ccc");
const days = (n: number) => n * BUSINESS_DAY_MS;

describe('business time between two instants', () => {
	it('counts whole local days Monday to Friday on a Saturday–Sunday calendar', () => {
		// 2021-09-06 is a Monday.
		const from = at('2021-09-06T00:00', centre.timeZone);
		const to = at('2021-09-13T00:00', centre.timeZone);
		expect(businessMsBetween(centre, from, to)).toBe(days(5));
	});

	it('skips Friday and Saturday on a Friday–Saturday calendar, and counts Sunday', () => {
		const from = at('2021-09-09T12:00', unitams.timeZone); // Thursday noon
		const to = at('2021-09-12T12:00', unitams.timeZone); // Sunday noon
		expect(businessMsBetween(unitams, from, to)).toBe(24 * HOUR_MS);
	});

	it('skips a holiday as a whole local day', () => {
		const withHoliday: Calendar = { ...centre, holidays: new Set(['2021-09-08']) };
		const from = at('2021-09-07T09:00', centre.timeZone);
		const to = at('2021-09-09T09:00', centre.timeZone);
		expect(businessMsBetween(centre, from, to)).toBe(days(2));
		expect(businessMsBetween(withHoliday, from, to)).toBe(days(1));
	});

	it('reads day boundaries in the holder’s zone, not in UTC', () => {
		// Saturday 01:00 in Kampala is still Friday 22:00 UTC: no business time at all.
		const from = at('2021-09-11T01:00', centre.timeZone);
		const to = at('2021-09-11T05:00', centre.timeZone);
		expect(businessMsBetween(centre, from, to)).toBe(0);
	});

	it('is zero for an empty or reversed interval', () => {
		const t = at('2021-09-07T09:00', centre.timeZone);
		expect(businessMsBetween(centre, t, t)).toBe(0);
		expect(businessMsBetween(centre, t, t - HOUR_MS)).toBe(0);
	});
});

describe('due moment', () => {
	it('falls at the same time of day N business days after a Friday afternoon (Sat–Sun weekend)', () => {
		const friday = at('2021-09-10T15:30', centre.timeZone);
		expect(show(addBusinessMs(centre, friday, days(1)), centre.timeZone)).toBe(
			'2021-09-13T15:30 Mon'
		);
		expect(show(addBusinessMs(centre, friday, days(7)), centre.timeZone)).toBe(
			'2021-09-21T15:30 Tue'
		);
	});

	it('on a Friday–Saturday calendar, a Thursday afternoon query is due on Sunday', () => {
		const thursday = at('2021-09-09T14:00', unitams.timeZone);
		expect(show(addBusinessMs(unitams, thursday, days(1)), unitams.timeZone)).toBe(
			'2021-09-12T14:00 Sun'
		);
	});

	it('starts counting at the next business day when received on a weekend', () => {
		const saturday = at('2021-09-11T10:00', centre.timeZone);
		expect(show(addBusinessMs(centre, saturday, days(1)), centre.timeZone)).toBe(
			'2021-09-14T00:00 Tue'
		);
	});

	it('moves a day later across a holiday', () => {
		// 9 October 2021 (Uganda's independence day) fell on a Saturday; take a weekday holiday.
		const cal: Calendar = { ...centre, holidays: new Set(['2021-09-14']) };
		const monday = at('2021-09-13T10:00', centre.timeZone);
		expect(show(addBusinessMs(cal, monday, days(2)), centre.timeZone)).toBe('2021-09-16T10:00 Thu');
		expect(show(addBusinessMs(centre, monday, days(2)), centre.timeZone)).toBe(
			'2021-09-15T10:00 Wed'
		);
	});

	it('is the inverse of counting', () => {
		const from = at('2021-09-08T17:45', unitams.timeZone);
		for (const ms of [1, HOUR_MS * 5, days(1), days(3) + 1234, days(7)]) {
			const due = addBusinessMs(unitams, from, ms);
			expect(businessMsBetween(unitams, from, due)).toBe(ms);
		}
	});
});

describe('the clock of a query', () => {
	const received = at('2021-09-06T09:00', unitams.timeZone); // Monday at the mission
	const target = days(7);

	it('does not count time pending the client', () => {
		let clock: ClockState = { counted: 0, since: received };
		// Pending from Monday 13:00 to Wednesday 13:00: only four hours have counted.
		clock = moveClock(clock, unitams, at('2021-09-06T13:00', unitams.timeZone), false);
		expect(clock).toEqual({ counted: 4 * HOUR_MS, since: null });
		expect(dueMoment(clock, unitams, target)).toBeNull();
		expect(clockReading(clock, unitams, at('2021-09-08T13:00', unitams.timeZone))).toBe(
			4 * HOUR_MS
		);
		const back = at('2021-09-08T13:00', unitams.timeZone);
		clock = moveClock(clock, unitams, back, true);
		expect(clock.counted).toBe(4 * HOUR_MS);
		// 7 days less 4 hours from Wednesday 13:00, skipping Friday and Saturday twice.
		expect(show(dueMoment(clock, unitams, target)!, unitams.timeZone)).toBe('2021-09-19T09:00 Sun');
	});

	it('keeps the time counted when the holder changes, and goes on with the new calendar', () => {
		let clock: ClockState = { counted: 0, since: received };
		// Escalated to the centre on Thursday 09:00 mission time (10:00 in Entebbe): 3 days counted.
		const escalated = at('2021-09-09T09:00', unitams.timeZone);
		clock = moveClock(clock, unitams, escalated, true);
		expect(clock.counted).toBe(days(3));
		// The remaining four days run on the centre's calendar, which works Friday and rests
		// on Saturday and Sunday.
		const due = dueMoment(clock, centre, target)!;
		expect(show(due, centre.timeZone)).toBe('2021-09-15T10:00 Wed');
		// On the mission's calendar it would have been later (Friday and Saturday off).
		expect(show(dueMoment(clock, unitams, target)!, unitams.timeZone)).toBe('2021-09-15T09:00 Wed');
		const intervals = [
			{ from: received, to: escalated, calendar: unitams, running: true },
			{ from: escalated, to: due, calendar: centre, running: true }
		];
		expect(businessMsOver(intervals)).toBe(target);
	});

	it('crosses a centre holiday after an escalation', () => {
		const cal: Calendar = { ...centre, holidays: new Set(['2021-09-13']) };
		let clock: ClockState = { counted: 0, since: received };
		clock = moveClock(clock, unitams, at('2021-09-09T09:00', unitams.timeZone), true);
		expect(show(dueMoment(clock, cal, target)!, centre.timeZone)).toBe('2021-09-16T10:00 Thu');
	});

	it('stops at resolution and continues from where it stopped after a reopen', () => {
		let clock: ClockState = { counted: 0, since: received };
		const resolved = at('2021-09-07T09:00', unitams.timeZone);
		clock = moveClock(clock, unitams, resolved, false);
		expect(clock.counted).toBe(days(1));
		// Reopened a week later, on a Sunday morning: the clock resumes at one day.
		const reopened = at('2021-09-12T08:00', unitams.timeZone);
		clock = moveClock(clock, unitams, reopened, true);
		expect(clock.counted).toBe(days(1));
		const resolvedAgain = at('2021-09-12T20:00', unitams.timeZone);
		clock = moveClock(clock, unitams, resolvedAgain, false);
		expect(clock.counted).toBe(days(1) + 12 * HOUR_MS);
		expect(clock.counted <= target).toBe(true);
	});

	it('meets a target exactly at N × 24 hours, and misses it a millisecond later', () => {
		const due = addBusinessMs(unitams, received, target);
		expect(businessMsBetween(unitams, received, due) <= target).toBe(true);
		expect(businessMsBetween(unitams, received, due + 1) <= target).toBe(false);
	});
});
