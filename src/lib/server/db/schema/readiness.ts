import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { missions } from './reference';
import { user } from './auth';
import { CHECKLIST_STATUSES, TEMPLATE_STATES } from '../../../vocabulary';

/** The areas a launch needs work in; the checklist items and the heat map are grouped by them. */
export const readinessAreas = sqliteTable('readiness_areas', {
	id: integer().primaryKey({ autoIncrement: true }),
	code: text().notNull().unique(),
	nameEn: text().notNull(),
	nameFr: text().notNull(),
	position: integer().notNull().default(0)
});

/**
 * One version of the alignment checklist. Only one is published at a time (the current one);
 * at most one draft is being prepared; earlier published versions are kept as retired.
 */
export const checklistTemplates = sqliteTable(
	'checklist_templates',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		/** The version number people see ("version 2"). */
		number: integer().notNull().unique(),
		state: text({ enum: TEMPLATE_STATES }).notNull(),
		/** Red/amber/green thresholds, in percent: green from greenFrom, amber from amberFrom. */
		greenFrom: integer().notNull(),
		amberFrom: integer().notNull(),
		note: text().notNull().default(''),
		publishedAt: integer({ mode: 'timestamp_ms' }),
		publishedBy: text().references(() => user.id),
		version: integer().notNull().default(1),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('checklist_templates_state_idx').on(t.state)]
);

export const checklistItems = sqliteTable(
	'checklist_items',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		templateId: integer()
			.notNull()
			.references(() => checklistTemplates.id, { onDelete: 'cascade' }),
		/**
		 * Stays the same when an item is copied into the next version; a mission's answer moves
		 * with the item when the key and the wording of its title are unchanged.
		 */
		key: text().notNull(),
		areaId: integer()
			.notNull()
			.references(() => readinessAreas.id),
		titleEn: text().notNull(),
		titleFr: text().notNull(),
		guidanceEn: text().notNull().default(''),
		guidanceFr: text().notNull().default(''),
		weight: integer().notNull(),
		required: integer({ mode: 'boolean' }).notNull().default(false),
		position: integer().notNull().default(0),
		version: integer().notNull().default(1)
	},
	(t) => [
		uniqueIndex('checklist_items_template_key_idx').on(t.templateId, t.key),
		index('checklist_items_area_id_idx').on(t.areaId)
	]
);

/** A mission's answer to one item; a missing row means "not started". */
export const readinessResponses = sqliteTable(
	'readiness_responses',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		missionId: integer()
			.notNull()
			.references(() => missions.id),
		itemId: integer()
			.notNull()
			.references(() => checklistItems.id, { onDelete: 'cascade' }),
		status: text({ enum: CHECKLIST_STATUSES }).notNull(),
		notApplicableReason: text().notNull().default(''),
		evidence: text().notNull().default(''),
		evidenceUrl: text().notNull().default(''),
		owner: text().notNull().default(''),
		dueDate: text(),
		version: integer().notNull().default(1),
		updatedBy: text().references(() => user.id),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [
		uniqueIndex('readiness_responses_mission_item_idx').on(t.missionId, t.itemId),
		index('readiness_responses_item_id_idx').on(t.itemId)
	]
);

/**
 * The score as it stood after each change to a mission's checklist (an answer saved, a new
 * template version): the readiness history is read from these rows, never recomputed.
 */
export const readinessSnapshots = sqliteTable(
	'readiness_snapshots',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		missionId: integer()
			.notNull()
			.references(() => missions.id),
		templateId: integer()
			.notNull()
			.references(() => checklistTemplates.id),
		at: integer({ mode: 'timestamp_ms' }).notNull(),
		/** Weighted share done, 0–1; null when no item applies. */
		score: real(),
		doneWeight: integer().notNull(),
		applicableWeight: integer().notNull(),
		requiredOpen: integer().notNull(),
		/** What caused it: 'answer' or 'template' (moved to a new version). */
		cause: text({ enum: ['answer', 'template'] }).notNull(),
		/** For an answer, the item's key; for a template move, how many answers were kept. */
		detail: text().notNull().default(''),
		userId: text().references(() => user.id)
	},
	(t) => [index('readiness_snapshots_mission_at_idx').on(t.missionId, t.at)]
);
