import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { MISSION_KINDS } from '../../../vocabulary';

export const missions = sqliteTable('missions', {
	id: integer().primaryKey({ autoIncrement: true }),
	code: text().notNull().unique(),
	name: text().notNull(),
	kind: text({ enum: MISSION_KINDS }).notNull(),
	country: text().notNull(),
	dutyStation: text().notNull(),
	/** IANA zone: overdue dates and tier-1 business days are read in it. */
	timeZone: text().notNull(),
	/** ISO weekdays (1 = Monday … 7 = Sunday), comma-separated, e.g. "5,6". */
	weekendDays: text().notNull(),
	/** The day the query tracker opened; a plain date, set when the launch plan is launched. */
	goLiveDate: text(),
	version: integer().notNull().default(1),
	createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
	updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
});

export const serviceLines = sqliteTable('service_lines', {
	id: integer().primaryKey({ autoIncrement: true }),
	code: text().notNull().unique(),
	nameEn: text().notNull(),
	nameFr: text().notNull(),
	/** Resolution target in business days; the centre's public promise is seven. */
	targetDays: integer().notNull().default(7),
	version: integer().notNull().default(1)
});
