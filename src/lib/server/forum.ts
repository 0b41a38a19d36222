import { and, asc, desc, eq, gt, inArray, lt, or, type SQL } from 'drizzle-orm';
import { db, type Executor, type Transaction } from './db';
import { forumActions, forumAttendance, forumMeetings, missions } from './db/schema';
import { write } from './db/write';
import { Refusal } from './refusal';
import { canReadMission, isCsdp, type CurrentUser } from './access';
import { actionIsOverdue, assertStatusChange, compareActions } from './assessments';
import { CENTRE } from './seed/rollout-2021';
import { todayIn } from '$lib/plain-date';
import { isActionClosed, type ActionStatus } from '$lib/vocabulary';
import type {
	ForumActionEditInput,
	ForumActionInput,
	MeetingEditInput,
	MeetingInput
} from '$lib/schemas/forum';
import { m } from '$lib/paraglide/messages';

export type ForumMeeting = typeof forumMeetings.$inferSelect;

export interface ForumActionView {
	id: number;
	meetingId: number;
	meetingDate: string;
	meetingTitle: string;
	description: string;
	owner: string;
	missionId: number | null;
	missionCode: string | null;
	dueDate: string | null;
	status: ActionStatus;
	closingNote: string;
	version: number;
	overdue: boolean;
}

/** Who runs the forum: CSDP staff make meetings and their actions; everyone else reads. */
export function forumRights(u: CurrentUser) {
	return { run: isCsdp(u) };
}

function assertRunsForum(actor: CurrentUser) {
	if (!isCsdp(actor)) throw new Refusal(403, null, m.error_forbidden());
}

/**
 * The time zone an action's due date is read in: its mission's, or the centre's when the
 * action belongs to the centre itself.
 */
export const ownerZone = (missionTimeZone: string | null) => missionTimeZone ?? CENTRE.timeZone;

/**
 * A focal point reads the meetings their mission attended or was given an action at, and of
 * those only what concerns their mission; everyone else reads every meeting.
 */
async function visibleMeetingIds(u: CurrentUser): Promise<number[] | 'all'> {
	if (u.role !== 'focal_point') return 'all';
	const own = u.missionId ?? -1;
	const [attended, actioned] = await Promise.all([
		db
			.select({ id: forumAttendance.meetingId })
			.from(forumAttendance)
			.where(eq(forumAttendance.missionId, own)),
		db
			.select({ id: forumActions.meetingId })
			.from(forumActions)
			.where(eq(forumActions.missionId, own))
	]);
	return [...new Set([...attended, ...actioned].map((r) => r.id))];
}

const actionConcerns = (u: CurrentUser, missionId: number | null) =>
	u.role !== 'focal_point' || (missionId !== null && canReadMission(u, missionId));

async function selectActions(exec: Executor, where: SQL | undefined, now: Date) {
	const rows = await exec
		.select({
			action: forumActions,
			meetingDate: forumMeetings.meetingDate,
			meetingTitle: forumMeetings.title,
			missionCode: missions.code,
			timeZone: missions.timeZone
		})
		.from(forumActions)
		.innerJoin(forumMeetings, eq(forumMeetings.id, forumActions.meetingId))
		.leftJoin(missions, eq(missions.id, forumActions.missionId))
		.where(where);
	return rows
		.map((r): ForumActionView & { closedAt: Date | null } => ({
			id: r.action.id,
			meetingId: r.action.meetingId,
			meetingDate: r.meetingDate,
			meetingTitle: r.meetingTitle,
			description: r.action.description,
			owner: r.action.owner,
			missionId: r.action.missionId,
			missionCode: r.missionCode,
			dueDate: r.action.dueDate,
			status: r.action.status,
			closingNote: r.action.closingNote,
			closedAt: r.action.closedAt,
			version: r.action.version,
			overdue: actionIsOverdue(r.action, ownerZone(r.timeZone), now)
		}))
		.sort(compareActions);
}

/** Every forum action this person may read, for the register of actions. */
export async function forumActionsFor(u: CurrentUser, now: Date = new Date()) {
	const all = await selectActions(db, undefined, now);
	return all.filter((a) => actionConcerns(u, a.missionId));
}

/**
 * Actions raised at earlier meetings that were still open on this meeting's day: open now, or
 * closed on or after that day (in the centre's calendar). They head the meeting's agenda.
 */
