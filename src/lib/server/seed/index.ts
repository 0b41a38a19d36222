import { eq } from 'drizzle-orm';
import { db } from '../db';
import {
	breakoutGroups,
	checklistItems,
	checklistTemplates,
	missions,
	readinessAreas,
	readinessResponses,
	readinessSnapshots,
	serviceLines,
	workshopMissions,
	workshops
} from '../db/schema';
import { write } from '../db/write';
import { scoreChecklist } from '../readiness';
import { FIRST_ITEMS, FIRST_TEMPLATE, READINESS_AREAS, SEEDED_ANSWERS } from './readiness-2021';
import type { ChecklistStatus } from '$lib/vocabulary';
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

/**
 * Publishes the first alignment checklist and the answers a few missions gave after the 2021
 * workshop. Runs once, on a database that has missions and no checklist yet.
 */
export async function seedReadiness(): Promise<boolean> {
	const existing = await db.select({ id: checklistTemplates.id }).from(checklistTemplates).limit(1);
	if (existing.length > 0) return false;
	await write(SYSTEM, async ({ tx, now, audit }) => {
		const areas = await tx
			.insert(readinessAreas)
			.values(READINESS_AREAS.map((a, position) => ({ ...a, position })))
			.returning();
		const areaId = new Map(areas.map((a) => [a.code, a.id]));
		const [template] = await tx
			.insert(checklistTemplates)
			.values({
				number: 1,
				state: 'published',
				...FIRST_TEMPLATE,
				publishedAt: new Date('2021-08-26T08:00:00Z'),
				createdAt: now,
				updatedAt: now
			})
			.returning();
		const items = await tx
			.insert(checklistItems)
			.values(
				FIRST_ITEMS.map(({ area, ...item }, position) => ({
					...item,
					templateId: template.id,
					areaId: areaId.get(area)!,
					position
				}))
			)
			.returning();
		const itemOf = new Map(items.map((i) => [i.key, i]));
		const missionRows = await tx.select({ id: missions.id, code: missions.code }).from(missions);
		const missionId = new Map(missionRows.map((r) => [r.code, r.id]));
		let answers = 0;
		for (const seeded of SEEDED_ANSWERS) {
			const mission = missionId.get(seeded.mission);
			if (!mission) continue;
			const statuses = new Map<number, ChecklistStatus>();
			for (const [n, [key, status, evidence, owner, due, reason]] of seeded.answers.entries()) {
				const item = itemOf.get(key)!;
				// One minute apart, so that the history reads in the order the answers were given.
				const at = new Date(Date.parse(`${seeded.day}T09:00:00Z`) + n * 60_000);
				await tx.insert(readinessResponses).values({
					missionId: mission,
					itemId: item.id,
					status,
					notApplicableReason: reason ?? '',
					evidence,
					owner,
					dueDate: due,
					createdAt: at,
					updatedAt: at
				});
				statuses.set(item.id, status);
				const s = scoreChecklist(items, (id) => statuses.get(id) ?? 'not_started');
				await tx.insert(readinessSnapshots).values({
					missionId: mission,
					templateId: template.id,
					at,
					score: s.score,
					doneWeight: s.doneWeight,
					applicableWeight: s.applicableWeight,
					requiredOpen: s.requiredOpen.length,
					cause: 'answer',
					detail: key
				});
				answers += 1;
			}
		}
		await audit({
			action: 'seed',
			entity: 'checklist_template',
			entityId: template.id,
			after: { number: 1, items: items.length, answers }
		});
	});
	return true;
}
