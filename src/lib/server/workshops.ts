import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Transaction } from './db';
import { breakoutGroups, missions, workshopMissions, workshops } from './db/schema';
import { write, type Actor } from './db/write';
import { Refusal } from './refusal';
import type { WorkshopInput } from '$lib/schemas/workshops';
import type { CurrentUser } from './access';
import { m } from '$lib/paraglide/messages';

export type Workshop = typeof workshops.$inferSelect;

export async function listWorkshops(user: CurrentUser) {
	const missionCount = sql<number>`(select count(*) from workshop_missions wm where wm.workshop_id = "workshops"."id")`;
	const base = db
		.select({
			id: workshops.id,
			title: workshops.title,
			mode: workshops.mode,
			firstDay: workshops.firstDay,
			lastDay: workshops.lastDay,
			host: workshops.host,
			missionCount
		})
		.from(workshops);
	// A focal point sees only the workshops their mission took part in.
	const rows =
		user.role === 'focal_point'
			? await base.where(
					sql`exists (select 1 from workshop_missions wm where wm.workshop_id = "workshops"."id" and wm.mission_id = ${user.missionId ?? -1})`
				)
			: await base;
	return rows.sort((a, b) => b.firstDay.localeCompare(a.firstDay));
}

export interface WorkshopDetail extends Workshop {
	groups: { id: number; name: string; facilitator: string; position: number }[];
	participants: {
		missionId: number;
		code: string;
		name: string;
		breakoutGroupId: number | null;
	}[];
}

export async function getWorkshop(id: number): Promise<WorkshopDetail | undefined> {
	const workshop = await db.query.workshops.findFirst({ where: eq(workshops.id, id) });
	if (!workshop) return undefined;
	const [groups, participants] = await Promise.all([
		db
			.select({
				id: breakoutGroups.id,
				name: breakoutGroups.name,
				facilitator: breakoutGroups.facilitator,
				position: breakoutGroups.position
			})
			.from(breakoutGroups)
			.where(eq(breakoutGroups.workshopId, id))
			.orderBy(asc(breakoutGroups.position), asc(breakoutGroups.id)),
		db
			.select({
				missionId: missions.id,
				code: missions.code,
				name: missions.name,
				breakoutGroupId: workshopMissions.breakoutGroupId
			})
			.from(workshopMissions)
			.innerJoin(missions, eq(missions.id, workshopMissions.missionId))
			.where(eq(workshopMissions.workshopId, id))
			.orderBy(asc(missions.code))
	]);
	return { ...workshop, groups, participants };
}

/** The workshops a mission took part in, with the breakout group it sat in. */
export async function workshopsOfMission(missionId: number) {
	return db
		.select({
			id: workshops.id,
			title: workshops.title,
			firstDay: workshops.firstDay,
			lastDay: workshops.lastDay,
			groupId: breakoutGroups.id,
			groupName: breakoutGroups.name
		})
		.from(workshopMissions)
		.innerJoin(workshops, eq(workshops.id, workshopMissions.workshopId))
		.leftJoin(breakoutGroups, eq(breakoutGroups.id, workshopMissions.breakoutGroupId))
		.where(eq(workshopMissions.missionId, missionId))
		.orderBy(asc(workshops.firstDay));
}

async function assertMissionsExist(tx: Transaction, ids: number[]) {
	if (ids.length === 0) return;
	const found = await tx
		.select({ id: missions.id })
		.from(missions)
		.where(inArray(missions.id, ids));
	if (found.length !== new Set(ids).size) {
		throw new Refusal(400, 'missionIds', m.validation_unknown_mission());
	}
}

