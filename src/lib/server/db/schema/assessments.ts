import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { missions } from './reference';
import { workshops } from './workshops';
import { user } from './auth';
import { ACTION_STATUSES, ENTRY_KINDS, IMPACTS } from '../../../vocabulary';

/** The areas a breakout assesses a mission against; CSDP staff keep the list. */
export const assessmentAreas = sqliteTable('assessment_areas', {
	id: integer().primaryKey({ autoIncrement: true }),
	nameEn: text().notNull(),
	nameFr: text().notNull(),
	position: integer().notNull().default(0),
	/** A retired area keeps its past entries but is no longer offered for new ones. */
	active: integer({ mode: 'boolean' }).notNull().default(true),
	version: integer().notNull().default(1)
});

/** One strength or weakness of a mission, recorded in a workshop's breakout. */
export const assessmentEntries = sqliteTable(
	'assessment_entries',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		workshopId: integer()
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		missionId: integer()
			.notNull()
			.references(() => missions.id),
		areaId: integer()
			.notNull()
			.references(() => assessmentAreas.id),
		kind: text({ enum: ENTRY_KINDS }).notNull(),
		statement: text().notNull(),
		/** Weaknesses only; null for a strength. */
		impact: text({ enum: IMPACTS }),
		createdBy: text().references(() => user.id),
		version: integer().notNull().default(1),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		index('assessment_entries_workshop_mission_idx').on(t.workshopId, t.missionId),
		index('assessment_entries_mission_id_idx').on(t.missionId)
	]
);

/**
 * The improvement action of a weakness. Kept apart from the entry so that a focal point
 * updating its status never collides with a facilitator rewording the weakness.
 */
export const assessmentActions = sqliteTable(
	'assessment_actions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		entryId: integer()
			.notNull()
			.unique()
			.references(() => assessmentEntries.id, { onDelete: 'cascade' }),
		description: text().notNull(),
		owner: text().notNull(),
		/** Plain date; null when none was agreed. */
		dueDate: text(),
		status: text({ enum: ACTION_STATUSES }).notNull().default('open'),
		closingNote: text().notNull().default(''),
		version: integer().notNull().default(1),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('assessment_actions_status_idx').on(t.status)]
);
