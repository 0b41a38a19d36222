import { randomUUID } from 'node:crypto';
import { asc, eq, and, ne } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import { db, type Transaction } from './db';
import { account, missions, serviceLines, session, user } from './db/schema';
import { write, type Actor } from './db/write';
import { kept } from './db/kept';
import { Refusal } from './refusal';
import type { EditUserInput, NewUserInput } from '$lib/schemas/users';
import type { AppLocale } from '$lib/vocabulary';
import type { CurrentUser } from './access';
import { m } from '$lib/paraglide/messages';

type UserRow = typeof user.$inferSelect;

/** What is kept of a user in the audit log: never the password hash. */
function auditable(u: UserRow) {
	return {
		name: u.name,
		email: u.email,
		role: u.role,
		missionId: u.missionId,
		serviceLineId: u.serviceLineId,
		locale: u.locale,
		active: u.active
	};
}

/**
 * The signed-in person as the records say now: null once deactivated. Read on every request,
 * so it is kept in memory until the next write (db/kept.ts), which every change of an account
 * is; a change made by another process is seen from the next request on.
 */
export const findCurrentUser = kept((id: string) => id, findCurrentUserFromScratch);

/** The same, always read from the database (what the kept copy is checked against). */
export async function findCurrentUserFromScratch(id: string): Promise<CurrentUser | null> {
	const row = await db.query.user.findFirst({ where: eq(user.id, id) });
	if (!row || !row.active) return null;
	// Shared by every request while kept: frozen, so that no caller can change it for others.
	return Object.freeze({
		id: row.id,
		name: row.name,
		email: row.email,
		role: row.role,
		missionId: row.missionId,
		serviceLineId: row.serviceLineId,
		locale: row.locale
	});
}

export async function listUsers() {
	return db
		.select({
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			active: user.active,
			locale: user.locale,
			version: user.version,
			missionId: user.missionId,
			serviceLineId: user.serviceLineId,
			missionCode: missions.code,
			serviceLineCode: serviceLines.code
		})
		.from(user)
		.leftJoin(missions, eq(missions.id, user.missionId))
		.leftJoin(serviceLines, eq(serviceLines.id, user.serviceLineId))
		.orderBy(asc(user.role), asc(user.email));
}

async function checkReferences(
	tx: Transaction,
	input: { role: string; missionId: number; serviceLineId: number }
) {
	const missionId = input.role === 'focal_point' ? input.missionId : null;
	const serviceLineId = input.role === 'agent' ? input.serviceLineId : null;
	if (missionId && !(await tx.query.missions.findFirst({ where: eq(missions.id, missionId) }))) {
		throw new Refusal(400, 'missionId', m.validation_unknown_mission());
	}
	if (
		serviceLineId &&
		!(await tx.query.serviceLines.findFirst({ where: eq(serviceLines.id, serviceLineId) }))
	) {
		throw new Refusal(400, 'serviceLineId', m.validation_choice());
	}
	return { missionId, serviceLineId };
}

export async function createUser(
	actor: Actor,
	input: Omit<NewUserInput, 'locale'> & { locale: NewUserInput['locale'] | null }
): Promise<string> {
	const locale = input.locale || null;
	const hash = await hashPassword(input.password);
	return write(actor, async ({ tx, now, audit }) => {
		const taken = await tx.query.user.findFirst({ where: eq(user.email, input.email) });
		if (taken) throw new Refusal(409, 'email', m.validation_email_taken());
		const refs = await checkReferences(tx, input);
		const id = randomUUID();
		const [row] = await tx
			.insert(user)
			.values({
				id,
				name: input.name,
				email: input.email,
				emailVerified: true,
				role: input.role,
				missionId: refs.missionId,
				serviceLineId: refs.serviceLineId,
				locale,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		await tx.insert(account).values({
			id: randomUUID(),
			accountId: id,
			providerId: 'credential',
			userId: id,
			password: hash,
			createdAt: now,
			updatedAt: now
		});
		await audit({ action: 'create', entity: 'user', entityId: id, after: auditable(row) });
		return id;
	});
}

export async function updateUser(actor: Actor, input: EditUserInput): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const before = await tx.query.user.findFirst({ where: eq(user.id, input.userId) });
		if (!before) throw new Refusal(404, 'userId', m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_user(), auditable(before));
		}
		const taken = await tx.query.user.findFirst({
			where: and(eq(user.email, input.email), ne(user.id, input.userId))
		});
		if (taken) throw new Refusal(409, 'email', m.validation_email_taken());
		if (actor.id === input.userId && (input.role !== 'admin' || !input.active)) {
			throw new Refusal(400, 'role', m.validation_cannot_demote_self());
		}
		const refs = await checkReferences(tx, input);
		const [after] = await tx
			.update(user)
			.set({
				name: input.name,
				email: input.email,
				role: input.role,
				missionId: refs.missionId,
				serviceLineId: refs.serviceLineId,
				locale: input.locale || null,
				active: input.active,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(user.id, input.userId))
			.returning();
		// A deactivated person is signed out everywhere at once.
		if (!after.active) await tx.delete(session).where(eq(session.userId, after.id));
		await audit({
			action: 'update',
			entity: 'user',
			entityId: after.id,
			before: auditable(before),
			after: auditable(after)
		});
	});
}

export async function setUserLocale(actor: Actor, userId: string, locale: AppLocale) {
	await write(actor, async ({ tx, now }) => {
		// A language preference is not a change of record worth auditing.
		await tx.update(user).set({ locale, updatedAt: now }).where(eq(user.id, userId));
	});
}

export async function adminExists(): Promise<boolean> {
	return Boolean(await db.query.user.findFirst({ where: eq(user.role, 'admin') }));
}
