import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { missions, serviceLines } from './reference';
import { ROLES, LOCALES } from '../../../vocabulary';

/**
 * The person's account. better-auth owns the first columns; the rest say what the person
 * may do in the product: one role, and for focal points their mission, for agents their
 * service line.
 */
export const user = sqliteTable(
	'user',
	{
		id: text().primaryKey(),
		name: text().notNull(),
		email: text().notNull().unique(),
		emailVerified: integer({ mode: 'boolean' }).notNull().default(false),
		image: text(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
		role: text({ enum: ROLES }).notNull().default('leadership'),
		missionId: integer().references(() => missions.id),
		serviceLineId: integer().references(() => serviceLines.id),
		locale: text({ enum: LOCALES }),
		active: integer({ mode: 'boolean' }).notNull().default(true),
		version: integer().notNull().default(1)
	},
	(t) => [index('user_role_idx').on(t.role)]
);

export const session = sqliteTable(
	'session',
	{
		id: text().primaryKey(),
		expiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
		token: text().notNull().unique(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull(),
		ipAddress: text(),
		userAgent: text(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [index('session_user_id_idx').on(t.userId)]
);

export const account = sqliteTable(
	'account',
	{
		id: text().primaryKey(),
		accountId: text().notNull(),
		providerId: text().notNull(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text(),
		refreshToken: text(),
		idToken: text(),
		accessTokenExpiresAt: integer({ mode: 'timestamp_ms' }),
		refreshTokenExpiresAt: integer({ mode: 'timestamp_ms' }),
		scope: text(),
		password: text(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('account_user_id_idx').on(t.userId)]
);

export const verification = sqliteTable(
	'verification',
	{
		id: text().primaryKey(),
		identifier: text().notNull(),
		value: text().notNull(),
		expiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
		createdAt: integer({ mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer({ mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('verification_identifier_idx').on(t.identifier)]
);
