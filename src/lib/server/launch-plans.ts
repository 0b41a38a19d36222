import { and, asc, desc, eq } from 'drizzle-orm';
import { db, type Executor, type Transaction } from './db';
import { launchMilestones, launchPlanEvents, launchPlans, missions, user } from './db/schema';
import { write } from './db/write';
import { Refusal } from './refusal';
import { canEditMission, canReadMission, isCsdp, type CurrentUser } from './access';
import { openRequiredItems } from './readiness';
import { daysBetween, todayIn } from '$lib/plain-date';
import type {
	LaunchInput,
	MilestoneInput,
	MoveInput,
	PlanInput,
	PlanMove
} from '$lib/schemas/launch-plans';
import type { PlanStatus } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';

export type LaunchPlan = typeof launchPlans.$inferSelect;
export type Milestone = typeof launchMilestones.$inferSelect;

interface PlanMission {
	id: number;
	code: string;
	timeZone: string;
	goLiveDate: string | null;
}

// ---------------------------------------------------------------------------------------------
// The rules, as pure functions pinned by the unit tests.

/** Where each move takes a plan from each status; a move missing here is refused. */
export const PLAN_MOVES_FROM: Record<PlanMove, Partial<Record<PlanStatus, PlanStatus>>> = {
	propose: { draft: 'proposed' },
	return_to_draft: { proposed: 'draft' },
	approve: { proposed: 'approved' },
	hold: { draft: 'on_hold', proposed: 'on_hold', approved: 'on_hold' },
	// A plan resumes where it was held, so this move has no fixed entry.
	resume: {}
};

export function nextPlanStatus(plan: Pick<LaunchPlan, 'status' | 'heldFrom'>, move: PlanMove) {
	if (move === 'resume') return plan.status === 'on_hold' ? (plan.heldFrom ?? 'draft') : null;
	return PLAN_MOVES_FROM[move][plan.status] ?? null;
}

/**
 * Days the launch lies after the baseline (negative when earlier): the current target while the
 * plan is open, the day it actually launched once it has.
 */
export function slippageDays(
	plan: Pick<LaunchPlan, 'baselineDate' | 'targetDate'> & { launchedOn?: string | null }
) {
	const launch = plan.launchedOn ?? plan.targetDate;
	if (!plan.baselineDate || !launch) return null;
	return daysBetween(plan.baselineDate, launch);
}

/** Plans whose content can still change: everything but a launched one. */
const isOpen = (plan: Pick<LaunchPlan, 'status'>) => plan.status !== 'launched';

export interface PlanRights {
	edit: boolean;
	propose: boolean;
	approve: boolean;
	override: boolean;
	hold: boolean;
	launch: boolean;
}

/**
 * What this person may do with this mission's plan. Focal points and CSDP staff shape and
 * propose a plan; only CSDP staff approve, hold and launch; only an admin overrides the gate.
 */
export function planRights(
	u: CurrentUser,
	mission: PlanMission,
	plan: LaunchPlan | null
): PlanRights {
	const editor = canEditMission(u, mission.id);
	const csdp = isCsdp(u);
	const open = plan ? isOpen(plan) : mission.goLiveDate === null;
	return {
		edit: editor && open,
		propose: editor && open,
		approve: csdp && open,
		override: u.role === 'admin' && open,
		hold: csdp && open,
		launch: csdp && open
	};
}

// ---------------------------------------------------------------------------------------------
// Reading

async function planOf(exec: Executor, missionId: number) {
	return (
		(await exec.query.launchPlans.findFirst({ where: eq(launchPlans.missionId, missionId) })) ??
		null
	);
}

async function milestonesOf(exec: Executor, planId: number) {
	return exec
		.select()
		.from(launchMilestones)
		.where(eq(launchMilestones.planId, planId))
		.orderBy(asc(launchMilestones.dueDate), asc(launchMilestones.id));
}

/** The few facts of a mission's plan its page shows; null when it has none. */
export async function planSummary(missionId: number) {
	const plan = await planOf(db, missionId);
	return plan
		? { status: plan.status, targetDate: plan.targetDate, slippage: slippageDays(plan) }
		: null;
}

