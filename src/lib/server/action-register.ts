import Papa from 'papaparse';
import type { CurrentUser } from './access';
import { assessmentActionsFor, compareActions } from './assessments';
import { forumActionsFor } from './forum';
import { feedbackActionStatus, listFeedback } from './feedback';
import { isActionClosed, type ActionSource, type ActionStatus } from '$lib/vocabulary';
import type { FeedbackStatus } from '$lib/vocabulary';
import type { RegisterFilters } from '$lib/schemas/action-register';
import { actionSourceLabel, actionStatusLabel, feedbackStatusLabel, localName } from '$lib/labels';
import { m } from '$lib/paraglide/messages';

/** One action of the register, whichever record raised it. */
export interface RegisterRow {
	key: string;
	source: ActionSource;
	id: number;
	description: string;
	owner: string;
	missionCode: string | null;
	dueDate: string | null;
	status: ActionStatus;
	/** Feedback keeps its own words for where it stands. */
	feedbackStatus: FeedbackStatus | null;
	closingNote: string;
	overdue: boolean;
	/** Where it was raised: a workshop's area, a meeting, a mission's feedback. */
	origin: string;
	href: string;
}

/**
 * Every action this person may read, from breakout assessments, forum meetings and
 * developmental feedback, open ones first and the earliest due first. Each source decides its
 * own overdue mark: the owner's mission time zone, or the centre's.
 */
export async function registerRows(
	u: CurrentUser,
	locale: string,
	now: Date = new Date()
): Promise<RegisterRow[]> {
	const [assessed, forum, fed] = await Promise.all([
		assessmentActionsFor(u, now),
		forumActionsFor(u, now),
		listFeedback(u, { kind: 'developmental' }, now)
	]);
	const rows: RegisterRow[] = [
		...assessed.map((a) => ({
			key: `assessment-${a.id}`,
			source: 'assessment' as const,
			id: a.id,
			description: a.description,
			owner: a.owner,
			missionCode: a.entry.missionCode,
			dueDate: a.dueDate,
			status: a.status,
			feedbackStatus: null,
			closingNote: a.closingNote,
			overdue: a.overdue,
			origin: localName({ nameEn: a.entry.areaNameEn, nameFr: a.entry.areaNameFr }, locale),
			href: `/missions/${a.entry.missionCode}`
		})),
		...forum.map((a) => ({
			key: `forum-${a.id}`,
			source: 'forum' as const,
			id: a.id,
			description: a.description,
			owner: a.owner,
			missionCode: a.missionCode,
			dueDate: a.dueDate,
			status: a.status,
			feedbackStatus: null,
			closingNote: a.closingNote,
			overdue: a.overdue,
			origin: a.meetingTitle,
			href: `/forum/${a.meetingId}`
		})),
		...fed.map((f) => ({
			key: `feedback-${f.id}`,
			source: 'feedback' as const,
			id: f.id,
			description: f.body,
			owner: localName(f.line, locale),
			missionCode: f.missionCode,
			dueDate: f.dueDate,
			status: feedbackActionStatus[f.status],
			feedbackStatus: f.status,
			closingNote: f.response,
			overdue: f.overdue,
			origin: f.sessionTitle ?? m.feedback_source_other(),
			href: `/feedback?mission=${f.missionCode}#feedback-${f.id}`
		}))
	];
	return rows.sort(compareActions);
}

export function filterRegister(rows: RegisterRow[], f: RegisterFilters): RegisterRow[] {
	const owner = f.owner.toLocaleLowerCase();
	return rows.filter(
		(r) =>
			(!f.mission || r.missionCode === f.mission) &&
			(!owner || r.owner.toLocaleLowerCase().includes(owner)) &&
			(!f.source || r.source === f.source) &&
			(!f.status || (f.status === 'active' ? !isActionClosed(r.status) : r.status === f.status)) &&
			(!f.overdue || r.overdue)
	);
}

/** The register as CSV in the reader's language, with a byte-order mark for spreadsheets. */
export function registerCsv(rows: RegisterRow[]): string {
	const header = [
		m.register_col_source(),
		m.register_col_mission(),
		m.action_description(),
		m.action_owner(),
		m.action_due(),
		m.action_status(),
		m.action_overdue(),
		m.register_col_origin(),
		m.action_closing_note()
	];
	const body = rows.map((r) => [
		actionSourceLabel[r.source](),
		r.missionCode ?? '',
		r.description,
		r.owner,
		r.dueDate ?? '',
		r.feedbackStatus ? feedbackStatusLabel[r.feedbackStatus]() : actionStatusLabel[r.status](),
		r.overdue ? m.action_overdue() : '',
		r.origin,
		r.closingNote
	]);
	return '\uFEFF' + Papa.unparse([header, ...body], { escapeFormulae: true, newline: '\r\n' });
}
