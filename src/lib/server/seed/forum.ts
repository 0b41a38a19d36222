import { db } from '../db';
import { feedback, forumActions, forumAttendance, forumMeetings } from '../db/schema';
import { write } from '../db/write';
import type { ActionStatus, FeedbackKind, FeedbackStatus } from '$lib/vocabulary';
import { WORKSHOP_2021, WORKSHOP_MISSIONS } from './rollout-2021';

/**
 * The first monthly CSDM forum, agreed at the August 2021 workshop for September. The source
 * gives no minutes: the agenda and actions below are what such a first meeting would settle,
 * and owners are offices, not people.
 */
export const FIRST_FORUM = {
	meetingDate: '2021-09-29',
	title: 'CSDM forum — September 2021',
	missions: [...WORKSHOP_MISSIONS.map((mi) => mi.code), 'UNMISS'],
	agenda: [
		'1. Welcome and purpose of the monthly forum',
		'2. UNMISS launch: first weeks',
		'3. Launch plans after the August workshop',
		'4. Voice of the Mission: responses from the service lines',
		'5. Query tool access and training with RFTS'
	].join('\n'),
	notes:
		'The forum will meet monthly with the CSU focal points of the client missions. UNMISS ' +
		'reported a smooth first month. Missions drafting launch plans asked for the escalation ' +
		'contacts of each service line and for training dates for the query tool.',
	decisions: [
		'The forum meets on the last Wednesday of each month.',
		'Open actions stay on the agenda until they are closed.',
		'Service lines answer Voice of the Mission feedback before the next forum.'
	].join('\n'),
	actions: [
		{
			description: 'Share each service line’s escalation contacts with all CSU focal points',
			owner: 'CSDP',
			mission: null,
			due: '2021-10-15',
			status: 'in_progress'
		},
		{
			description: 'Agree training dates for the query tool with RFTS',
			owner: 'CSDP with RFTS',
			mission: null,
			due: '2021-10-22',
			status: 'open'
		},
		{
			description: 'Share lessons from the first month after launch',
			owner: 'UNMISS CSU',
			mission: 'UNMISS',
			due: '2021-10-13',
			status: 'done',
			closingNote: 'Lessons sent to all CSU focal points.'
		},
		{
			description: 'Confirm the CSU focal points and their query tool accounts',
			owner: 'UNITAMS Mission Support',
			mission: 'UNITAMS',
			due: '2021-10-20',
			status: 'open'
		},
		{
			description: 'Propose a launch date to CSDP',
			owner: 'OSESG-GL Administration',
			mission: 'OSESG-GL',
			due: '2021-10-31',
			status: 'open'
		},
		{
			description: 'Confirm connectivity at team sites for the query tool',
			owner: 'MINURSO ICT',
			mission: 'MINURSO',
			due: '2021-11-30',
			status: 'open'
		}
	] satisfies {
		description: string;
		owner: string;
		mission: string | null;
		due: string;
		status: ActionStatus;
		closingNote?: string;
	}[]
};

/**
 * Voice of the Mission at the August 2021 workshop. The source says only that missions named
 * positive areas, to be kept, and developmental ones, for the service lines to address; the
 * items below are written generically for each line, not quoted from anyone.
 */