/** A mission's plan with its milestones, history, slippage and what stands in the gate. */
export async function missionPlan(u: CurrentUser, mission: PlanMission) {
	if (!canReadMission(u, mission.id)) throw new Refusal(404, null, m.error_not_found());
	const plan = await planOf(db, mission.id);
	const [milestones, events, openRequired] = await Promise.all([
		plan ? milestonesOf(db, plan.id) : Promise.resolve([]),
		plan
			? db
					.select({
						id: launchPlanEvents.id,
						kind: launchPlanEvents.kind,
						fromValue: launchPlanEvents.fromValue,
						toValue: launchPlanEvents.toValue,
						reason: launchPlanEvents.reason,
						at: launchPlanEvents.at,
						who: user.name
					})
					.from(launchPlanEvents)
					.leftJoin(user, eq(user.id, launchPlanEvents.userId))
					.where(eq(launchPlanEvents.planId, plan.id))
					.orderBy(desc(launchPlanEvents.at), desc(launchPlanEvents.id))
			: Promise.resolve([]),
		openRequiredItems(mission.id)
	]);
	const today = todayIn(mission.timeZone);
	return {
		plan,
		milestones: milestones.map((ms) => ({
			...ms,
			overdue: ms.doneDate === null && today > ms.dueDate
		})),
		events,
		slippage: plan ? slippageDays(plan) : null,
		openRequired: openRequired.map((i) => ({ id: i.id, titleEn: i.titleEn, titleFr: i.titleFr })),
		rights: planRights(u, mission, plan)
	};
}

// ---------------------------------------------------------------------------------------------
// Writing: every change in one transaction with its audit rows and its plan event.

async function loadForChange(
	tx: Transaction,
	actor: CurrentUser,
	missionId: number,
	version: number
) {
	if (!canReadMission(actor, missionId)) throw new Refusal(404, null, m.error_not_found());
	const plan = await planOf(tx, missionId);
	if ((plan?.version ?? 0) !== version) {
		throw new Refusal(409, 'version', m.conflict_plan(), plan);
	}
	return plan;
}

function assertStillOpen(plan: LaunchPlan | null) {
	if (plan && !isOpen(plan)) throw new Refusal(409, null, m.plan_refused_launched());
}

async function latestMilestoneDue(tx: Transaction, planId: number, except = 0) {
	const rows = await milestonesOf(tx, planId);
	return rows
		.filter((r) => r.id !== except)
		.reduce<string | null>((max, r) => (max === null || r.dueDate > max ? r.dueDate : max), null);
}

/**
 * Saves the plan's target date and notes; the first save makes the plan (a draft). Once a
 * baseline exists, a new target date needs a reason, and both are kept in the history.
 */
export async function savePlan(
	actor: CurrentUser,
	mission: PlanMission,
	input: PlanInput
): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const before = await loadForChange(tx, actor, mission.id, input.version);
		if (!canEditMission(actor, mission.id)) throw new Refusal(403, null, m.error_forbidden());
		assertStillOpen(before);
		if (!before && mission.goLiveDate) throw new Refusal(409, null, m.plan_refused_live());
		const targetDate = input.targetDate || null;
		const dateMoved = (before?.targetDate ?? null) !== targetDate;
		if (dateMoved && before?.baselineDate) {
			if (!targetDate) throw new Refusal(400, 'targetDate', m.validation_required());
			if (!input.reason) throw new Refusal(400, 'reason', m.plan_reason_needed());
		}
		if (!targetDate && before && before.status !== 'draft' && before.status !== 'on_hold') {
			throw new Refusal(400, 'targetDate', m.validation_required());
		}
		if (targetDate && before) {
			const latest = await latestMilestoneDue(tx, before.id);
			if (latest && latest > targetDate) {
				throw new Refusal(400, 'targetDate', m.plan_target_before_milestone({ date: latest }));
			}
		}
		if (before && !dateMoved && before.notes === input.notes) return;

		let after: LaunchPlan;
		if (before) {
			[after] = await tx
				.update(launchPlans)
				.set({
					targetDate,
					notes: input.notes,
					version: before.version + 1,
					updatedBy: actor.id,
					updatedAt: now
				})
				.where(eq(launchPlans.id, before.id))
				.returning();
		} else {
			[after] = await tx
				.insert(launchPlans)
				.values({
					missionId: mission.id,
					targetDate,
					notes: input.notes,
					updatedBy: actor.id,
					createdAt: now,
					updatedAt: now
				})
				.returning();
			await planEvent(tx, after.id, actor, now, 'status', null, 'draft', '');
		}
		if (dateMoved && (before || targetDate)) {
			await planEvent(
				tx,
				after.id,
				actor,
				now,
				'target_date',
				before?.targetDate ?? null,
				targetDate,
				input.reason
			);
		}
		await audit({
			action: before ? 'update' : 'create',
			entity: 'launch_plan',
			entityId: after.id,
			before,
			after
		});
	});
}

