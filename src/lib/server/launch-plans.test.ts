import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ical from 'node-ical';
import { db } from './db';
import { auditLog, launchPlanEvents, launchPlans } from './db/schema';
import { findMissionByCode, type MissionWithStage } from './missions';
import {
	launchPlan,
	missionPlan,
	movePlan,
	nextPlanStatus,
	removeMilestone,
	saveMilestone,
	savePlan,
	slippageDays
} from './launch-plans';
import { openRequiredItems, readinessOverview, saveResponse } from './readiness';
import { scheduleCsv, scheduleRows, upcomingLaunches, defaultWindow } from './schedule';
import { feedOwner, launchCalendar, renewFeed, revokeFeed } from './calendar-feeds';
import { liveMissions } from './queries';
import { Refusal } from './refusal';
import { freshRollout, makeUser } from './testing';
import type { CurrentUser } from './access';
import { PLAN_STATUSES } from '$lib/vocabulary';
import { PLAN_MOVES } from '$lib/schemas/launch-plans';

/** The events of an iCalendar text, as node-ical reads them back. */
const calendarEvents = (text: string) =>
	Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as unknown as {
		uid: string;
		summary: string;
		start: Date & { dateOnly?: boolean };
	}[];

const refusal = async (work: Promise<unknown>) => {
	try {
		await work;
	} catch (e) {
		if (e instanceof Refusal) return e;
		throw e;
	}
	throw new Error('expected a refusal');
};

const mission = async (code: string) => (await findMissionByCode(code)) as MissionWithStage;
const plan = async (code: string) =>
	(await db.query.launchPlans.findFirst({
		where: eq(launchPlans.missionId, (await mission(code)).id)
	}))!;

let admin: CurrentUser;
let csdp: CurrentUser;
let leadership: CurrentUser;
let focalUnitams: CurrentUser;
let focalUnsmil: CurrentUser;

beforeAll(async () => {
	await freshRollout();
	admin = await makeUser('admin');
	csdp = await makeUser('csdp');
	leadership = await makeUser('leadership');
	focalUnitams = await makeUser('focal_point', { missionId: (await mission('UNITAMS')).id });
	focalUnsmil = await makeUser('focal_point', { missionId: (await mission('UNSMIL')).id });
});

describe('the life of a plan', () => {
	it('moves draft → proposed → approved → launched, and on hold from the first three', () => {
		const at = (status: (typeof PLAN_STATUSES)[number], heldFrom = null) => ({ status, heldFrom });
		expect(nextPlanStatus(at('draft'), 'propose')).toBe('proposed');
		expect(nextPlanStatus(at('proposed'), 'return_to_draft')).toBe('draft');
		expect(nextPlanStatus(at('proposed'), 'approve')).toBe('approved');
		for (const s of ['draft', 'proposed', 'approved'] as const) {
			expect(nextPlanStatus(at(s), 'hold')).toBe('on_hold');
			expect(nextPlanStatus({ status: 'on_hold', heldFrom: s }, 'resume')).toBe(s);
		}
		// Nothing leaves a launched plan, and no move skips a step.
		for (const move of PLAN_MOVES) expect(nextPlanStatus(at('launched'), move)).toBeNull();
		expect(nextPlanStatus(at('draft'), 'approve')).toBeNull();
		expect(nextPlanStatus(at('approved'), 'return_to_draft')).toBeNull();
		expect(nextPlanStatus(at('on_hold'), 'hold')).toBeNull();
	});

	it('reads slippage as days from baseline to target', () => {
		expect(slippageDays({ baselineDate: '2021-09-01', targetDate: '2021-10-15' })).toBe(44);
		expect(slippageDays({ baselineDate: '2021-09-01', targetDate: '2021-08-30' })).toBe(-2);
		expect(slippageDays({ baselineDate: null, targetDate: '2021-08-30' })).toBeNull();
	});

	it('reads a launched plan by the day it launched, not by its last target', () => {
		const moved = { baselineDate: '2027-01-15', targetDate: '2027-02-01' };
		expect(slippageDays(moved)).toBe(17);
		expect(slippageDays({ ...moved, launchedOn: '2026-12-04' })).toBe(-42);
		expect(slippageDays({ ...moved, launchedOn: '2027-01-20' })).toBe(5);
	});
});

