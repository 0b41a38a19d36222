import { asc, inArray } from 'drizzle-orm';
import Papa from 'papaparse';
import { db } from './db';
import { kept } from './db/kept';
import { launchMilestones, launchPlans } from './db/schema';
import { listMissions } from './missions';
import { readinessOverview, scorePercent } from './readiness';
import { slippageDays } from './launch-plans';
import type { CurrentUser } from './access';
import { todayIn } from '$lib/plain-date';
import { CENTRE } from './seed/rollout-2021';
import type { MissionKind, PlanStatus, RagLevel, Stage } from '$lib/vocabulary';
import { kindLabel, planStatusLabel, stageLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';

/** How the schedule reads a mission without a plan: not planned yet, or launched before plans. */
export type ScheduleStatus = PlanStatus | 'none';

export interface ScheduleMilestone {
	id: number;
	title: string;
	dueDate: string;
	doneDate: string | null;
	overdue: boolean;
}

export interface ScheduleRow {
	missionId: number;
	code: string;
	name: string;
	kind: MissionKind;
	stage: Stage;
	status: ScheduleStatus;
	targetDate: string | null;
	baselineDate: string | null;
	launchedOn: string | null;
	slippage: number | null;
	readinessPercent: number | null;
	rag: RagLevel;
	requiredOpen: number;
	milestones: ScheduleMilestone[];
}

export interface ScheduleFilters {
	kind: MissionKind | '';
	status: ScheduleStatus | '';
}

/** The date a row sits at on the timeline: when it launched, or when it means to. */
export const rowDate = (r: Pick<ScheduleRow, 'launchedOn' | 'targetDate'>) =>
	r.launchedOn ?? r.targetDate;

/** The launch plans of these missions and their milestones. Kept in memory until the next write. */
const plansOf = kept((ids: number[]) => String(ids), plansOfFromScratch);

export async function plansOfFromScratch(ids: number[]) {
	const plans = ids.length
		? await db.select().from(launchPlans).where(inArray(launchPlans.missionId, ids))
		: [];
	const planIds = plans.map((p) => p.id);
	const milestones = planIds.length
		? await db
				.select()
				.from(launchMilestones)
				.where(inArray(launchMilestones.planId, planIds))
				.orderBy(asc(launchMilestones.dueDate))
		: [];
	return { plans, milestones };
}

/**
 * Every mission this person may see, with its plan, readiness and slippage, soonest launch
 * first; missions with no date at all come last.
 */
export async function scheduleRows(u: CurrentUser, f: ScheduleFilters): Promise<ScheduleRow[]> {
	const all = await listMissions(u);
	const ids = all.map((mi) => mi.id);
	const [{ plans, milestones }, readiness] = await Promise.all([
		plansOf(ids),
		readinessOverview(u, ids)
	]);
	const planOf = new Map(plans.map((p) => [p.missionId, p]));
	const scoreOf = new Map(readiness.rows.map((r) => [r.missionId, r]));
	const rows = all.map((mission): ScheduleRow => {
		const plan = planOf.get(mission.id);
		// A mission live before the checklist was kept here has no readiness to show, not 0 %.
		const answered = scoreOf.get(mission.id);
		const score = mission.goLiveDate && !answered?.answered ? undefined : answered;
		const today = todayIn(mission.timeZone);
		return {
			missionId: mission.id,
			code: mission.code,
			name: mission.name,
			kind: mission.kind,
			stage: mission.stage,
			status: plan?.status ?? (mission.goLiveDate ? 'launched' : 'none'),
			targetDate: plan?.targetDate ?? null,
			baselineDate: plan?.baselineDate ?? null,
			launchedOn: plan?.launchedOn ?? mission.goLiveDate,
			slippage: plan ? slippageDays(plan) : null,
			readinessPercent: score ? scorePercent(score.score) : null,
			rag: score?.rag ?? 'none',
			requiredOpen: score?.requiredOpen ?? 0,
			milestones: plan
				? milestones
						.filter((ms) => ms.planId === plan.id)
						.map((ms) => ({
							id: ms.id,
							title: ms.title,
							dueDate: ms.dueDate,
							doneDate: ms.doneDate,
							overdue: ms.doneDate === null && today > ms.dueDate
						}))
				: []
		};
	});
	return rows
		.filter((r) => (!f.kind || r.kind === f.kind) && (!f.status || r.status === f.status))
		.sort((a, b) => {
			const da = rowDate(a);
			const dbb = rowDate(b);
			if (da !== dbb) return da === null ? 1 : dbb === null ? -1 : da < dbb ? -1 : 1;
			return a.code.localeCompare(b.code);
		});
}

/** Plans not launched yet whose target date falls between two plain dates (inclusive). */
export async function upcomingLaunches(u: CurrentUser, from: string, to: string) {
	const rows = await scheduleRows(u, { kind: '', status: '' });
	return rows.filter(
		(r) => r.status !== 'launched' && r.targetDate && r.targetDate >= from && r.targetDate <= to
	);
}

/** Months "YYYY-MM" from one to another, inclusive. */
export function monthRange(from: string, to: string): string[] {
	const out: string[] = [];
	let [y, mo] = from.split('-').map(Number);
	const [ty, tm] = to.split('-').map(Number);
	while ((y < ty || (y === ty && mo <= tm)) && out.length < 120) {
		out.push(`${y}-${String(mo).padStart(2, '0')}`);
		mo += 1;
		if (mo > 12) [y, mo] = [y + 1, 1];
	}
	return out;
}

/** At most this many months fit across a landscape page and still read. */
export const MAX_TIMELINE_MONTHS = 24;

/**
 * The months the timeline shows when none were asked for: from the first to the last date of a
 * plan in progress (launched ones only as far as they fall inside), or the coming year when no
 * plan has a date.
 */
export function defaultWindow(rows: ScheduleRow[], now = new Date()): { from: string; to: string } {
	const dates = rows
		.filter((r) => r.status !== 'none' && !(r.status === 'launched' && r.targetDate === null))
		.flatMap((r) => [
			r.targetDate,
			r.baselineDate,
			r.launchedOn,
			...r.milestones.map((ms) => ms.dueDate)
		])
		.filter((d): d is string => Boolean(d))
		.sort();
	const thisMonth = todayIn(CENTRE.timeZone, now).slice(0, 7);
	if (dates.length === 0) return { from: thisMonth, to: monthRange(thisMonth, '9999-12')[11] };
	const from = dates[0].slice(0, 7);
	const last = dates[dates.length - 1].slice(0, 7);
	const months = monthRange(from, last);
	return { from, to: months[Math.min(months.length, MAX_TIMELINE_MONTHS) - 1] };
}

/** The schedule as CSV, one row per mission, column names in the reader's language. */
export function scheduleCsv(rows: ScheduleRow[]): string {
	const header = [
		m.schedule_col_mission(),
		m.schedule_col_name(),
		m.schedule_col_kind(),
		m.schedule_col_stage(),
		m.schedule_col_status(),
		m.schedule_col_baseline(),
		m.schedule_col_target(),
		m.schedule_col_slippage(),
		m.schedule_col_launched(),
		m.schedule_col_readiness(),
		m.schedule_col_required_open(),
		m.schedule_col_milestones()
	];
	const body = rows.map((r) => [
		r.code,
		r.name,
		kindLabel[r.kind](),
		stageLabel[r.stage](),
		r.status === 'none' ? m.plan_status_none() : planStatusLabel[r.status](),
		r.baselineDate ?? '',
		r.targetDate ?? '',
		r.slippage ?? '',
		r.launchedOn ?? '',
		r.readinessPercent ?? '',
		r.requiredOpen,
		r.milestones.map((ms) => `${ms.dueDate} ${ms.title}${ms.doneDate ? ' ✓' : ''}`).join('\n')
	]);
	// A byte-order mark, so that spreadsheets open the accents of French names intact.
	return '\uFEFF' + Papa.unparse([header, ...body]);
}
