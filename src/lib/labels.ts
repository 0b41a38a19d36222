import { m } from '$lib/paraglide/messages';
import { intlLocale } from '$lib/plain-date';
import { dateTimeFormat, numberFormat } from '$lib/intl';
import type {
	AppLocale,
	ChecklistStatus,
	MissionKind,
	RagLevel,
	Role,
	Stage,
	TemplateState,
	ActionStatus,
	EntryKind,
	Impact,
	QueryChannel,
	QueryPriority,
	QueryStatus,
	PlanStatus,
	WorkshopMode,
	FeedbackKind,
	FeedbackStatus,
	ActionSource
} from '$lib/vocabulary';

/** The words of the fixed vocabulary in the reader's language. */
export const roleLabel: Record<Role, () => string> = {
	admin: m.role_admin,
	csdp: m.role_csdp,
	agent: m.role_agent,
	focal_point: m.role_focal_point,
	leadership: m.role_leadership
};

export const stageLabel: Record<Stage, () => string> = {
	not_engaged: m.stage_not_engaged,
	engaged: m.stage_engaged,
	assessed: m.stage_assessed,
	aligning: m.stage_aligning,
	plan_drafted: m.stage_plan_drafted,
	live: m.stage_live
};

export const kindLabel: Record<MissionKind, () => string> = {
	spm: m.kind_spm,
	pko: m.kind_pko,
	other: m.kind_other
};

export const modeLabel: Record<WorkshopMode, () => string> = {
	virtual: m.mode_virtual,
	in_person: m.mode_in_person,
	hybrid: m.mode_hybrid
};

export const localeLabel: Record<AppLocale, () => string> = {
	en: m.locale_en,
	fr: m.locale_fr
};

/** Weekday names from Intl, for ISO weekdays 1 (Monday) to 7 (Sunday). */
export function weekdayNames(days: number[], locale: string): string {
	const format = dateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' });
	// 2024-01-01 was a Monday.
	return days
		.map((d) => format.format(new Date(Date.UTC(2024, 0, d))))
		.join(m.weekday_list_separator());
}

export const checklistStatusLabel: Record<ChecklistStatus, () => string> = {
	not_started: m.checklist_status_not_started,
	in_progress: m.checklist_status_in_progress,
	done: m.checklist_status_done,
	not_applicable: m.checklist_status_not_applicable
};

export const ragLabel: Record<RagLevel, () => string> = {
	green: m.rag_green,
	amber: m.rag_amber,
	red: m.rag_red,
	none: m.rag_none
};

export const templateStateLabel: Record<TemplateState, () => string> = {
	draft: m.template_state_draft,
	published: m.template_state_published,
	retired: m.template_state_retired
};

/** A readiness score for reading: whole percent rounded down, or "—" when nothing applies. */
export function formatScore(percent: number | null, locale: string): string {
	if (percent === null) return '—';
	return numberFormat(intlLocale(locale), { style: 'percent' }).format(percent / 100);
}

export const entryKindLabel: Record<EntryKind, () => string> = {
	strength: m.entry_kind_strength,
	weakness: m.entry_kind_weakness
};

export const impactLabel: Record<Impact, () => string> = {
	low: m.impact_low,
	medium: m.impact_medium,
	high: m.impact_high
};

export const actionStatusLabel: Record<ActionStatus, () => string> = {
	open: m.action_status_open,
	in_progress: m.action_status_in_progress,
	done: m.action_status_done,
	dropped: m.action_status_dropped
};

/** The name of a bilingual reference record (service line, area) in the reader's language. */
export function localName(row: { nameEn: string; nameFr: string }, locale: string): string {
	return locale === 'fr' ? row.nameFr : row.nameEn;
}

export const statusLabel: Record<QueryStatus, () => string> = {
	new: m.status_new,
	in_progress: m.status_in_progress,
	pending_client: m.status_pending_client,
	resolved: m.status_resolved,
	closed: m.status_closed
};

export const tierLabel: Record<number, () => string> = {
	1: m.tier_1,
	2: m.tier_2,
	3: m.tier_3
};

export const channelLabel: Record<QueryChannel, () => string> = {
	email: m.channel_email,
	phone: m.channel_phone,
	walk_in: m.channel_walk_in,
	portal: m.channel_portal
};

export const priorityLabel: Record<QueryPriority, () => string> = {
	low: m.priority_low,
	normal: m.priority_normal,
	high: m.priority_high,
	urgent: m.priority_urgent
};

export const planStatusLabel: Record<PlanStatus, () => string> = {
	draft: m.plan_status_draft,
	proposed: m.plan_status_proposed,
	approved: m.plan_status_approved,
	on_hold: m.plan_status_on_hold,
	launched: m.plan_status_launched
};

export const feedbackKindLabel: Record<FeedbackKind, () => string> = {
	positive: m.feedback_kind_positive,
	developmental: m.feedback_kind_developmental
};

export const feedbackStatusLabel: Record<FeedbackStatus, () => string> = {
	received: m.feedback_status_received,
	being_addressed: m.feedback_status_being_addressed,
	addressed: m.feedback_status_addressed
};

export const actionSourceLabel: Record<ActionSource, () => string> = {
	assessment: m.action_source_assessment,
	forum: m.action_source_forum,
	feedback: m.action_source_feedback
};