export function carriedTo<T extends { closedAt: Date | null; status: ActionStatus }>(
	meetingDate: string,
	earlier: T[]
): T[] {
	return earlier.filter(
		(a) =>
			!isActionClosed(a.status) ||
			a.closedAt === null ||
			todayIn(CENTRE.timeZone, a.closedAt) >= meetingDate
	);
}

/** The meetings, latest first, with who attended and how many of their actions are open. */
export async function listMeetings(u: CurrentUser) {
	const visible = await visibleMeetingIds(u);
	if (visible !== 'all' && visible.length === 0) return [];
	const where = visible === 'all' ? undefined : inArray(forumMeetings.id, visible);
	const [meetings, attendance, actions] = await Promise.all([
		db
			.select()
			.from(forumMeetings)
			.where(where)
			.orderBy(desc(forumMeetings.meetingDate), desc(forumMeetings.id)),
		db
			.select({ meetingId: forumAttendance.meetingId, code: missions.code })
			.from(forumAttendance)
			.innerJoin(missions, eq(missions.id, forumAttendance.missionId))
			.orderBy(asc(missions.code)),
		forumActionsFor(u)
	]);
	return meetings.map((mt) => ({
		...mt,
		missions: attendance.filter((a) => a.meetingId === mt.id).map((a) => a.code),
		actions: actions.filter((a) => a.meetingId === mt.id).length,
		open: actions.filter((a) => a.meetingId === mt.id && !isActionClosed(a.status)).length
	}));
}

/** One meeting as this person may read it, or undefined when it is not theirs to see. */
export async function getMeeting(u: CurrentUser, meetingId: number, now: Date = new Date()) {
	const meeting = await db.query.forumMeetings.findFirst({
		where: eq(forumMeetings.id, meetingId)
	});
	if (!meeting) return undefined;
	const visible = await visibleMeetingIds(u);
	if (visible !== 'all' && !visible.includes(meeting.id)) return undefined;
	const [attending, raised, earlier, next] = await Promise.all([
		db
			.select({ id: missions.id, code: missions.code, name: missions.name })
			.from(forumAttendance)
			.innerJoin(missions, eq(missions.id, forumAttendance.missionId))
			.where(eq(forumAttendance.meetingId, meeting.id))
			.orderBy(asc(missions.code)),
		selectActions(db, eq(forumActions.meetingId, meeting.id), now),
		selectActions(db, earlierThan(meeting), now),
		db.query.forumMeetings.findFirst({
			where: laterThan(meeting),
			orderBy: [asc(forumMeetings.meetingDate), asc(forumMeetings.id)]
		})
	]);
	return {
		meeting,
		attending,
		actions: raised.filter((a) => actionConcerns(u, a.missionId)),
		carriedOver: carriedTo(meeting.meetingDate, earlier).filter((a) =>
			actionConcerns(u, a.missionId)
		),
		next: next ? { id: next.id, title: next.title, meetingDate: next.meetingDate } : null
	};
}

/** Meetings held before this one: an earlier day, or the same day and made before it. */
const earlierThan = (mt: Pick<ForumMeeting, 'id' | 'meetingDate'>) =>
	or(
		lt(forumMeetings.meetingDate, mt.meetingDate),
		and(eq(forumMeetings.meetingDate, mt.meetingDate), lt(forumMeetings.id, mt.id))
	);

const laterThan = (mt: Pick<ForumMeeting, 'id' | 'meetingDate'>) =>
	or(
		gt(forumMeetings.meetingDate, mt.meetingDate),
		and(eq(forumMeetings.meetingDate, mt.meetingDate), gt(forumMeetings.id, mt.id))
	);

// ── Writing ─────────────────────────────────────────────────────────────────────────────

async function assertMissionsExist(tx: Transaction, ids: number[], field: string) {
	if (ids.length === 0) return;
	const found = await tx
		.select({ id: missions.id })
		.from(missions)
		.where(inArray(missions.id, ids));
	if (found.length !== new Set(ids).size) {
		throw new Refusal(400, field, m.validation_unknown_mission());
	}
}

async function setAttendance(tx: Transaction, meetingId: number, missionIds: number[]) {
	await tx.delete(forumAttendance).where(eq(forumAttendance.meetingId, meetingId));
	const unique = [...new Set(missionIds)];
	if (unique.length) {
		await tx.insert(forumAttendance).values(unique.map((missionId) => ({ meetingId, missionId })));
	}
}