async function planEvent(
	tx: Transaction,
	planId: number,
	actor: CurrentUser,
	at: Date,
	kind: 'status' | 'target_date' | 'override',
	fromValue: string | null,
	toValue: string | null,
	reason: string
) {
	await tx
		.insert(launchPlanEvents)
		.values({ planId, kind, fromValue, toValue, reason, userId: actor.id, at });
}

/** Adds or edits a milestone; none may fall after the plan's target launch date. */
export async function saveMilestone(
	actor: CurrentUser,
	mission: PlanMission,
	input: MilestoneInput
): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		if (!canReadMission(actor, mission.id)) throw new Refusal(404, null, m.error_not_found());
		if (!canEditMission(actor, mission.id)) throw new Refusal(403, null, m.error_forbidden());
		const plan = await planOf(tx, mission.id);
		if (!plan) throw new Refusal(409, null, m.plan_none_yet());
		assertStillOpen(plan);
		if (plan.targetDate && input.dueDate > plan.targetDate) {
			throw new Refusal(400, 'dueDate', m.plan_milestone_after_target({ date: plan.targetDate }));
		}
		if (input.doneDate && input.doneDate > todayIn(mission.timeZone, now)) {
			throw new Refusal(400, 'doneDate', m.plan_done_in_future());
		}
		const values = {
			title: input.title,
			owner: input.owner,
			dueDate: input.dueDate,
			doneDate: input.doneDate || null
		};
		if (input.milestoneId === 0) {
			const [after] = await tx
				.insert(launchMilestones)
				.values({ ...values, planId: plan.id, createdAt: now, updatedAt: now })
				.returning();
			await audit({ action: 'create', entity: 'launch_milestone', entityId: after.id, after });
			return;
		}
		const before = await tx.query.launchMilestones.findFirst({
			where: and(eq(launchMilestones.id, input.milestoneId), eq(launchMilestones.planId, plan.id))
		});
		if (!before) throw new Refusal(404, 'milestoneId', m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_record(), before);
		}
		const [after] = await tx
			.update(launchMilestones)
			.set({ ...values, version: before.version + 1, updatedAt: now })
			.where(eq(launchMilestones.id, before.id))
			.returning();
		await audit({
			action: 'update',
			entity: 'launch_milestone',
			entityId: after.id,
			before,
			after
		});
	});
}

export async function removeMilestone(
	actor: CurrentUser,
	mission: PlanMission,
	input: { milestoneId: number; version: number }
): Promise<void> {
	await write(actor, async ({ tx, audit }) => {
		if (!canReadMission(actor, mission.id)) throw new Refusal(404, null, m.error_not_found());
		if (!canEditMission(actor, mission.id)) throw new Refusal(403, null, m.error_forbidden());
		const plan = await planOf(tx, mission.id);
		if (!plan) throw new Refusal(404, null, m.error_not_found());
		assertStillOpen(plan);
		const before = await tx.query.launchMilestones.findFirst({
			where: and(eq(launchMilestones.id, input.milestoneId), eq(launchMilestones.planId, plan.id))
		});
		if (!before) throw new Refusal(404, 'milestoneId', m.error_not_found());
		if (before.version !== input.version) {
			throw new Refusal(409, 'version', m.conflict_record(), before);
		}
		await tx.delete(launchMilestones).where(eq(launchMilestones.id, before.id));
		await audit({ action: 'delete', entity: 'launch_milestone', entityId: before.id, before });
	});
}

/**
 * Moves the plan along its life. Approval is the gate: refused while a required checklist item
 * is open, naming them, unless an admin gives a reason to override; the target date becomes
 * the baseline.
 */
