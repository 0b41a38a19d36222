import { eq } from 'drizzle-orm';
import { db } from '../db';
import { breakoutGroups, missions, serviceLines, workshopMissions, workshops } from '../db/schema';
import { write } from '../db/write';
import {
	LIVE_MISSIONS,
	SERVICE_LINES,
	UPCOMING_MISSIONS,
	WORKSHOP_2021,
	WORKSHOP_MISSIONS
} from './rollout-2021';

const SYSTEM = { id: null };

/**
 * Loads the 2021 rollout into an empty database. Runs once: a database that already has
 * missions is left exactly as it is.
 */
export async function seedRollout2021(): Promise<boolean> {
	const existing = await db.select({ id: missions.id }).from(missions).limit(1);
	if (existing.length > 0) return false;
	await write(SYSTEM, async ({ tx, now, audit }) => {
		const all = [...WORKSHOP_MISSIONS, ...LIVE_MISSIONS, ...UPCOMING_MISSIONS];
		const inserted = await tx
			.insert(missions)
			.values(all.map((mission) => ({ ...mission, createdAt: now, updatedAt: now })))
			.returning({ id: missions.id, code: missions.code });
		const idOf = new Map(inserted.map((r) => [r.code, r.id]));
		await tx.insert(serviceLines).values(SERVICE_LINES);

		const [workshop] = await tx
			.insert(workshops)
			.values({
				title: WORKSHOP_2021.title,
				mode: WORKSHOP_2021.mode,
				firstDay: WORKSHOP_2021.firstDay,
				lastDay: WORKSHOP_2021.lastDay,
				host: WORKSHOP_2021.host,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		for (const [position, group] of WORKSHOP_2021.groups.entries()) {
			const [g] = await tx
				.insert(breakoutGroups)
				.values({
					workshopId: workshop.id,
					name: group.name,
					facilitator: group.facilitator,
					position
				})
				.returning();
			await tx.insert(workshopMissions).values(
				group.missions.map((code) => ({
					workshopId: workshop.id,
					missionId: idOf.get(code)!,
					breakoutGroupId: g.id
				}))
			);
		}
		await audit({
			action: 'seed',
			entity: 'rollout',
			entityId: '2021',
			after: { missions: all.length, serviceLines: SERVICE_LINES.length, workshops: 1 }
		});
	});
	return true;
}

export async function missionIdByCode(code: string): Promise<number | undefined> {
	const row = await db.query.missions.findFirst({ where: eq(missions.code, code) });
	return row?.id;
}
