import { Mutex } from 'async-mutex';
import { sql } from 'drizzle-orm';
import { db, type Transaction } from './index';
import { auditLog } from './schema';
import { forgetKept } from './kept';

/**
 * SQLite has one writer at a time, and overlapping interactive transactions on one libsql
 * client stall each other (the busy wait runs on the JavaScript thread). Every write of the
 * product therefore goes through this one queue: one transaction at a time per process,
 * each short, each carrying its own audit rows.
 */
const writer = new Mutex();

export interface Actor {
	id: string | null;
}

export interface AuditEntry {
	action: string;
	entity: string;
	entityId: string | number;
	before?: unknown;
	after?: unknown;
}

export interface WriteContext {
	tx: Transaction;
	now: Date;
	/** Records the change in the audit log, inside the same transaction. */
	audit(entry: AuditEntry): Promise<void>;
	/** Records many changes at once (an import), in multi-row statements. */
	auditAll(entries: AuditEntry[]): Promise<void>;
}

/** Audit rows per statement: well under SQLite's bound-variable limit. */
const AUDIT_ROWS = 500;

export function write<T>(actor: Actor, work: (ctx: WriteContext) => Promise<T>): Promise<T> {
	return writer.runExclusive(async () => {
		try {
			return await transaction(actor, work);
		} finally {
			// Committed or not, what this process keeps in memory is read again (db/kept.ts).
			forgetKept();
		}
	});
}

function transaction<T>(actor: Actor, work: (ctx: WriteContext) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		const now = new Date();
		const row = (entry: AuditEntry) => ({
			at: now,
			userId: actor.id,
			action: entry.action,
			entity: entry.entity,
			entityId: String(entry.entityId),
			before: entry.before ?? null,
			after: entry.after ?? null
		});
		const audit = async (entry: AuditEntry) => {
			await tx.insert(auditLog).values(row(entry));
		};
		const auditAll = async (entries: AuditEntry[]) => {
			for (let i = 0; i < entries.length; i += AUDIT_ROWS)
				await tx.insert(auditLog).values(entries.slice(i, i + AUDIT_ROWS).map(row));
		};
		const result = await work({ tx, now, audit, auditAll });
		// Other processes learn of the change from this number (db/kept.ts).
		await tx.run(sql`insert into data_version (id, version) values (1, 1)
				on conflict (id) do update set version = version + 1`);
		return result;
	});
}