export async function createMeeting(actor: CurrentUser, input: MeetingInput): Promise<number> {
	assertRunsForum(actor);
	return write(actor, async ({ tx, now, audit }) => {
		await assertMissionsExist(tx, input.missionIds, 'missionIds');
		const [row] = await tx
			.insert(forumMeetings)
			.values({
				meetingDate: input.meetingDate,
				title: input.title,
				agenda: input.agenda,
				notes: input.notes,
				decisions: input.decisions,
				createdBy: actor.id,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		await setAttendance(tx, row.id, input.missionIds);
		await audit({
			action: 'create',
			entity: 'forum_meeting',
			entityId: row.id,
			after: { ...row, missionIds: input.missionIds }
		});
		return row.id;
	});
}

/** Saves a meeting's details; a save from an older copy is refused with the newer values. */
export async function updateMeeting(
	actor: CurrentUser,
	meetingId: number,
	input: MeetingEditInput
): Promise<void> {
	assertRunsForum(actor);
	await write(actor, async ({ tx, now, audit }) => {
		const before = await tx.query.forumMeetings.findFirst({
			where: eq(forumMeetings.id, meetingId)
		});
		if (!before) throw new Refusal(404, null, m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_record(), before);
		}
		await assertMissionsExist(tx, input.missionIds, 'missionIds');
		const [after] = await tx
			.update(forumMeetings)
			.set({
				meetingDate: input.meetingDate,
				title: input.title,
				agenda: input.agenda,
				notes: input.notes,
				decisions: input.decisions,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(forumMeetings.id, before.id))
			.returning();
		await setAttendance(tx, before.id, input.missionIds);
		await audit({
			action: 'update',
			entity: 'forum_meeting',
			entityId: before.id,
			before,
			after: { ...after, missionIds: input.missionIds }
		});
	});
}

/** Records an action item agreed at a meeting. */
export async function addForumAction(
	actor: CurrentUser,
	meetingId: number,
	input: ForumActionInput
): Promise<number> {
	assertRunsForum(actor);
	return write(actor, async ({ tx, now, audit }) => {
		const meeting = await tx.query.forumMeetings.findFirst({
			where: eq(forumMeetings.id, meetingId)
		});
		if (!meeting) throw new Refusal(404, null, m.error_not_found());
		if (input.missionId) await assertMissionsExist(tx, [input.missionId], 'missionId');
		const [row] = await tx
			.insert(forumActions)
			.values({
				meetingId,
				description: input.description,
				owner: input.owner,
				missionId: input.missionId || null,
				dueDate: input.dueDate || null,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		await audit({ action: 'create', entity: 'forum_action', entityId: row.id, after: row });
		return row.id;
	});
}

/**
 * Changes an action item, from any meeting's page: an action carried over is closed at the
 * meeting where it is settled. A closed action takes no second closing (see assessments).
 */
export async function editForumAction(
	actor: CurrentUser,
	input: ForumActionEditInput
): Promise<void> {
	assertRunsForum(actor);
	await write(actor, async ({ tx, now, audit }) => {
		const before = await tx.query.forumActions.findFirst({
			where: eq(forumActions.id, input.actionId)
		});
		if (!before) throw new Refusal(404, null, m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_record(), before);
		}
		assertStatusChange(before.status, input.status);
		if (input.missionId) await assertMissionsExist(tx, [input.missionId], 'missionId');
		const closing = isActionClosed(input.status);
		const [after] = await tx
			.update(forumActions)
			.set({
				description: input.description,
				owner: input.owner,
				missionId: input.missionId || null,
				dueDate: input.dueDate || null,
				status: input.status,
				closingNote: input.closingNote,
				closedAt: closing ? (before.closedAt ?? now) : null,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(forumActions.id, before.id))
			.returning();
		await audit({
			action: 'update',
			entity: 'forum_action',
			entityId: before.id,
			before,
			after
		});
	});
}

/** The open forum actions, for the pack; closed ones are history. */
export async function openForumActions(u: CurrentUser, now: Date = new Date()) {
	return (await forumActionsFor(u, now)).filter((a) => !isActionClosed(a.status));
}
