import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { db } from './db';
import { feedback, forumMeetings, missions, serviceLines, workshops } from './db/schema';
import { write } from './db/write';
import { Refusal } from './refusal';
import { canReadMission, isCsdp, type CurrentUser } from './access';
import { isOverdue } from '$lib/plain-date';
import { CENTRE } from './seed/rollout-2021';
import type { ActionStatus, FeedbackKind, FeedbackSource, FeedbackStatus } from '$lib/vocabulary';
import type { FeedbackInput, FeedbackResponseInput } from '$lib/schemas/feedback';
import { m } from '$lib/paraglide/messages';

export type Feedback = typeof feedback.$inferSelect;

export interface FeedbackFilters {
	missionId?: number;
	serviceLineId?: number;
	kind?: FeedbackKind;
	status?: FeedbackStatus;
}

/**
 * Developmental feedback is an action of its service line: received is still open, being
 * addressed is in progress, addressed is done. Positive feedback is kept, not acted on.
 */
export const feedbackActionStatus: Record<FeedbackStatus, ActionStatus> = {
	received: 'open',
	being_addressed: 'in_progress',
	addressed: 'done'
};

/**
 * A service line works at the centre, so the date it set itself is read in the centre's
 * calendar.
 */
export function feedbackIsOverdue(
	row: Pick<Feedback, 'kind' | 'status' | 'dueDate'>,
	now: Date = new Date()
): boolean {
	return (
		row.kind === 'developmental' &&
		row.status !== 'addressed' &&
		isOverdue(row.dueDate, CENTRE.timeZone, now)
	);
}

/** Focal points give feedback for their own mission; CSDP staff record it for any mission. */
export function mayGiveFeedback(u: CurrentUser, missionId?: number): boolean {
	if (isCsdp(u)) return true;
	return u.role === 'focal_point' && (missionId === undefined || u.missionId === missionId);
}

/** A service line's agents answer its feedback; CSDP staff may record an answer given aloud. */
export function mayRespond(u: CurrentUser, serviceLineId: number): boolean {
	return isCsdp(u) || (u.role === 'agent' && u.serviceLineId === serviceLineId);
}

/** The sessions feedback can come from, latest first, for the form's choice. */
export async function feedbackSessions() {
	const [ws, meetings] = await Promise.all([
		db
			.select({ id: workshops.id, title: workshops.title, day: workshops.firstDay })
			.from(workshops)
			.orderBy(desc(workshops.firstDay)),
		db
			.select({ id: forumMeetings.id, title: forumMeetings.title, day: forumMeetings.meetingDate })
			.from(forumMeetings)
			.orderBy(desc(forumMeetings.meetingDate))
	]);
	return [
		...ws.map((w) => ({ value: `workshop:${w.id}`, title: w.title, day: w.day })),
		...meetings.map((mt) => ({ value: `forum:${mt.id}`, title: mt.title, day: mt.day }))
	].sort((a, b) => b.day.localeCompare(a.day));
}

/** The feedback this person may read, newest first: a focal point's own mission only. */
export async function listFeedback(u: CurrentUser, f: FeedbackFilters = {}, now = new Date()) {
	const where: (SQL | undefined)[] = [
		u.role === 'focal_point' ? eq(feedback.missionId, u.missionId ?? -1) : undefined,
		f.missionId ? eq(feedback.missionId, f.missionId) : undefined,
		f.serviceLineId ? eq(feedback.serviceLineId, f.serviceLineId) : undefined,
		f.kind ? eq(feedback.kind, f.kind) : undefined,
		f.status ? eq(feedback.status, f.status) : undefined
	];
	const rows = await db
		.select({
			row: feedback,
			missionCode: missions.code,
			lineNameEn: serviceLines.nameEn,
			lineNameFr: serviceLines.nameFr,
			workshopTitle: workshops.title,
			meetingTitle: forumMeetings.title
		})
		.from(feedback)
		.innerJoin(missions, eq(missions.id, feedback.missionId))
		.innerJoin(serviceLines, eq(serviceLines.id, feedback.serviceLineId))
		.leftJoin(workshops, eq(workshops.id, feedback.workshopId))
		.leftJoin(forumMeetings, eq(forumMeetings.id, feedback.meetingId))
		.where(and(...where))
		.orderBy(desc(feedback.givenOn), asc(serviceLines.nameEn), desc(feedback.id));
	return rows.map((r) => ({
		...r.row,
		missionCode: r.missionCode,
		line: { nameEn: r.lineNameEn, nameFr: r.lineNameFr },
		sessionTitle: r.workshopTitle ?? r.meetingTitle ?? null,
		overdue: feedbackIsOverdue(r.row, now),
		canRespond: mayRespond(u, r.row.serviceLineId)
	}));
}

async function sessionOf(session: string): Promise<{
	source: FeedbackSource;
	workshopId: number | null;
	meetingId: number | null;
}> {
	if (session === 'other') return { source: 'other', workshopId: null, meetingId: null };
	const [kind, raw] = session.split(':');
	const id = Number(raw);
	if (kind === 'workshop') {
		const found = await db.query.workshops.findFirst({ where: eq(workshops.id, id) });
		if (found) return { source: 'workshop', workshopId: id, meetingId: null };
	} else {
		const found = await db.query.forumMeetings.findFirst({ where: eq(forumMeetings.id, id) });
		if (found) return { source: 'forum', workshopId: null, meetingId: id };
	}
	throw new Refusal(400, 'session', m.feedback_unknown_session());
}

/** Records a mission's feedback on a service line. */
export async function giveFeedback(actor: CurrentUser, input: FeedbackInput): Promise<number> {
	if (!mayGiveFeedback(actor)) throw new Refusal(403, null, m.error_forbidden());
	if (!mayGiveFeedback(actor, input.missionId)) {
		throw new Refusal(400, 'missionId', m.feedback_own_mission_only());
	}
	const [mission, line, session] = await Promise.all([
		db.query.missions.findFirst({ where: eq(missions.id, input.missionId) }),
		db.query.serviceLines.findFirst({ where: eq(serviceLines.id, input.serviceLineId) }),
		sessionOf(input.session)
	]);
	if (!mission) throw new Refusal(400, 'missionId', m.validation_unknown_mission());
	if (!line) throw new Refusal(400, 'serviceLineId', m.feedback_unknown_line());
	return write(actor, async ({ tx, now, audit }) => {
		const [row] = await tx
			.insert(feedback)
			.values({
				missionId: input.missionId,
				serviceLineId: input.serviceLineId,
				kind: input.kind,
				body: input.body,
				...session,
				givenOn: input.givenOn,
				createdBy: actor.id,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		await audit({ action: 'create', entity: 'feedback', entityId: row.id, after: row });
		return row.id;
	});
}

/** The service line's answer and where it stands; a stale save is refused with the newer one. */
export async function respondToFeedback(
	actor: CurrentUser,
	input: FeedbackResponseInput
): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const before = await tx.query.feedback.findFirst({
			where: eq(feedback.id, input.feedbackId)
		});
		if (!before || !canReadMission(actor, before.missionId)) {
			throw new Refusal(404, null, m.error_not_found());
		}
		if (!mayRespond(actor, before.serviceLineId)) {
			throw new Refusal(403, null, m.error_forbidden());
		}
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_record(), before);
		}
		const [after] = await tx
			.update(feedback)
			.set({
				status: input.status,
				response: input.response,
				dueDate: input.dueDate || null,
				respondedBy: actor.id,
				respondedAt: now,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(feedback.id, before.id))
			.returning();
		await audit({ action: 'update', entity: 'feedback', entityId: before.id, before, after });
	});
}
