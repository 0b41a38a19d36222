import { eq } from 'drizzle-orm';
import { db } from '../db';
import { launchMilestones, launchPlanEvents, launchPlans, missions } from '../db/schema';
import { write } from '../db/write';
import { openRequiredItems } from '../readiness';
import type { PlanStatus } from '$lib/vocabulary';

interface SeedPlan {
	mission: string;
	status: PlanStatus;
	target: string;
	/** Set for approved plans: the target on the day of approval. */
	baseline?: string;
	launchedOn?: string;
	notes: string;
	/** An approval past open required items, as agreed at the forum. */
	override?: string;
	/** Later moves of the target date, with the reason given. */
	moves?: { to: string; reason: string; day: string }[];
	milestones: { title: string; owner: string; due: string; done?: string }[];
}

/**
 * Where the launch plans stood after the 2021 workshop: UNMISS approved for September 2021 and
 * launched on time; the workshop missions drafting theirs against the dates they were
 * considering. Owners are offices, not people.
 */
export const SEEDED_PLANS: SeedPlan[] = [
	{
		mission: 'UNMISS',
		status: 'launched',
		target: '2021-09-01',
		baseline: '2021-09-01',
		launchedOn: '2021-09-01',
		notes: 'Launch announced to all staff by the Director of Mission Support.',
		milestones: [
			{ title: 'CSU staff named', owner: 'UNMISS CSU', due: '2021-08-13', done: '2021-08-12' },
			{ title: 'Query tool training', owner: 'CSDP', due: '2021-08-20', done: '2021-08-19' },
			{ title: 'Broadcast to staff', owner: 'UNMISS CSU', due: '2021-08-30', done: '2021-08-30' }
		]
	},
	{
		mission: 'UNOWAS',
		status: 'approved',
		target: '2021-11-15',
		baseline: '2021-10-04',
		notes: 'Shares its CSU arrangements with CNMC in Dakar.',
		override: 'Approved at the September forum; CSU training to be completed before launch.',
		moves: [
			{
				to: '2021-11-15',
				reason: 'CSU focal point recruitment took longer than planned.',
				day: '2021-09-20'
			}
		],
		milestones: [
			{
				title: 'CSU staff named',
				owner: 'UNOWAS Mission Support',
				due: '2021-09-15',
				done: '2021-09-17'
			},
			{ title: 'Query tool training', owner: 'CSDP', due: '2021-10-29' },
			{ title: 'Broadcast to staff', owner: 'UNOWAS CSU', due: '2021-11-08' }
		]
	},
	{
		mission: 'UNOCA',
		status: 'proposed',
		target: '2021-11-01',
		notes: 'Proposed after the workshop; awaiting CSDP review.',
		milestones: [
			{ title: 'Escalation path agreed with CSDP', owner: 'UNOCA CSU', due: '2021-09-30' },
			{ title: 'Broadcast to staff', owner: 'UNOCA CSU', due: '2021-10-25' }
		]
	},
	{
		mission: 'OSESG-GL',
		status: 'draft',
		target: '2021-12-01',
		notes: 'Date under consideration with the Chief of Staff in Nairobi.',
		milestones: [{ title: 'CSU staff named', owner: 'OSESG-GL Administration', due: '2021-10-15' }]
	},
	{
		mission: 'MINURSO',
		status: 'draft',
		target: '2022-01-10',
		notes: 'Connectivity at team sites to be confirmed before the date is proposed.',
		milestones: [
			{ title: 'Connectivity check at team sites', owner: 'MINURSO ICT', due: '2021-11-30' }
		]
	}
];

const SYSTEM = { id: null };
const at = (day: string) => new Date(`${day}T08:00:00Z`);

/**
 * Loads the seeded plans once, on a database with missions and no plan. Launching UNMISS makes
 * it live, so this runs before the query history is generated.
 */
export async function seedLaunchPlans(): Promise<boolean> {
	const existing = await db.select({ id: launchPlans.id }).from(launchPlans).limit(1);
	if (existing.length > 0) return false;
	await write(SYSTEM, async ({ tx, audit }) => {
		for (const seeded of SEEDED_PLANS) {
			const mission = await tx.query.missions.findFirst({
				where: eq(missions.code, seeded.mission)
			});
			if (!mission) continue;
			const created = at('2021-08-26');
			const firstTarget = seeded.baseline ?? seeded.target;
			const [plan] = await tx
				.insert(launchPlans)
				.values({
					missionId: mission.id,
					status: seeded.status,
					targetDate: seeded.target,
					baselineDate: seeded.baseline ?? null,
					launchedOn: seeded.launchedOn ?? null,
					notes: seeded.notes,
					approvedAt: seeded.baseline ? at('2021-08-27') : null,
					overrideReason: seeded.override ?? '',
					createdAt: created,
					updatedAt: created
				})
				.returning();
			const events: (typeof launchPlanEvents.$inferInsert)[] = [
				{ planId: plan.id, kind: 'status', toValue: 'draft', at: created },
				{ planId: plan.id, kind: 'target_date', toValue: firstTarget, at: created }
			];
			const path: PlanStatus[] = ['draft', 'proposed', 'approved', 'launched'];
			for (let i = 1; i <= path.indexOf(seeded.status); i++) {
				const day = path[i] === 'launched' ? seeded.launchedOn! : '2021-08-27';
				if (path[i] === 'approved' && seeded.override) {
					const open = await openRequiredItems(mission.id, tx);
					events.push({
						planId: plan.id,
						kind: 'override',
						toValue: open.map((item) => item.titleEn).join('; '),
						reason: seeded.override,
						at: at(day)
					});
				}
				events.push({
					planId: plan.id,
					kind: 'status',
					fromValue: path[i - 1],
					toValue: path[i],
					reason: path[i] === 'launched' ? seeded.launchedOn! : '',
					at: at(day)
				});
			}
			let from = firstTarget;
			for (const move of seeded.moves ?? []) {
				events.push({
					planId: plan.id,
					kind: 'target_date',
					fromValue: from,
					toValue: move.to,
					reason: move.reason,
					at: at(move.day)
				});
				from = move.to;
			}
			await tx.insert(launchPlanEvents).values(events);
			await tx.insert(launchMilestones).values(
				seeded.milestones.map((ms) => ({
					planId: plan.id,
					title: ms.title,
					owner: ms.owner,
					dueDate: ms.due,
					doneDate: ms.done ?? null,
					createdAt: created,
					updatedAt: created
				}))
			);
			if (seeded.launchedOn) {
				await tx
					.update(missions)
					.set({ goLiveDate: seeded.launchedOn })
					.where(eq(missions.id, mission.id));
			}
		}
		await audit({
			action: 'seed',
			entity: 'launch_plans',
			entityId: '2021',
			after: { plans: SEEDED_PLANS.length }
		});
	});
	return true;
}
