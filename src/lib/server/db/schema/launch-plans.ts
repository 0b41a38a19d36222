import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { missions } from './reference';
import { user } from './auth';
import { PLAN_EVENT_KINDS, PLAN_STATUSES } from '../../../vocabulary';

/** One launch plan per mission, from its first draft to the day it goes live. */
export const launchPlans = sqliteTable('launch_plans', {
	id: integer().primaryKey({ autoIncrement: true }),
	missionId: integer()
		.notNull()
		.unique()
		.references(() => missions.id),
	status: text({ enum: PLAN_STATUSES }).notNull().default('draft'),
	/** Where a plan on hold resumes. */
	heldFrom: text({ enum: PLAN_STATUSES }),
	/** Plain dates: the launch date aimed at now, and the one fixed on approval. */
	targetDate: text(),
	baselineDate: text(),
	launchedOn: text(),
	notes: text().notNull().default(''),
	approvedAt: integer({ mode: 'timestamp_ms' }),
	approvedBy: text().references(() => user.id),
	/** Set when an admin approved past open required checklist items. */
	overrideReason: text().notNull().default(''),
	version: integer().notNull().default(1),
	updatedBy: text().references(() => user.id),
	createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
	updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
});

export const launchMilestones = sqliteTable(
	'launch_milestones',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		planId: integer()
			.notNull()
			.references(() => launchPlans.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		owner: text().notNull().default(''),
		dueDate: text().notNull(),
		doneDate: text(),
		version: integer().notNull().default(1),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('launch_milestones_plan_id_idx').on(t.planId, t.dueDate)]
);

/**
 * The plan's own history: each status move, each change of the target date with its reason
 * (slippage is read from these against the baseline), and each approval override.
 */
export const launchPlanEvents = sqliteTable(
	'launch_plan_events',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		planId: integer()
			.notNull()
			.references(() => launchPlans.id, { onDelete: 'cascade' }),
		kind: text({ enum: PLAN_EVENT_KINDS }).notNull(),
		fromValue: text(),
		toValue: text(),
		reason: text().notNull().default(''),
		userId: text().references(() => user.id),
		at: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('launch_plan_events_plan_id_idx').on(t.planId, t.at)]
);

/**
 * A person's secret address for the launch calendar. Only a hash of the token is kept, so the
 * table never holds a usable address; revoking deletes the row.
 */
export const calendarFeeds = sqliteTable('calendar_feeds', {
	id: integer().primaryKey({ autoIncrement: true }),
	userId: text()
		.notNull()
		.unique()
		.references(() => user.id, { onDelete: 'cascade' }),
	tokenHash: text().notNull().unique(),
	createdAt: integer({ mode: 'timestamp_ms' }).notNull()
});