export async function movePlan(
	actor: CurrentUser,
	mission: PlanMission,
	input: MoveInput
): Promise<PlanStatus> {
	return write(actor, async ({ tx, now, audit }) => {
		const before = await loadForChange(tx, actor, mission.id, input.version);
		if (!before) throw new Refusal(409, null, m.plan_none_yet());
		const rights = planRights(actor, mission, before);
		const allowed =
			input.move === 'approve'
				? rights.approve
				: input.move === 'hold' || input.move === 'resume'
					? rights.hold
					: rights.propose;
		if (!allowed) throw new Refusal(403, null, m.error_forbidden());
		const to = nextPlanStatus(before, input.move);
		if (!to) throw new Refusal(409, 'move', m.plan_move_not_allowed());
		if ((to === 'proposed' || to === 'approved') && !before.targetDate) {
			throw new Refusal(400, 'targetDate', m.plan_target_needed());
		}

		const changes: Partial<typeof launchPlans.$inferInsert> = { status: to };
		if (input.move === 'hold') changes.heldFrom = before.status;
		if (input.move === 'resume') changes.heldFrom = null;
		if (input.move === 'approve') {
			const open = await openRequiredItems(mission.id, tx);
			if (open.length > 0) {
				const names = open.map((i) => i.titleEn).join('; ');
				if (!rights.override) {
					throw new Refusal(409, 'overrideReason', m.plan_gate_closed({ items: names }), open);
				}
				if (!input.overrideReason) {
					throw new Refusal(
						400,
						'overrideReason',
						m.plan_gate_override_reason({ items: names }),
						open
					);
				}
				changes.overrideReason = input.overrideReason;
				await planEvent(tx, before.id, actor, now, 'override', null, names, input.overrideReason);
			}
			changes.baselineDate = before.targetDate;
			changes.approvedAt = now;
			changes.approvedBy = actor.id;
		}
		const [after] = await tx
			.update(launchPlans)
			.set({ ...changes, version: before.version + 1, updatedBy: actor.id, updatedAt: now })
			.where(eq(launchPlans.id, before.id))
			.returning();
		await planEvent(tx, before.id, actor, now, 'status', before.status, to, '');
		await audit({ action: input.move, entity: 'launch_plan', entityId: before.id, before, after });
		return to;
	});
}

/**
 * Marks an approved plan launched on the day it happened: the mission goes live, which opens
 * its query tracker and moves its stage.
 */
export async function launchPlan(
	actor: CurrentUser,
	mission: PlanMission,
	input: LaunchInput
): Promise<void> {
	await write(actor, async ({ tx, now, audit }) => {
		const before = await loadForChange(tx, actor, mission.id, input.version);
		if (!before) throw new Refusal(409, null, m.plan_none_yet());
		if (!planRights(actor, mission, before).launch) {
			throw new Refusal(403, null, m.error_forbidden());
		}
		if (before.status !== 'approved')
			throw new Refusal(409, 'move', m.plan_launch_needs_approval());
		if (input.launchedOn > todayIn(mission.timeZone, now)) {
			throw new Refusal(400, 'launchedOn', m.plan_launch_in_future());
		}
		const [after] = await tx
			.update(launchPlans)
			.set({
				status: 'launched',
				launchedOn: input.launchedOn,
				version: before.version + 1,
				updatedBy: actor.id,
				updatedAt: now
			})
			.where(eq(launchPlans.id, before.id))
			.returning();
		const [missionBefore] = await tx.select().from(missions).where(eq(missions.id, mission.id));
		const [missionAfter] = await tx
			.update(missions)
			.set({ goLiveDate: input.launchedOn, version: missionBefore.version + 1, updatedAt: now })
			.where(eq(missions.id, mission.id))
			.returning();
		await planEvent(
			tx,
			before.id,
			actor,
			now,
			'status',
			before.status,
			'launched',
			input.launchedOn
		);
		await audit({ action: 'launch', entity: 'launch_plan', entityId: before.id, before, after });
		await audit({
			action: 'go_live',
			entity: 'mission',
			entityId: mission.id,
			before: missionBefore,
			after: missionAfter
		});
	});
}
