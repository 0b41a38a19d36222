import { asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from './db';
import { missions } from './db/schema';
import { kept } from './db/kept';
import type { Stage } from '$lib/vocabulary';
import type { CurrentUser } from './access';

export type Mission = typeof missions.$inferSelect;

/** What the records say about a mission's progress; the stage is read off it. */
export interface StageEvidence {
	inWorkshop: boolean;
	assessed: boolean;
	aligning: boolean;
	planDrafted: boolean;
	live: boolean;
}

export function deriveStage(e: StageEvidence): Stage {
	if (e.live) return 'live';
	if (e.planDrafted) return 'plan_drafted';
	if (e.aligning) return 'aligning';
	if (e.assessed) return 'assessed';
	if (e.inWorkshop) return 'engaged';
	return 'not_engaged';
}

/**
 * Evidence for every mission in one query. Each later record kind (assessments, checklist
 * answers, launch plans) adds its EXISTS here, so the stage never needs typing in.
 */
async function stageEvidence(ids: number[]): Promise<Map<number, StageEvidence>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({
			id: missions.id,
			live: sql<number>`${missions.goLiveDate} is not null`,
			// Correlated subqueries name their tables in full: drizzle leaves a column of the
			// outer table unqualified, and inside the subquery it would bind to the inner one.
			inWorkshop: sql<number>`exists (select 1 from workshop_missions wm where wm.mission_id = "missions"."id")`,
			// Any checklist answer beyond "not started" means the CSU has begun aligning.
			aligning: sql<number>`exists (select 1 from readiness_responses rr where rr.mission_id = "missions"."id" and rr.status <> 'not_started')`,
			assessed: sql<number>`exists (select 1 from assessment_entries ae where ae.mission_id = "missions"."id")`,
			planDrafted: sql<number>`exists (select 1 from launch_plans lp where lp.mission_id = "missions"."id")`
		})
		.from(missions)
		.where(inArray(missions.id, ids));
	return new Map(
		rows.map((r) => [
			r.id,
			{
				inWorkshop: Boolean(r.inWorkshop),
				assessed: Boolean(r.assessed),
				aligning: Boolean(r.aligning),
				planDrafted: Boolean(r.planDrafted),
				live: Boolean(r.live)
			}
		])
	);
}

export interface MissionWithStage extends Mission {
	stage: Stage;
}

async function withStages(rows: Mission[]): Promise<MissionWithStage[]> {
	const evidence = await stageEvidence(rows.map((r) => r.id));
	return rows.map((r) => ({ ...r, stage: deriveStage(evidence.get(r.id)!) }));
}

/**
 * The portfolio as this person may see it: a focal point sees their own mission only. Kept in
 * memory until the next write (db/kept.ts).
 */
export const listMissions = kept(
	(user: CurrentUser) => (user.role === 'focal_point' ? `mission ${user.missionId}` : 'all'),
	listMissionsFromScratch
);

export async function listMissionsFromScratch(user: CurrentUser): Promise<MissionWithStage[]> {
	const rows =
		user.role === 'focal_point'
			? await db
					.select()
					.from(missions)
					.where(eq(missions.id, user.missionId ?? -1))
			: await db.select().from(missions).orderBy(asc(missions.code));
	return withStages(rows);
}

export async function findMissionByCode(code: string): Promise<MissionWithStage | undefined> {
	const row = await db.query.missions.findFirst({ where: eq(missions.code, code.toUpperCase()) });
	if (!row) return undefined;
	const [withStage] = await withStages([row]);
	return withStage;
}

export async function listMissionChoices() {
	return db
		.select({ id: missions.id, code: missions.code, name: missions.name })
		.from(missions)
		.orderBy(asc(missions.code));
}

export function weekendDays(mission: Pick<Mission, 'weekendDays'>): number[] {
	return mission.weekendDays
		.split(',')
		.map(Number)
		.filter((d) => d >= 1 && d <= 7);
}