describe('a focal point drafting and proposing', () => {
	it('starts a draft, which moves the mission to the plan-drafted stage', async () => {
		const unitams = await mission('UNITAMS');
		expect(unitams.stage).not.toBe('plan_drafted');
		await savePlan(focalUnitams, unitams, {
			version: 0,
			targetDate: '2021-12-01',
			notes: 'Draft after the workshop <b>bold</b>',
			reason: ''
		});
		const p = await plan('UNITAMS');
		expect(p).toMatchObject({ status: 'draft', targetDate: '2021-12-01', baselineDate: null });
		expect(p.notes).toBe('Draft after the workshop <b>bold</b>');
		expect((await mission('UNITAMS')).stage).toBe('plan_drafted');
		const audits = await db.select().from(auditLog).where(eq(auditLog.entity, 'launch_plan'));
		expect(audits.some((a) => a.entityId === String(p.id) && a.userId === focalUnitams.id)).toBe(
			true
		);
	});

	it('keeps milestones before the launch, in both directions', async () => {
		const unitams = await mission('UNITAMS');
		const late = await refusal(
			saveMilestone(focalUnitams, unitams, {
				milestoneId: 0,
				version: 0,
				title: 'Broadcast',
				owner: 'CSU',
				dueDate: '2021-12-15',
				doneDate: ''
			})
		);
		expect(late.field).toBe('dueDate');
		await saveMilestone(focalUnitams, unitams, {
			milestoneId: 0,
			version: 0,
			title: 'CSU named',
			owner: 'CSU',
			dueDate: '2021-11-20',
			doneDate: ''
		});
		const p = await plan('UNITAMS');
		const early = await refusal(
			savePlan(focalUnitams, unitams, {
				version: p.version,
				targetDate: '2021-11-01',
				notes: p.notes,
				reason: ''
			})
		);
		expect(early.field).toBe('targetDate');
		expect((await plan('UNITAMS')).targetDate).toBe('2021-12-01');
	});

	it('refuses a stale save with the newer plan, and another mission’s plan as not found', async () => {
		const unitams = await mission('UNITAMS');
		const stale = await refusal(
			savePlan(focalUnitams, unitams, { version: 0, targetDate: '', notes: 'x', reason: '' })
		);
		expect(stale.status).toBe(409);
		expect((stale.detail as { version: number }).version).toBe((await plan('UNITAMS')).version);
		const other = await refusal(
			savePlan(focalUnsmil, unitams, {
				version: (await plan('UNITAMS')).version,
				targetDate: '2022-01-01',
				notes: '',
				reason: ''
			})
		);
		expect(other.status).toBe(404);
		const reader = await refusal(
			savePlan(leadership, unitams, {
				version: (await plan('UNITAMS')).version,
				targetDate: '2022-01-01',
				notes: '',
				reason: ''
			})
		);
		expect(reader.status).toBe(403);
		expect((await plan('UNITAMS')).targetDate).toBe('2021-12-01');
		await expect(missionPlan(focalUnsmil, unitams)).rejects.toBeInstanceOf(Refusal);
	});

	it('proposes, but only CSDP staff approve', async () => {
		const unitams = await mission('UNITAMS');
		await movePlan(focalUnitams, unitams, {
			version: (await plan('UNITAMS')).version,
			move: 'propose',
			overrideReason: ''
		});
		expect((await plan('UNITAMS')).status).toBe('proposed');
		const own = await refusal(
			movePlan(focalUnitams, unitams, {
				version: (await plan('UNITAMS')).version,
				move: 'approve',
				overrideReason: ''
			})
		);
		expect(own.status).toBe(403);
		expect((await plan('UNITAMS')).status).toBe('proposed');
	});
});

describe('the approval gate', () => {
	it('refuses approval while required items are open, naming them', async () => {
		const unitams = await mission('UNITAMS');
		const open = await openRequiredItems(unitams.id);
		expect(open.length).toBeGreaterThan(0);
		const refused = await refusal(
			movePlan(csdp, unitams, {
				version: (await plan('UNITAMS')).version,
				move: 'approve',
				overrideReason: 'we are sure'
			})
		);
		expect(refused.field).toBe('overrideReason');
		expect(refused.message).toContain(open[0].titleEn);
		// An admin needs a reason too.
		const noReason = await refusal(
			movePlan(admin, unitams, {
				version: (await plan('UNITAMS')).version,
				move: 'approve',
				overrideReason: ''
			})
		);
		expect(noReason.field).toBe('overrideReason');
		expect((await plan('UNITAMS')).status).toBe('proposed');
		expect((await plan('UNITAMS')).baselineDate).toBeNull();
	});

	it('lets an admin approve past it with a recorded reason; the target becomes the baseline', async () => {
		const unitams = await mission('UNITAMS');
		await movePlan(admin, unitams, {
			version: (await plan('UNITAMS')).version,
			move: 'approve',
			overrideReason: 'Agreed at the forum'
		});
		const p = await plan('UNITAMS');
		expect(p).toMatchObject({
			status: 'approved',
			baselineDate: '2021-12-01',
			overrideReason: 'Agreed at the forum',
			approvedBy: admin.id
		});
		const events = await db
			.select()
			.from(launchPlanEvents)
			.where(eq(launchPlanEvents.planId, p.id));
		expect(events.find((e) => e.kind === 'override')?.reason).toBe('Agreed at the forum');
	});

	it('approves without override once every required item is done', async () => {
		const unsmil = await mission('UNSMIL');
		await savePlan(focalUnsmil, unsmil, {
			version: 0,
			targetDate: '2022-02-01',
			notes: '',
			reason: ''
		});
		for (const item of await openRequiredItems(unsmil.id)) {
			await saveResponse(focalUnsmil, unsmil.id, {
				itemId: item.id,
				version: 0,
				status: 'done',
				notApplicableReason: '',
				evidence: 'Done',
				evidenceUrl: '',
				owner: 'CSU',
				dueDate: ''
			});
		}
		await movePlan(focalUnsmil, unsmil, {
			version: (await plan('UNSMIL')).version,
			move: 'propose',
			overrideReason: ''
		});
		await movePlan(csdp, unsmil, {
			version: (await plan('UNSMIL')).version,
			move: 'approve',
			overrideReason: ''
		});
		expect(await plan('UNSMIL')).toMatchObject({ status: 'approved', overrideReason: '' });
	});
});

