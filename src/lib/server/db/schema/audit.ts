import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** One row per change, written in the same transaction as the change itself. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		at: integer({ mode: 'timestamp_ms' }).notNull(),
		/** Null for changes made by the system itself (first-start seeding). */
		userId: text(),
		action: text().notNull(),
		entity: text().notNull(),
		entityId: text().notNull(),
		before: text({ mode: 'json' }),
		after: text({ mode: 'json' })
	},
	(t) => [
		index('audit_log_entity_idx').on(t.entity, t.entityId),
		index('audit_log_at_idx').on(t.at)
	]
);

/**
 * Moved by every write transaction of the product (db/write.ts), in the same transaction. What
 * a process keeps in memory of the rarely changing records (who is signed in, missions, service
 * lines) is exact while this number is the one it was read at, whichever process wrote.
 */
export const dataVersion = sqliteTable('data_version', {
	id: integer().primaryKey(),
	version: integer().notNull()
});
