import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ical from 'ical-generator';
import { db } from './db';
import { calendarFeeds } from './db/schema';
import { write } from './db/write';
import { kept } from './db/kept';
import { findCurrentUser } from './users';
import { scheduleRows } from './schedule';
import type { CurrentUser } from './access';
import { m } from '$lib/paraglide/messages';

/** Tokens are looked up by their hash, so a copy of the database opens no calendar. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** This person's feed, if they made one. Kept in memory until the next write (db/kept.ts). */
export const feedOf = kept((u: CurrentUser) => u.id, feedOfFromScratch);

export async function feedOfFromScratch(u: CurrentUser) {
	return (
		(await db.query.calendarFeeds.findFirst({ where: eq(calendarFeeds.userId, u.id) })) ?? null
	);
}

/** Makes a new secret address for this person, replacing (and so revoking) any earlier one. */
export async function renewFeed(u: CurrentUser): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	await write(u, async ({ tx, now, audit }) => {
		await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, u.id));
		const [row] = await tx
			.insert(calendarFeeds)
			.values({ userId: u.id, tokenHash: hashOf(token), createdAt: now })
			.returning({ id: calendarFeeds.id });
		// The audit keeps that a feed was made, never the token itself.
		await audit({ action: 'create', entity: 'calendar_feed', entityId: row.id });
	});
	return token;
}

export async function revokeFeed(u: CurrentUser): Promise<void> {
	await write(u, async ({ tx, audit }) => {
		const gone = await tx
			.delete(calendarFeeds)
			.where(eq(calendarFeeds.userId, u.id))
			.returning({ id: calendarFeeds.id });
		for (const row of gone)
			await audit({ action: 'revoke', entity: 'calendar_feed', entityId: row.id });
	});
}

/** The person a feed address belongs to, while the address stands and the account is active. */
export async function feedOwner(token: string): Promise<CurrentUser | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const row = await db.query.calendarFeeds.findFirst({
		where: eq(calendarFeeds.tokenHash, hashOf(token))
	});
	return row ? findCurrentUser(row.userId) : null;
}

/**
 * Launch dates and milestones as all-day events. Dates go out as DATE values (no time, no
 * zone), so a calendar anywhere shows them on the day they were written.
 */
export async function launchCalendar(u: CurrentUser): Promise<string> {
	const rows = await scheduleRows(u, { kind: '', status: '' });
	const calendar = ical({
		name: m.schedule_calendar_name(),
		prodId: '//CSDM Workbench//Launch schedule//EN'
	});
	for (const r of rows) {
		const launch = r.launchedOn ?? r.targetDate;
		if (launch) {
			calendar.createEvent({
				id: `launch-${r.code}@csdm-workbench`,
				start: launch,
				allDay: true,
				summary: r.launchedOn
					? m.schedule_event_launched({ code: r.code })
					: m.schedule_event_target({ code: r.code }),
				description: r.name
			});
		}
		for (const ms of r.milestones) {
			calendar.createEvent({
				id: `milestone-${ms.id}@csdm-workbench`,
				start: ms.dueDate,
				allDay: true,
				summary: `${r.code}: ${ms.title}`
			});
		}
	}
	return calendar.toString();
}
