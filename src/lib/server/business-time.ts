import { DateTime } from 'luxon';

/**
 * Business time, as DESIGN.md defines it: a business day is a whole local day (00:00–24:00 in
 * the holder's zone) that is neither a weekend day nor a holiday of the holder; the clock runs
 * only inside business days, only while the query is held and not pending the client. All
 * instants are epoch milliseconds (UTC); only day boundaries are read in the holder's zone.
 */
export interface Calendar {
	timeZone: string;
	/** ISO weekdays, 1 = Monday … 7 = Sunday. */
	weekendDays: readonly number[];
	/** Plain dates 'YYYY-MM-DD' in the holder's zone. */
	holidays: ReadonlySet<string>;
}

export const HOUR_MS = 3_600_000;
export const BUSINESS_DAY_MS = 24 * HOUR_MS;

export interface LocalDay {
	date: string;
	weekday: number;
	start: number;
	end: number;
	next: string;
	/** UTC midnight of the same date minus local midnight: the zone's offset that day. */
	offset: number;
}

// Day boundaries are asked for again and again (every query crosses the same days); luxon is
// the slow part, so each local day of each zone is worked out once.
const dayCache = new Map<string, LocalDay>();
const lastOffset = new Map<string, number>();

export function localDayOf(zone: string, date: string): LocalDay {
	const key = `${zone}|${date}`;
	let day = dayCache.get(key);
	if (!day) {
		const start = DateTime.fromISO(date, { zone });
		if (!start.isValid) throw new RangeError(`unknown time zone ${zone} or date ${date}`);
		const following = start.plus({ days: 1 });
		const startMs = start.toMillis();
		day = {
			date,
			weekday: start.weekday,
			start: startMs,
			end: following.startOf('day').toMillis(),
			next: following.toISODate()!,
			offset: Date.parse(`${date}T00:00:00Z`) - startMs
		};
		if (dayCache.size > 200_000) dayCache.clear();
		dayCache.set(key, day);
	}
	return day;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The local day of `zone` that contains the instant `at`. */
export function dayContaining(zone: string, at: number): LocalDay {
	let offset = lastOffset.get(zone);
	if (offset === undefined) {
		const date = DateTime.fromMillis(at, { zone }).toISODate();
		if (!date) throw new RangeError(`unknown time zone ${zone}`);
		offset = localDayOf(zone, date).offset;
	}
	// Guess with the offset seen last in this zone, then step a day when a change of offset
	// (daylight saving) put the guess on the wrong side of midnight.
	let day = localDayOf(zone, isoDate(at + offset));
	for (let guard = 0; guard < 3; guard++) {
		if (at < day.start)
			day = localDayOf(zone, isoDate(Date.parse(`${day.date}T00:00:00Z`) - 86_400_000));
		else if (at >= day.end) day = localDayOf(zone, day.next);
		else break;
	}
	lastOffset.set(zone, day.offset);
	return day;
}

export function isBusinessDay(calendar: Calendar, day: { date: string; weekday: number }): boolean {
	return !calendar.weekendDays.includes(day.weekday) && !calendar.holidays.has(day.date);
}

/** Business milliseconds between two instants on one calendar (0 when `to` is not later). */
export function businessMsBetween(calendar: Calendar, from: number, to: number): number {
	if (!(to > from)) return 0;
	let total = 0;
	let day = dayContaining(calendar.timeZone, from);
	while (day.start < to) {
		if (isBusinessDay(calendar, day)) {
			total += Math.min(day.end, to) - Math.max(day.start, from);
		}
		day = localDayOf(calendar.timeZone, day.next);
	}
	return total;
}

/**
 * The instant at which a clock started at `from` has counted `ms` more business milliseconds.
 * When `ms` is 0 the answer is `from` itself. A clock that starts outside business time begins
 * counting at the start of the next business day.
 */
export function addBusinessMs(calendar: Calendar, from: number, ms: number): number {
	if (ms <= 0) return from;
	let left = ms;
	let day = dayContaining(calendar.timeZone, from);
	// A calendar made only of weekend days would never end; ten years of searching is the limit.
	for (let guard = 0; guard < 3660; guard++) {
		if (isBusinessDay(calendar, day)) {
			const begin = Math.max(day.start, from);
			const available = day.end - begin;
			if (left <= available) return begin + left;
			left -= available;
		}
		day = localDayOf(calendar.timeZone, day.next);
	}
	throw new RangeError('the calendar has no business day in ten years');
}

/** What the clock of one query looks like at one instant. */
export interface ClockState {
	/** Business ms counted up to `since` (or in total, when stopped). */
	counted: number;
	/** When the clock last started; null while it is stopped (pending, resolved, closed). */
	since: number | null;
}

/** The business ms on the clock at `at`, running on `calendar` if it runs. */
export function clockReading(state: ClockState, calendar: Calendar, at: number): number {
	if (state.since === null) return state.counted;
	return state.counted + businessMsBetween(calendar, state.since, at);
}

/**
 * Stops or restarts the clock at `at`. The time counted so far is kept whatever calendar comes
 * next, which is how a change of holder keeps the time already spent.
 */
export function moveClock(
	state: ClockState,
	calendar: Calendar,
	at: number,
	running: boolean
): ClockState {
	const counted = clockReading(state, calendar, at);
	return { counted, since: running ? at : null };
}

/**
 * When a running clock reaches the target (N business days = N × 24 h of business time), read
 * on the current holder's calendar; null while the clock is stopped.
 */
export function dueMoment(state: ClockState, calendar: Calendar, targetMs: number): number | null {
	if (state.since === null) return null;
	return addBusinessMs(calendar, state.since, Math.max(0, targetMs - state.counted));
}

/** One stretch of a query's life: on whose calendar, and whether its clock ran. */
export interface ClockInterval {
	from: number;
	to: number;
	calendar: Calendar;
	running: boolean;
}

/** Business ms over a sequence of intervals; pending and resolved stretches do not count. */
export function businessMsOver(intervals: readonly ClockInterval[]): number {
	let total = 0;
	for (const i of intervals) if (i.running) total += businessMsBetween(i.calendar, i.from, i.to);
	return total;
}

export function parseWeekendDays(text: string): number[] {
	return text
		.split(',')
		.map(Number)
		.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
}
