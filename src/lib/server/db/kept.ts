import { client } from './index';

/**
 * Copies in memory of records that change rarely and are read on every page (the signed-in
 * person, missions, service lines), kept exact:
 *
 * - every write of the product goes through db/write.ts, which moves `data_version` in the
 *   same transaction and, once committed, drops every copy in this process at once;
 * - each request first reads `data_version` (one primary-key read, see hooks.server.ts): a
 *   change committed by another process (a second server on the same libSQL database, a
 *   script) drops every copy before the request reads any, so a deactivated account is
 *   refused from its next request in every process, as when the row was read each time.
 *
 * A copy is a promise, so that concurrent requests share one read; one that fails is dropped.
 */
const copies = new Set<Map<string, Promise<unknown>>>();
let seen: number | null = null;

/** Drops every copy in this process. */
export function forgetKept(): void {
	for (const kept of copies) kept.clear();
}

/** Reads the data version and drops every copy when it moved since it was last read. */
export async function checkDataVersion(): Promise<void> {
	const { rows } = await client.execute('select version from data_version where id = 1');
	const version = rows.length ? Number(rows[0].version) : 0;
	if (version !== seen) {
		forgetKept();
		seen = version;
	}
}

/** At most this many copies of one kind: more are read again rather than kept. */
const MAX_COPIES = 5000;

/** `read` kept per key until the next change of any record. */
export function kept<A extends unknown[], T>(
	keyOf: (...args: A) => string,
	read: (...args: A) => Promise<T>
): (...args: A) => Promise<T> {
	const kept = new Map<string, Promise<unknown>>();
	copies.add(kept);
	return (...args: A) => {
		const key = keyOf(...args);
		const found = kept.get(key);
		if (found) return found as Promise<T>;
		// Shared by every reader while kept: frozen, so that no caller can change it for others.
		const value = read(...args).then(deepFreeze);
		if (kept.size >= MAX_COPIES) kept.clear();
		kept.set(key, value);
		value.catch(() => {
			if (kept.get(key) === value) kept.delete(key);
		});
		return value;
	};
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