export const WORKSHOP_FEEDBACK: {
	line: string;
	mission: string;
	kind: FeedbackKind;
	body: string;
	status?: FeedbackStatus;
	response?: string;
	due?: string;
}[] = [
	{
		line: 'BEN-PAY',
		mission: 'UNOCA',
		kind: 'positive',
		body: 'Payroll questions are answered clearly and salary issues are usually fixed within the month.'
	},
	{
		line: 'BEN-PAY',
		mission: 'UNITAMS',
		kind: 'developmental',
		body: 'Staff do not know what stage their entitlement request has reached; updates arrive only when asked for.',
		status: 'being_addressed',
		response: 'Status updates will be sent at each step of the request from October.',
		due: '2021-10-31'
	},
	{
		line: 'ONB-SEP',
		mission: 'UNOWAS',
		kind: 'positive',
		body: 'Onboarding checklists are complete and new staff receive them before arrival.'
	},
	{
		line: 'ONB-SEP',
		mission: 'UNSMIL',
		kind: 'developmental',
		body: 'Separation cases take long to close when documents from several offices are needed.'
	},
	{
		line: 'TRAVEL',
		mission: 'CNMC',
		kind: 'positive',
		body: 'Travel requests are processed quickly once all approvals are in.'
	},
	{
		line: 'TRAVEL',
		mission: 'MINURSO',
		kind: 'developmental',
		body: 'Missions with a different weekend find that urgent travel questions wait over the centre’s weekend.',
		due: '2021-11-15'
	},
	{
		line: 'ENT-TRAVEL',
		mission: 'OSE-HOA',
		kind: 'developmental',
		body: 'The rules for home leave and family visit travel are hard to find; staff ask their CSU each time.'
	},
	{
		line: 'ENT-TRAVEL',
		mission: 'UNOAU',
		kind: 'positive',
		body: 'Lump-sum calculations are explained well when staff ask for them.'
	},
	{
		line: 'EDU-GRANT',
		mission: 'OSESG-GL',
		kind: 'developmental',
		body: 'Claims come back for missing documents one at a time instead of in one request.',
		status: 'being_addressed',
		response: 'Claims will be checked in full and all missing documents asked for at once.'
	},
	{
		line: 'EDU-GRANT',
		mission: 'UNOCA',
		kind: 'positive',
		body: 'Advances are paid on time at the start of the school year.'
	},
	{
		line: 'VENDORS',
		mission: 'UNSMIL',
		kind: 'developmental',
		body: 'Missions cannot see where a vendor payment stands without writing to the centre.'
	},
	{
		line: 'VENDORS',
		mission: 'UNOWAS',
		kind: 'positive',
		body: 'New vendors are registered quickly once their documents are complete.'
	},
	{
		line: 'UNIFORMED',
		mission: 'MINURSO',
		kind: 'positive',
		body: 'Rotations of military observers are handled reliably.'
	},
	{
		line: 'UNIFORMED',
		mission: 'MINURSO',
		kind: 'developmental',
		body: 'Allowance questions of uniformed personnel need a named contact at the centre.'
	},
	{
		line: 'TIME-ATT',
		mission: 'UNITAMS',
		kind: 'positive',
		body: 'Leave balances are accurate and corrections are made promptly.'
	},
	{
		line: 'TIME-ATT',
		mission: 'CNMC',
		kind: 'developmental',
		body: 'Staff at small offices need guidance on recording attendance when they travel often.'
	}
];

const SYSTEM = { id: null };

/**
 * Loads the first forum and the workshop's Voice of the Mission feedback once, on a database
 * with the 2021 rollout and no forum meeting yet.
 */
export async function seedForum(): Promise<boolean> {
	const existing = await db.select({ id: forumMeetings.id }).from(forumMeetings).limit(1);
	if (existing.length > 0) return false;
	const [allMissions, lines, workshop] = await Promise.all([
		db.query.missions.findMany(),
		db.query.serviceLines.findMany(),
		db.query.workshops.findFirst({ where: (w, { eq }) => eq(w.title, WORKSHOP_2021.title) })
	]);
	const missionId = new Map(allMissions.map((mi) => [mi.code, mi.id]));
	const lineId = new Map(lines.map((l) => [l.code, l.id]));
	if (missionId.size === 0) return false;
	await write(SYSTEM, async ({ tx, audit }) => {
		const at = new Date(`${FIRST_FORUM.meetingDate}T12:00:00Z`);
		const [meeting] = await tx
			.insert(forumMeetings)
			.values({
				meetingDate: FIRST_FORUM.meetingDate,
				title: FIRST_FORUM.title,
				agenda: FIRST_FORUM.agenda,
				notes: FIRST_FORUM.notes,
				decisions: FIRST_FORUM.decisions,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		await tx
			.insert(forumAttendance)
			.values(
				FIRST_FORUM.missions
					.filter((code) => missionId.has(code))
					.map((code) => ({ meetingId: meeting.id, missionId: missionId.get(code)! }))
			);
		await tx.insert(forumActions).values(
			FIRST_FORUM.actions.map((a) => ({
				meetingId: meeting.id,
				description: a.description,
				owner: a.owner,
				missionId: a.mission ? (missionId.get(a.mission) ?? null) : null,
				dueDate: a.due,
				status: a.status,
				closingNote: a.closingNote ?? '',
				closedAt: a.status === 'done' ? new Date('2021-10-12T12:00:00Z') : null,
				createdAt: at,
				updatedAt: at
			}))
		);
		const given = WORKSHOP_2021.lastDay;
		const items = WORKSHOP_FEEDBACK.filter(
			(f) => missionId.has(f.mission) && lineId.has(f.line)
		).map((f) => ({
			missionId: missionId.get(f.mission)!,
			serviceLineId: lineId.get(f.line)!,
			kind: f.kind,
			body: f.body,
			source: workshop ? ('workshop' as const) : ('other' as const),
			workshopId: workshop?.id ?? null,
			givenOn: given,
			status: f.status ?? 'received',
			response: f.response ?? '',
			dueDate: f.due ?? null,
			respondedAt: f.response ? at : null,
			createdAt: new Date(`${given}T12:00:00Z`),
			updatedAt: f.response ? at : new Date(`${given}T12:00:00Z`)
		}));
		if (items.length) await tx.insert(feedback).values(items);
		await audit({
			action: 'seed',
			entity: 'forum',
			entityId: '2021',
			after: { meetings: 1, actions: FIRST_FORUM.actions.length, feedback: items.length }
		});
	});
	return true;
}
