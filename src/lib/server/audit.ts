import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { db } from './db';
import { auditLog, user } from './db/schema';

export const AUDIT_PAGE_SIZE = 50;

/** The change history, newest first, paged by id so that new rows never shift a page. */
export async function listChanges(filter: { entity?: string; entityId?: string; before?: number }) {
	const where: SQL[] = [];
	if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
	if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
	if (filter.before) where.push(lt(auditLog.id, filter.before));
	const rows = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			before: auditLog.before,
			after: auditLog.after,
			userEmail: user.email
		})
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.userId))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE + 1);
	return {
		rows: rows.slice(0, AUDIT_PAGE_SIZE),
		nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1].id : null
	};
}
