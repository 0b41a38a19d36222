import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { missions, serviceLines } from './reference';
import { workshops } from './workshops';
import { user } from './auth';
import {
	ACTION_STATUSES,
	FEEDBACK_KINDS,
	FEEDBACK_SOURCES,
	FEEDBACK_STATUSES
} from '../../../vocabulary';

/** One monthly CSDM forum meeting, chaired by CSDP staff. */
export const forumMeetings = sqliteTable(
	'forum_meetings',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		/** Plain date. */
		meetingDate: text().notNull(),
		title: text().notNull(),
		agenda: text().notNull().default(''),
		notes: text().notNull().default(''),
		decisions: text().notNull().default(''),
		version: integer().notNull().default(1),
		createdBy: text().references(() => user.id),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('forum_meetings_meeting_date_idx').on(t.meetingDate)]
);

export const forumAttendance = sqliteTable(
	'forum_attendance',
	{
		meetingId: integer()
			.notNull()
			.references(() => forumMeetings.id, { onDelete: 'cascade' }),
		missionId: integer()
			.notNull()
			.references(() => missions.id)
	},
	(t) => [
		primaryKey({ columns: [t.meetingId, t.missionId] }),
		index('forum_attendance_mission_id_idx').on(t.missionId)
	]
);

/**
 * An action item agreed at a meeting. It stays on the agenda of every later meeting until it is
 * closed; `closedAt` tells which meetings it was still open for.
 */
export const forumActions = sqliteTable(
	'forum_actions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		meetingId: integer()
			.notNull()
			.references(() => forumMeetings.id, { onDelete: 'cascade' }),
		description: text().notNull(),
		owner: text().notNull(),
		/** The mission the action concerns; null for the centre's own actions. */
		missionId: integer().references(() => missions.id),
		/** Plain date; null when none was agreed. */
		dueDate: text(),
		status: text({ enum: ACTION_STATUSES }).notNull().default('open'),
		closingNote: text().notNull().default(''),
		closedAt: integer({ mode: 'timestamp_ms' }),
		version: integer().notNull().default(1),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('forum_actions_meeting_id_idx').on(t.meetingId),
		index('forum_actions_mission_id_idx').on(t.missionId),
		index('forum_actions_status_idx').on(t.status)
	]
);

/**
 * Voice of the Mission: a mission's word on one of the centre's service lines, and the service
 * line's answer. Developmental feedback is an action of the service line until addressed.
 */
export const feedback = sqliteTable(
	'feedback',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		missionId: integer()
			.notNull()
			.references(() => missions.id),
		serviceLineId: integer()
			.notNull()
			.references(() => serviceLines.id),
		kind: text({ enum: FEEDBACK_KINDS }).notNull(),
		body: text().notNull(),
		source: text({ enum: FEEDBACK_SOURCES }).notNull(),
		workshopId: integer().references(() => workshops.id),
		meetingId: integer().references(() => forumMeetings.id),
		/** Plain date the mission gave it. */
		givenOn: text().notNull(),
		status: text({ enum: FEEDBACK_STATUSES }).notNull().default('received'),
		response: text().notNull().default(''),
		/** Plain date by which the service line means to address it; null when none. */
		dueDate: text(),
		respondedBy: text().references(() => user.id),
		respondedAt: integer({ mode: 'timestamp_ms' }),
		version: integer().notNull().default(1),
		createdBy: text().references(() => user.id),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('feedback_mission_id_idx').on(t.missionId),
		index('feedback_service_line_id_idx').on(t.serviceLineId, t.status)
	]
);
