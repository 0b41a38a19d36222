import { desc, lt } from 'drizzle-orm';
import { db } from './db';
import { forumMeetings } from './db/schema';
import type { CurrentUser } from './access';
import { getMeeting } from './forum';
import { registerRows } from './action-register';
import { upcomingLaunches } from './schedule';
import { readinessDrops } from './readiness';
import { kpiMovers, shiftMonth } from './kpis';
import { serviceLineChoices } from './queries';
import { addMonths } from '$lib/plain-date';
import { isActionClosed } from '$lib/vocabulary';

/** How far ahead the pack looks for launches: the next three monthly meetings. */
export const PACK_LAUNCH_MONTHS = 3;

/**
 * The end of a plain date's day in UTC: the region's zones are a few hours from it, close enough
 * for a comparison from one month to the next.
 */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

/**
 * What CSDP staff bring to a meeting, as of the meeting's day: every open action (overdue ones
 * first), the launches of the next three months, the missions whose readiness fell since the
 * meeting before (or the month before, for the first), and last month's query trends per
 * service line. A focal point's pack holds their own mission only.
 */
export async function forumPack(
	u: CurrentUser,
	meetingId: number,
	locale: string,
	now: Date = new Date()
) {
	const found = await getMeeting(u, meetingId, now);
	if (!found) return undefined;
	const day = found.meeting.meetingDate;
	const [previous] = await db
		.select({ meetingDate: forumMeetings.meetingDate })
		.from(forumMeetings)
		.where(lt(forumMeetings.meetingDate, day))
		.orderBy(desc(forumMeetings.meetingDate))
		.limit(1);
	const since = previous?.meetingDate ?? addMonths(day, -1);
	const upTo = endOfDay(day) < now ? endOfDay(day) : now;
	const month = shiftMonth(day.slice(0, 7), -1);
	const [rows, launches, drops, movers, lines] = await Promise.all([
		registerRows(u, locale, now),
		upcomingLaunches(u, day, addMonths(day, PACK_LAUNCH_MONTHS)),
		readinessDrops(u, endOfDay(since), upTo),
		kpiMovers({
			from: month,
			to: month,
			missionIds: u.role === 'focal_point' ? [u.missionId ?? -1] : undefined
		}),
		serviceLineChoices()
	]);
	const open = rows.filter((r) => !isActionClosed(r.status));
	const lineOf = new Map(lines.map((l) => [l.id, l]));
	return {
		...found,
		since,
		month,
		overdue: open.filter((r) => r.overdue),
		open: open.filter((r) => !r.overdue),
		launches,
		drops,
		trends: movers
			.filter((mv) => lineOf.has(mv.serviceLineId))
			.map((mv) => ({ ...mv, line: lineOf.get(mv.serviceLineId)! }))
	};
}