describe('after approval', () => {
	it('asks a reason for every new target date, keeps it, and shows the slippage', async () => {
		const unitams = await mission('UNITAMS');
		const p = await plan('UNITAMS');
		const noReason = await refusal(
			savePlan(focalUnitams, unitams, {
				version: p.version,
				targetDate: '2022-01-15',
				notes: p.notes,
				reason: ''
			})
		);
		expect(noReason.field).toBe('reason');
		await savePlan(focalUnitams, unitams, {
			version: p.version,
			targetDate: '2022-01-15',
			notes: p.notes,
			reason: 'Training moved to January'
		});
		const view = await missionPlan(csdp, unitams);
		expect(view.slippage).toBe(45);
		expect(view.plan).toMatchObject({ baselineDate: '2021-12-01', targetDate: '2022-01-15' });
		const move = view.events.find((e) => e.kind === 'target_date' && e.toValue === '2022-01-15');
		expect(move).toMatchObject({ fromValue: '2021-12-01', reason: 'Training moved to January' });
	});

	it('holds and resumes where it was', async () => {
		const unitams = await mission('UNITAMS');
		const focal = await refusal(
			movePlan(focalUnitams, unitams, {
				version: (await plan('UNITAMS')).version,
				move: 'hold',
				overrideReason: ''
			})
		);
		expect(focal.status).toBe(403);
		await movePlan(csdp, unitams, {
			version: (await plan('UNITAMS')).version,
			move: 'hold',
			overrideReason: ''
		});
		expect(await plan('UNITAMS')).toMatchObject({ status: 'on_hold', heldFrom: 'approved' });
		await movePlan(csdp, unitams, {
			version: (await plan('UNITAMS')).version,
			move: 'resume',
			overrideReason: ''
		});
		expect(await plan('UNITAMS')).toMatchObject({ status: 'approved', heldFrom: null });
	});

	it('launching makes the mission live and freezes the plan', async () => {
		const unitams = await mission('UNITAMS');
		const future = await refusal(
			launchPlan(csdp, unitams, {
				version: (await plan('UNITAMS')).version,
				launchedOn: '2999-01-01'
			})
		);
		expect(future.field).toBe('launchedOn');
		const byFocal = await refusal(
			launchPlan(focalUnitams, unitams, {
				version: (await plan('UNITAMS')).version,
				launchedOn: '2022-01-17'
			})
		);
		expect(byFocal.status).toBe(403);
		expect((await liveMissions()).map((r) => r.code)).not.toContain('UNITAMS');

		await launchPlan(csdp, unitams, {
			version: (await plan('UNITAMS')).version,
			launchedOn: '2022-01-17'
		});
		const live = await mission('UNITAMS');
		expect(live.goLiveDate).toBe('2022-01-17');
		expect(live.stage).toBe('live');
		expect((await liveMissions()).map((r) => r.code)).toContain('UNITAMS');
		// Launched with an override and no answers, it still shows its readiness at launch.
		expect((await readinessOverview(csdp)).rows.map((r) => r.code)).toContain('UNITAMS');

		const p = await plan('UNITAMS');
		const back = await refusal(
			movePlan(admin, live, { version: p.version, move: 'return_to_draft', overrideReason: '' })
		);
		expect(back.status).toBe(403);
		const edit = await refusal(
			savePlan(admin, live, {
				version: p.version,
				targetDate: '2022-03-01',
				notes: '',
				reason: 'x'
			})
		);
		expect(edit.status).toBe(409);
		expect((await plan('UNITAMS')).status).toBe('launched');
	});

	it('removes a milestone only with the version read', async () => {
		const unsmil = await mission('UNSMIL');
		await saveMilestone(focalUnsmil, unsmil, {
			milestoneId: 0,
			version: 0,
			title: 'Broadcast',
			owner: '',
			dueDate: '2022-01-20',
			doneDate: ''
		});
		const [ms] = (await missionPlan(csdp, unsmil)).milestones;
		const stale = await refusal(
			removeMilestone(focalUnsmil, unsmil, { milestoneId: ms.id, version: ms.version + 1 })
		);
		expect(stale.status).toBe(409);
		await removeMilestone(focalUnsmil, unsmil, { milestoneId: ms.id, version: ms.version });
		expect((await missionPlan(csdp, unsmil)).milestones).toHaveLength(0);
	});
});

