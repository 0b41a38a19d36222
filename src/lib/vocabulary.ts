/**
 * The fixed words of the product, shared by the database schema, the zod schemas and the
 * pages. Their labels in each language live in the message catalogues.
 */

export const ROLES = ['admin', 'csdp', 'agent', 'focal_point', 'leadership'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['en', 'fr'] as const;
export type AppLocale = (typeof LOCALES)[number];

export const MISSION_KINDS = ['spm', 'pko', 'other'] as const;
export type MissionKind = (typeof MISSION_KINDS)[number];

export const WORKSHOP_MODES = ['virtual', 'in_person', 'hybrid'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

/** The rollout journey, in order; a mission's stage is derived, never typed in. */
export const STAGES = [
	'not_engaged',
	'engaged',
	'assessed',
	'aligning',
	'plan_drafted',
	'live'
] as const;
export type Stage = (typeof STAGES)[number];

/** The answer to one item of a mission's alignment checklist. */
export const CHECKLIST_STATUSES = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** A checklist template version: prepared as a draft, then published (current), then retired. */
export const TEMPLATE_STATES = ['draft', 'published', 'retired'] as const;
export type TemplateState = (typeof TEMPLATE_STATES)[number];

/** Red/amber/green reading of a readiness score; 'none' when nothing applies. */
export const RAG_LEVELS = ['green', 'amber', 'red', 'none'] as const;
export type RagLevel = (typeof RAG_LEVELS)[number];
export const ENTRY_KINDS = ['strength', 'weakness'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const IMPACTS = ['low', 'medium', 'high'] as const;
export type Impact = (typeof IMPACTS)[number];

/** The life of every action item, whichever record raised it. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['done', 'dropped'];
export const isActionClosed = (status: ActionStatus) => CLOSED_ACTION_STATUSES.includes(status);
/** A query's life; `reopen` brings a resolved or closed query back to in progress. */
export const QUERY_STATUSES = [
	'new',
	'in_progress',
	'pending_client',
	'resolved',
	'closed'
] as const;
export type QueryStatus = (typeof QUERY_STATUSES)[number];

/** Who holds a query: 1 the mission's CSU, 2 the centre's service line, 3 beyond the centre. */
export const QUERY_TIERS = [1, 2, 3] as const;
export type QueryTier = (typeof QUERY_TIERS)[number];

export const QUERY_CHANNELS = ['email', 'phone', 'walk_in', 'portal'] as const;
export type QueryChannel = (typeof QUERY_CHANNELS)[number];

export const QUERY_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type QueryPriority = (typeof QUERY_PRIORITIES)[number];

export const QUERY_EVENT_KINDS = [
	'created',
	'status',
	'escalated',
	'de_escalated',
	'assigned',
	'reply',
	'note',
	'rated'
] as const;
export type QueryEventKind = (typeof QUERY_EVENT_KINDS)[number];

/**
 * A launch plan's life: draft → proposed → approved → launched, and on hold from any of the
 * first three (it resumes where it was held).
 */
export const PLAN_STATUSES = ['draft', 'proposed', 'approved', 'on_hold', 'launched'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What a launch plan's history records. */
export const PLAN_EVENT_KINDS = ['status', 'target_date', 'override'] as const;
export type PlanEventKind = (typeof PLAN_EVENT_KINDS)[number];

/** Voice of the Mission: what works in a service line, or what it has to improve. */
export const FEEDBACK_KINDS = ['positive', 'developmental'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Where the service line stands with a piece of feedback. */
export const FEEDBACK_STATUSES = ['received', 'being_addressed', 'addressed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The session feedback came from: a workshop, a forum meeting, or none in particular. */
export const FEEDBACK_SOURCES = ['workshop', 'forum', 'other'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/** The records that raise actions, as the register of actions names them. */
export const ACTION_SOURCES = ['assessment', 'forum', 'feedback'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