export async function createWorkshop(actor: Actor, input: WorkshopInput): Promise<number> {
	return write(actor, async ({ tx, now, audit }) => {
		const missionIds = [...new Set(input.missionIds)];
		await assertMissionsExist(tx, missionIds);
		const [row] = await tx
			.insert(workshops)
			.values({
				title: input.title,
				mode: input.mode,
				firstDay: input.firstDay,
				lastDay: input.lastDay,
				host: input.host,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		for (let i = 0; i < input.groupCount; i++) {
			await tx.insert(breakoutGroups).values({
				workshopId: row.id,
				name: m.breakout_default_name({ n: i + 1 }),
				position: i
			});
		}
		if (missionIds.length > 0) {
			await tx
				.insert(workshopMissions)
				.values(missionIds.map((missionId) => ({ workshopId: row.id, missionId })));
		}
		await audit({
			action: 'create',
			entity: 'workshop',
			entityId: row.id,
			after: { ...row, missionIds }
		});
		return row.id;
	});
}

export async function updateWorkshop(
	actor: Actor,
	id: number,
	input: WorkshopInput & { version: number }
): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const before = await tx.query.workshops.findFirst({ where: eq(workshops.id, id) });
		if (!before) throw new Refusal(404, null, m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_workshop(), before);
		}
		const missionIds = [...new Set(input.missionIds)];
		await assertMissionsExist(tx, missionIds);
		const [after] = await tx
			.update(workshops)
			.set({
				title: input.title,
				mode: input.mode,
				firstDay: input.firstDay,
				lastDay: input.lastDay,
				host: input.host,
				version: before.version + 1,
				updatedAt: now
			})
			.where(eq(workshops.id, id))
			.returning();
		const current = await tx
			.select({ missionId: workshopMissions.missionId })
			.from(workshopMissions)
			.where(eq(workshopMissions.workshopId, id));
		const had = new Set(current.map((r) => r.missionId));
		const removed = [...had].filter((mid) => !missionIds.includes(mid));
		const added = missionIds.filter((mid) => !had.has(mid));
		if (removed.length > 0) {
			await tx
				.delete(workshopMissions)
				.where(
					and(eq(workshopMissions.workshopId, id), inArray(workshopMissions.missionId, removed))
				);
		}
		if (added.length > 0) {
			await tx
				.insert(workshopMissions)
				.values(added.map((missionId) => ({ workshopId: id, missionId })));
		}
		await audit({
			action: 'update',
			entity: 'workshop',
			entityId: id,
			before: { ...before, missionIds: [...had] },
			after: { ...after, missionIds }
		});
	});
}

export async function addBreakoutGroup(
	actor: Actor,
	workshopId: number,
	input: { name: string; facilitator: string }
): Promise<number> {
	return write(actor, async ({ tx, audit }) => {
		const workshop = await tx.query.workshops.findFirst({ where: eq(workshops.id, workshopId) });
		if (!workshop) throw new Refusal(404, null, m.error_not_found());
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${breakoutGroups.position}) + 1, 0)` })
			.from(breakoutGroups)
			.where(eq(breakoutGroups.workshopId, workshopId));
		const [row] = await tx
			.insert(breakoutGroups)
			.values({ workshopId, name: input.name, facilitator: input.facilitator, position: next })
			.returning();
		await audit({ action: 'create', entity: 'breakout_group', entityId: row.id, after: row });
		return row.id;
	});
}

export async function updateBreakoutGroup(
	actor: Actor,
	workshopId: number,
	input: {
		groupId: number;
		name: string;
		facilitator: string;
		seenName: string;
		seenFacilitator: string;
	}
): Promise<void> {
	await write(actor, async ({ tx, audit }) => {
		const before = await tx.query.breakoutGroups.findFirst({
			where: and(eq(breakoutGroups.id, input.groupId), eq(breakoutGroups.workshopId, workshopId))
		});
		if (!before) throw new Refusal(404, 'groupId', m.error_not_found());
		if (before.name !== input.seenName || before.facilitator !== input.seenFacilitator) {
			throw new Refusal(
				409,
				'version',
				m.conflict_breakout_group({ name: before.name, facilitator: before.facilitator || '—' }),
				before
			);
		}
		const [after] = await tx
			.update(breakoutGroups)
			.set({ name: input.name, facilitator: input.facilitator })
			.where(eq(breakoutGroups.id, before.id))
			.returning();
		await audit({ action: 'update', entity: 'breakout_group', entityId: before.id, before, after });
	});
}

/** Puts a participating mission into one of the workshop's groups, or into none (0). */
export async function assignMissionToGroup(
	actor: Actor,
	workshopId: number,
	input: { missionId: number; groupId: number }
): Promise<void> {
	await write(actor, async ({ tx, audit }) => {
		const participation = await tx.query.workshopMissions.findFirst({
			where: and(
				eq(workshopMissions.workshopId, workshopId),
				eq(workshopMissions.missionId, input.missionId)
			)
		});
		if (!participation) throw new Refusal(400, 'missionId', m.validation_not_participant());
		let groupId: number | null = null;
		if (input.groupId !== 0) {
			const group = await tx.query.breakoutGroups.findFirst({
				where: and(eq(breakoutGroups.id, input.groupId), eq(breakoutGroups.workshopId, workshopId))
			});
			if (!group) throw new Refusal(400, 'groupId', m.validation_choice());
			groupId = group.id;
		}
		if (participation.breakoutGroupId === groupId) return;
		await tx
			.update(workshopMissions)
			.set({ breakoutGroupId: groupId })
			.where(eq(workshopMissions.id, participation.id));
		await audit({
			action: 'assign',
			entity: 'workshop_mission',
			entityId: participation.id,
			before: { breakoutGroupId: participation.breakoutGroupId },
			after: { breakoutGroupId: groupId }
		});
	});
}