describe('the schedule', () => {
	it('holds every mission for leadership, with seeded plans, readiness and slippage', async () => {
		const rows = await scheduleRows(leadership, { kind: '', status: '' });
		expect(rows).toHaveLength(15);
		const unowas = rows.find((r) => r.code === 'UNOWAS')!;
		expect(unowas).toMatchObject({
			status: 'approved',
			baselineDate: '2021-10-04',
			targetDate: '2021-11-15'
		});
		expect(unowas.slippage).toBe(42);
		expect(rows.find((r) => r.code === 'UNMISS')).toMatchObject({
			status: 'launched',
			launchedOn: '2021-09-01',
			readinessPercent: 100
		});
		// Soonest first; missions without any date come last.
		const dated = rows.filter((r) => r.launchedOn ?? r.targetDate);
		expect(rows.slice(0, dated.length)).toEqual(dated);
		expect(defaultWindow(rows).from <= '2021-08').toBe(true);
	});

	it('filters by kind and status, and shows a focal point only their mission', async () => {
		const pko = await scheduleRows(leadership, { kind: 'pko', status: '' });
		expect(pko.every((r) => r.kind === 'pko')).toBe(true);
		expect(pko.map((r) => r.code)).toContain('MINURSO');
		const drafts = await scheduleRows(leadership, { kind: '', status: 'draft' });
		expect(drafts.map((r) => r.code).sort()).toEqual(['MINURSO', 'OSESG-GL']);
		const own = await scheduleRows(focalUnsmil, { kind: '', status: '' });
		expect(own.map((r) => r.code)).toEqual(['UNSMIL']);
		expect(
			(await upcomingLaunches(leadership, '2021-11-01', '2021-12-31')).map((r) => r.code)
		).toEqual(['UNOCA', 'UNOWAS', 'OSESG-GL']);
	});

	it('exports a CSV whose plain dates are the stored ones', async () => {
		const csv = scheduleCsv(await scheduleRows(leadership, { kind: '', status: '' }));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const unowas = csv.split('\r\n').find((l) => l.startsWith('UNOWAS'))!;
		expect(unowas).toContain('2021-10-04');
		expect(unowas).toContain('2021-11-15');
		expect(unowas).toContain(',42,');
	});
});

describe('the calendar feed', () => {
	it('gives launch dates and milestones as all-day DATE values, parsed back on the same day', async () => {
		const text = await launchCalendar(leadership);
		expect(text).toContain('DTSTART;VALUE=DATE:20211115');
		const events = calendarEvents(text);
		const unowas = events.find((e) => e.uid === 'launch-UNOWAS@csdm-workbench');
		expect(unowas).toBeDefined();
		const start = unowas!.start;
		expect(start.dateOnly).toBe(true);
		expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2021, 11, 15]);
		expect(events.length).toBeGreaterThan(15);
	});

	it('opens for its owner until revoked or replaced, and holds only what they may read', async () => {
		const token = await renewFeed(focalUnsmil);
		expect((await feedOwner(token))?.id).toBe(focalUnsmil.id);
		const mine = await launchCalendar((await feedOwner(token))!);
		expect(mine).toContain('UNSMIL');
		expect(mine).not.toContain('UNOWAS');
		const next = await renewFeed(focalUnsmil);
		expect(await feedOwner(token)).toBeNull();
		expect((await feedOwner(next))?.id).toBe(focalUnsmil.id);
		await revokeFeed(focalUnsmil);
		expect(await feedOwner(next)).toBeNull();
		expect(await feedOwner('not-a-token')).toBeNull();
		// Only the hash is stored: the token appears nowhere in the audit trail.
		const audits = await db.select().from(auditLog).where(eq(auditLog.entity, 'calendar_feed'));
		expect(JSON.stringify(audits)).not.toContain(next);
	});
});
