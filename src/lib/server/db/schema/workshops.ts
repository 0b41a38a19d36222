import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { missions } from './reference';
import { WORKSHOP_MODES } from '../../../vocabulary';

export const workshops = sqliteTable('workshops', {
	id: integer().primaryKey({ autoIncrement: true }),
	title: text().notNull(),
	mode: text({ enum: WORKSHOP_MODES }).notNull(),
	firstDay: text().notNull(),
	lastDay: text().notNull(),
	host: text().notNull(),
	version: integer().notNull().default(1),
	createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
	updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
});

export const breakoutGroups = sqliteTable(
	'breakout_groups',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		workshopId: integer()
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		facilitator: text().notNull().default(''),
		position: integer().notNull().default(0)
	},
	(t) => [index('breakout_groups_workshop_id_idx').on(t.workshopId)]
);

/** A mission taking part in a workshop, and the breakout group it sits in (if any yet). */
export const workshopMissions = sqliteTable(
	'workshop_missions',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		workshopId: integer()
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		missionId: integer()
			.notNull()
			.references(() => missions.id),
		breakoutGroupId: integer().references(() => breakoutGroups.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('workshop_missions_workshop_mission_idx').on(t.workshopId, t.missionId),
		index('workshop_missions_mission_id_idx').on(t.missionId)
	]
);
