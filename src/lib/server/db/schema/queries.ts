import {
	sqliteTable,
	text,
	integer,
	index,
	uniqueIndex,
	primaryKey
} from 'drizzle-orm/sqlite-core';
import { missions, serviceLines } from './reference';
import { user } from './auth';
import {
	QUERY_CHANNELS,
	QUERY_EVENT_KINDS,
	QUERY_PRIORITIES,
	QUERY_STATUSES
} from '../../../vocabulary';

/**
 * Days off beyond the weekend. A null mission is the centre's calendar (Entebbe), used at
 * tiers 2 and 3; a mission's own holidays apply while its CSU holds a query.
 */
export const holidays = sqliteTable(
	'holidays',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		missionId: integer().references(() => missions.id),
		date: text().notNull(),
		name: text().notNull()
	},
	// One holiday per calendar and day is checked by addHoliday (writes are serialized): SQLite's
	// unique indexes treat every null mission as distinct.
	(t) => [index('holidays_mission_date_idx').on(t.missionId, t.date)]
);

/** A resolution target for one priority of one service line, overriding the line's own. */
export const priorityTargets = sqliteTable(
	'priority_targets',
	{
		serviceLineId: integer()
			.notNull()
			.references(() => serviceLines.id),
		priority: text({ enum: QUERY_PRIORITIES }).notNull(),
		targetDays: integer().notNull()
	},
	(t) => [primaryKey({ columns: [t.serviceLineId, t.priority] })]
);

/**
 * One client query. Besides what people type, each row carries the state of its business-time
 * clock and the facts the KPIs read (last resolution, business time to resolve, highest tier,
 * within target, rating), kept up to date by every change so no KPI recomputes a timeline.
 */
export const queries = sqliteTable(
	'queries',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		missionId: integer()
			.notNull()
			.references(() => missions.id),
		/** Per-mission running number; the reference is the mission code and this number. */
		number: integer().notNull(),
		serviceLineId: integer()
			.notNull()
			.references(() => serviceLines.id),
		requesterName: text().notNull(),
		requesterEmail: text().notNull(),
		requesterIndex: text().notNull().default(''),
		channel: text({ enum: QUERY_CHANNELS }).notNull(),
		priority: text({ enum: QUERY_PRIORITIES }).notNull(),
		subject: text().notNull(),
		description: text().notNull().default(''),
		status: text({ enum: QUERY_STATUSES }).notNull(),
		tier: integer().notNull().default(1),
		assigneeId: text().references(() => user.id),
		receivedAt: integer({ mode: 'timestamp_ms' }).notNull(),
		/** 'YYYY-MM' of intake in the centre's zone: the intake-month KPIs group by it. */
		receivedMonth: text().notNull(),
		/** The target in business days, fixed at intake from the line (or its priority). */
		targetDays: integer().notNull(),
		/** Business ms counted up to clockSince (or in all, while the clock is stopped). */
		clockMs: integer().notNull().default(0),
		clockSince: integer({ mode: 'timestamp_ms' }),
		/** When the running clock reaches the target; null while it is stopped. */
		dueAt: integer({ mode: 'timestamp_ms' }),
		maxTier: integer().notNull().default(1),
		firstResolvedAt: integer({ mode: 'timestamp_ms' }),
		/** The last resolution; cleared by a reopen until the query is resolved again. */
		resolvedAt: integer({ mode: 'timestamp_ms' }),
		resolvedMonth: text(),
		resolveBusinessMs: integer(),
		withinTarget: integer({ mode: 'boolean' }),
		closedAt: integer({ mode: 'timestamp_ms' }),
		/** 1–5, null when not rated (never 0). */
		rating: integer(),
		ratingComment: text().notNull().default(''),
		/** Hidden in the create form: a double submit finds the query the first one made. */
		idempotencyKey: text().unique(),
		createdBy: text(),
		version: integer().notNull().default(1),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		uniqueIndex('queries_mission_number_idx').on(t.missionId, t.number),
		index('queries_received_at_idx').on(t.receivedAt),
		index('queries_status_idx').on(t.status, t.tier),
		index('queries_assignee_idx').on(t.assigneeId, t.status),
		// The list filtered by mission and status, newest first, and its count.
		index('queries_mission_status_received_idx').on(t.missionId, t.status, t.receivedAt),
		index('queries_mission_received_idx').on(t.missionId, t.receivedAt),
		index('queries_line_received_idx').on(t.serviceLineId, t.receivedAt),
		index('queries_due_idx').on(t.dueAt),
		// Median and 90th percentile read resolved durations month by month in order.
		index('queries_resolved_month_ms_idx').on(
			t.resolvedMonth,
			t.resolveBusinessMs,
			t.missionId,
			t.serviceLineId
		)
	]
);

/** The timeline: every change and every message on a query, with who and when. */
export const queryEvents = sqliteTable(
	'query_events',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		queryId: integer()
			.notNull()
			.references(() => queries.id, { onDelete: 'cascade' }),
		at: integer({ mode: 'timestamp_ms' }).notNull(),
		actorId: text(),
		actorName: text().notNull().default(''),
		kind: text({ enum: QUERY_EVENT_KINDS }).notNull(),
		fromStatus: text({ enum: QUERY_STATUSES }),
		toStatus: text({ enum: QUERY_STATUSES }),
		fromTier: integer(),
		toTier: integer(),
		assigneeName: text(),
		/** A reply to the client, an internal note, or the reason for an escalation. */
		body: text().notNull().default('')
	},
	(t) => [index('query_events_query_idx').on(t.queryId, t.at)]
);

/**
 * Monthly totals per mission and service line, kept in step with `queries` on every change
 * (and rebuilt from scratch after a bulk load). Intake counts sit in the month of intake;
 * everything about resolution in the month of the last resolution.
 */
export const queryMonthly = sqliteTable(
	'query_monthly',
	{
		month: text().notNull(),
		missionId: integer().notNull(),
		serviceLineId: integer().notNull(),
		received: integer().notNull().default(0),
		resolved: integer().notNull().default(0),
		resolvedAtMission: integer().notNull().default(0),
		escalatedCentre: integer().notNull().default(0),
		escalatedBeyond: integer().notNull().default(0),
		withinTarget: integer().notNull().default(0),
		resolveMsSum: integer().notNull().default(0),
		rated: integer().notNull().default(0),
		ratingSum: integer().notNull().default(0),
		rated45: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.month, t.missionId, t.serviceLineId] })]
);

/**
 * One row, its number moved in the same transaction as every change to the monthly totals: a
 * KPI answer kept in memory is still exact while this number is the one it was computed at,
 * whichever process made the change.
 */
export const queryFiguresVersion = sqliteTable('query_figures_version', {
	id: integer().primaryKey(),
	version: integer().notNull()
});
