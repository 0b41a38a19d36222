import { and, asc, desc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from './db';
import {
	holidays,
	missions,
	priorityTargets,
	queries,
	queryEvents,
	serviceLines,
	user
} from './db/schema';
import { write, type WriteContext } from './db/write';
import { kept } from './db/kept';
import { Refusal } from './refusal';
import { isCsdp, type CurrentUser } from './access';
import {
	BUSINESS_DAY_MS,
	clockReading,
	dueMoment,
	moveClock,
	parseWeekendDays,
	type Calendar,
	type ClockState
} from './business-time';
import {
	applyRollupChange,
	applyRollupChanges,
	centreMonth,
	type RollupFacts
} from './query-rollup';
import { CENTRE } from './seed/rollout-2021';
import type { QueryCreateInput, QueryFilters } from '$lib/schemas/queries';
import type { QueryEventKind, QueryPriority, QueryStatus } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';

export type Query = typeof queries.$inferSelect;
export type QueryEvent = typeof queryEvents.$inferSelect;

/** The moves a query's status may make; reopening is resolved/closed → in progress. */
export const STATUS_MOVES: Record<QueryStatus, readonly QueryStatus[]> = {
	new: ['in_progress', 'pending_client', 'resolved'],
	in_progress: ['pending_client', 'resolved'],
	pending_client: ['in_progress', 'resolved'],
	resolved: ['closed', 'in_progress'],
	closed: ['in_progress']
};

export const OPEN_STATUSES: readonly QueryStatus[] = ['new', 'in_progress', 'pending_client'];

/** The clock runs while someone is working the query, not while the client is asked. */
export function clockRuns(status: QueryStatus): boolean {
	return status === 'new' || status === 'in_progress';
}

export function formatReference(missionCode: string, number: number): string {
	return `${missionCode}-${number}`;
}

/** "UNSOS-42", "OSESG-GL-7": the number is after the last hyphen. */
export function parseReference(ref: string): { code: string; number: number } | null {
	const match = /^([A-Za-z0-9-]{2,20})-(\d{1,9})$/.exec(ref);
	if (!match) return null;
	return { code: match[1].toUpperCase(), number: Number(match[2]) };
}

// ---------------------------------------------------------------------------------------------
// Calendars and targets

export const CENTRE_CALENDAR_BASE = {
	timeZone: CENTRE.timeZone,
	weekendDays: parseWeekendDays(CENTRE.weekendDays)
};

/** Holidays of one calendar; a null mission is the centre. */
async function holidaySet(exec: Executor, missionId: number | null): Promise<Set<string>> {
	const rows = await exec
		.select({ date: holidays.date })
		.from(holidays)
		.where(missionId === null ? isNull(holidays.missionId) : eq(holidays.missionId, missionId));
	return new Set(rows.map((r) => r.date));
}

export interface Calendars {
	mission: Calendar;
	centre: Calendar;
}

export async function calendarsOf(exec: Executor, missionId: number): Promise<Calendars> {
	const mission = await exec.query.missions.findFirst({ where: eq(missions.id, missionId) });
	if (!mission) throw new Refusal(404, null, m.error_not_found());
	const [missionHolidays, centreHolidays] = await Promise.all([
		holidaySet(exec, missionId),
		holidaySet(exec, null)
	]);
	return {
		mission: {
			timeZone: mission.timeZone,
			weekendDays: parseWeekendDays(mission.weekendDays),
			holidays: missionHolidays
		},
		centre: { ...CENTRE_CALENDAR_BASE, holidays: centreHolidays }
	};
}

/** Tier 1 works on the mission's calendar; the centre and beyond on the centre's. */
export function holderCalendar(calendars: Calendars, tier: number): Calendar {
	return tier === 1 ? calendars.mission : calendars.centre;
}

/** The target of a new query: the priority's own for the line if set, else the line's. */
export async function targetDaysFor(
	exec: Executor,
	serviceLineId: number,
	priority: QueryPriority
): Promise<number> {
	const line = await exec.query.serviceLines.findFirst({
		where: eq(serviceLines.id, serviceLineId)
	});
	if (!line) throw new Refusal(400, 'serviceLineId', m.validation_choice());
	const own = await exec.query.priorityTargets.findFirst({
		where: and(
			eq(priorityTargets.serviceLineId, serviceLineId),
			eq(priorityTargets.priority, priority)
		)
	});
	return own?.targetDays ?? line.targetDays;
}

// ---------------------------------------------------------------------------------------------
// Who may do what

type Scope = Pick<Query, 'missionId' | 'serviceLineId'>;

/** Focal points read their mission's queries, agents their line's; the others read all. */
export function canReadQuery(u: CurrentUser, q: Scope): boolean {
	if (u.role === 'focal_point') return u.missionId === q.missionId;
	if (u.role === 'agent') return u.serviceLineId === q.serviceLineId;
	return true;
}

/** Who works a query at its tier: the mission's focal point at 1, the line's agents at 2–3. */
export function canWorkQuery(u: CurrentUser, q: Scope & { tier: number }): boolean {
	if (isCsdp(u)) return true;
	if (u.role === 'focal_point') return q.tier === 1 && u.missionId === q.missionId;
	if (u.role === 'agent') return q.tier >= 2 && u.serviceLineId === q.serviceLineId;
	return false;
}

/**
 * The mission's CSU stays the client's contact at every tier: its focal point may reply, note,
 * close with the client's rating, and reopen even while the centre holds the query.
 */
function canSpeakForClient(u: CurrentUser, q: Scope & { tier: number }): boolean {
	return canWorkQuery(u, q) || (u.role === 'focal_point' && u.missionId === q.missionId);
}

export function canCreateQueryFor(u: CurrentUser, missionId: number): boolean {
	return isCsdp(u) || (u.role === 'focal_point' && u.missionId === missionId);
}

function refuseUnlessReadable(u: CurrentUser, q: Scope) {
	// Another mission's or line's query does not exist as far as this person can tell.
	if (!canReadQuery(u, q)) throw new Refusal(404, null, m.error_not_found());
}

function refuse(u: CurrentUser, q: Scope, allowed: boolean) {
	refuseUnlessReadable(u, q);
	if (!allowed) throw new Refusal(403, null, m.error_forbidden());
}

/** What the page offers this person; the server checks the same rules again on each action. */
export function queryRights(u: CurrentUser, q: Query) {
	const work = canWorkQuery(u, q);
	const speak = canSpeakForClient(u, q);
	const open = OPEN_STATUSES.includes(q.status);
	return {
		work,
		speak,
		moves: work ? STATUS_MOVES[q.status].filter((s) => s !== 'closed' && open) : [],
		escalate: work && open && q.tier < 3,
		deEscalate: work && open && q.tier > 1,
		assign: work && open,
		close: speak && q.status === 'resolved',
		reopen: speak && (q.status === 'resolved' || q.status === 'closed')
	};
}

// ---------------------------------------------------------------------------------------------
// Reading

const reference = sql<string>`${missions.code} || '-' || ${queries.number}`;

/** What the CSV export gives of each query: the page's columns and more. */
function listColumns() {
	return {
		...pageColumns(),
		missionCode: missions.code,
		serviceLineId: queries.serviceLineId,
		requesterName: queries.requesterName,
		requesterEmail: queries.requesterEmail,
		channel: queries.channel,
		priority: queries.priority,
		rating: queries.rating,
		updatedAt: queries.updatedAt
	};
}

/** What a page of the list shows: each cell read costs, and the page sends its rows along. */
function pageColumns() {
	return {
		id: queries.id,
		reference,
		serviceLineEn: serviceLines.nameEn,
		serviceLineFr: serviceLines.nameFr,
		subject: queries.subject,
		status: queries.status,
		tier: queries.tier,
		assigneeName: user.name,
		receivedAt: queries.receivedAt,
		dueAt: queries.dueAt,
		clockMs: queries.clockMs,
		targetDays: queries.targetDays,
		resolvedAt: queries.resolvedAt,
		resolveBusinessMs: queries.resolveBusinessMs,
		withinTarget: queries.withinTarget
	};
}

export type QueryListRow = Awaited<ReturnType<typeof listQueries>>['rows'][number];

function overdueCondition(now: Date): SQL {
	return sql`(${queries.status} in ('new', 'in_progress', 'pending_client') and ((${queries.dueAt} is not null and ${queries.dueAt} < ${now.getTime()}) or ${queries.clockMs} > ${queries.targetDays} * ${BUSINESS_DAY_MS}))`;
}

/** The conditions of a filtered list, with what this person may read. */
function listConditions(u: CurrentUser, f: QueryFilters, now: Date): SQL[] {
	const where: SQL[] = [];
	if (u.role === 'focal_point') where.push(eq(queries.missionId, u.missionId ?? -1));
	if (u.role === 'agent') where.push(eq(queries.serviceLineId, u.serviceLineId ?? -1));
	if (f.mission) where.push(eq(missions.code, f.mission));
	if (f.kind) where.push(eq(missions.kind, f.kind));
	if (f.line) where.push(eq(queries.serviceLineId, f.line));
	if (f.status === 'open') where.push(inArray(queries.status, [...OPEN_STATUSES]));
	else if (f.status) where.push(eq(queries.status, f.status));
	if (f.tier) where.push(eq(queries.tier, f.tier));
	if (f.priority) where.push(eq(queries.priority, f.priority));
	if (f.assignee === 'me') where.push(eq(queries.assigneeId, u.id));
	else if (f.assignee === 'none') where.push(isNull(queries.assigneeId));
	else if (f.assignee) where.push(eq(queries.assigneeId, f.assignee));
	if (f.overdue) where.push(overdueCondition(now));
	if (f.q) {
		const ref = parseReference(f.q);
		const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		const text = sql`(${queries.subject} like ${like} escape '\\' or ${queries.requesterName} like ${like} escape '\\' or ${queries.requesterEmail} like ${like} escape '\\')`;
		where.push(
			ref
				? (or(and(eq(missions.code, ref.code), eq(queries.number, ref.number))!, text) as SQL)
				: text
		);
	}
	return where;
}

const ORDER: Record<QueryFilters['sort'], SQL[]> = {
	newest: [desc(queries.receivedAt), desc(queries.id)],
	oldest: [asc(queries.receivedAt), asc(queries.id)],
	due: [sql`${queries.dueAt} is null`, asc(queries.dueAt), asc(queries.id)],
	updated: [desc(queries.updatedAt), desc(queries.id)]
};

export const PAGE_SIZE = 50;
/**
 * The pager counts at most this many pages past the one shown: counting every match of a
 * broad filter over a million queries costs more than the page itself, and nobody pages on
 * twenty pages at a time without narrowing the filter.
 */
export const COUNT_AHEAD_PAGES = 20;

/**
 * One page of the list as this person may see it, with the total for the pager; `more` says
 * the total was not counted to the end (there are more than `total`).
 */
export async function listQueries(u: CurrentUser, f: QueryFilters, now = new Date()) {
	const where = and(...listConditions(u, f, now));
	const cap = (f.page + COUNT_AHEAD_PAGES) * PAGE_SIZE;
	// The page's queries are found through the index alone, then only they are read in full:
	// read in full, the rows skipped before a deep page cost as much as the ones shown.
	const shown = db
		.select({ id: queries.id })
		.from(queries)
		.innerJoin(missions, eq(missions.id, queries.missionId))
		.where(where)
		.orderBy(...ORDER[f.sort])
		.limit(PAGE_SIZE)
		.offset((f.page - 1) * PAGE_SIZE);
	const matches = db
		.select({ one: sql`1` })
		.from(queries)
		.innerJoin(missions, eq(missions.id, queries.missionId))
		.where(where)
		.limit(cap + 1)
		.as('matches');
	const [rows, [{ counted }]] = await Promise.all([
		db
			.select(pageColumns())
			.from(queries)
			.innerJoin(missions, eq(missions.id, queries.missionId))
			.innerJoin(serviceLines, eq(serviceLines.id, queries.serviceLineId))
			.leftJoin(user, eq(user.id, queries.assigneeId))
			.where(inArray(queries.id, shown))
			.orderBy(...ORDER[f.sort]),
		db.select({ counted: sql<number>`count(*)` }).from(matches)
	]);
	const more = counted > cap;
	const total = Math.min(counted, cap);
	return { rows, total, more, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Every row of a filtered list, page by page, for the CSV export. */
export async function* exportQueries(u: CurrentUser, f: QueryFilters, now = new Date()) {
	const where = and(...listConditions(u, f, now));
	const chunk = 2000;
	for (let offset = 0; ; offset += chunk) {
		const rows = await db
			.select(listColumns())
			.from(queries)
			.innerJoin(missions, eq(missions.id, queries.missionId))
			.innerJoin(serviceLines, eq(serviceLines.id, queries.serviceLineId))
			.leftJoin(user, eq(user.id, queries.assigneeId))
			.where(where)
			.orderBy(...ORDER[f.sort])
			.limit(chunk)
			.offset(offset);
		if (rows.length === 0) return;
		yield rows;
		if (rows.length < chunk) return;
	}
}

/** The filters of a person's own queue: what waits for them to act. */
export function myQueueFilters(u: CurrentUser): Partial<QueryFilters> {
	if (u.role === 'focal_point') return { status: 'open', tier: 1 };
	if (u.role === 'agent') return { status: 'open' };
	return { status: 'open', assignee: 'me' };
}

export interface QueryDetail extends Query {
	reference: string;
	missionCode: string;
	missionName: string;
	missionTimeZone: string;
	serviceLineEn: string;
	serviceLineFr: string;
	assigneeName: string | null;
	events: QueryEvent[];
	/** Business ms on the clock now. */
	clockNow: number;
	targetMs: number;
	overdue: boolean;
}

async function findByReference(exec: Executor, ref: string) {
	const parsed = parseReference(ref);
	if (!parsed) return undefined;
	const [row] = await exec
		.select({ query: queries, missionCode: missions.code })
		.from(queries)
		.innerJoin(missions, eq(missions.id, queries.missionId))
		.where(and(eq(missions.code, parsed.code), eq(queries.number, parsed.number)));
	return row;
}

/** A query with its timeline, or a 404 refusal when it does not exist for this person. */
export async function getQuery(
	u: CurrentUser,
	ref: string,
	now = new Date()
): Promise<QueryDetail> {
	const found = await findByReference(db, ref);
	if (!found) throw new Refusal(404, null, m.error_not_found());
	const q = found.query;
	refuseUnlessReadable(u, q);
	const [mission, line, assignee, events, calendars] = await Promise.all([
		db.query.missions.findFirst({ where: eq(missions.id, q.missionId) }),
		db.query.serviceLines.findFirst({ where: eq(serviceLines.id, q.serviceLineId) }),
		q.assigneeId ? db.query.user.findFirst({ where: eq(user.id, q.assigneeId) }) : undefined,
		db
			.select()
			.from(queryEvents)
			.where(eq(queryEvents.queryId, q.id))
			.orderBy(asc(queryEvents.at), asc(queryEvents.id)),
		calendarsOf(db, q.missionId)
	]);
	const clockNow = clockReading(clockOf(q), holderCalendar(calendars, q.tier), now.getTime());
	const targetMs = q.targetDays * BUSINESS_DAY_MS;
	return {
		...q,
		reference: formatReference(found.missionCode, q.number),
		missionCode: found.missionCode,
		missionName: mission!.name,
		missionTimeZone: mission!.timeZone,
		serviceLineEn: line!.nameEn,
		serviceLineFr: line!.nameFr,
		assigneeName: assignee?.name ?? null,
		events,
		clockNow,
		targetMs,
		overdue: OPEN_STATUSES.includes(q.status) && clockNow > targetMs
	};
}

/** The people a query can be given to at its tier (and CSDP staff). */
export async function assigneeChoices(q: Pick<Query, 'missionId' | 'serviceLineId' | 'tier'>) {
	const who =
		q.tier === 1
			? and(eq(user.role, 'focal_point'), eq(user.missionId, q.missionId))
			: and(eq(user.role, 'agent'), eq(user.serviceLineId, q.serviceLineId));
	return db
		.select({ id: user.id, name: user.name, role: user.role })
		.from(user)
		.where(and(eq(user.active, true), or(who, inArray(user.role, ['admin', 'csdp']))))
		.orderBy(asc(user.name));
}

// ---------------------------------------------------------------------------------------------
// Changing

function clockOf(q: Pick<Query, 'clockMs' | 'clockSince'>): ClockState {
	return { counted: q.clockMs, since: q.clockSince ? q.clockSince.getTime() : null };
}

function rollupFacts(q: Query): RollupFacts {
	return {
		missionId: q.missionId,
		serviceLineId: q.serviceLineId,
		receivedMonth: q.receivedMonth,
		resolvedMonth: q.resolvedMonth,
		maxTier: q.maxTier,
		withinTarget: q.withinTarget,
		resolveBusinessMs: q.resolveBusinessMs,
		rating: q.rating
	};
}

/**
 * The new state of a query after a move of status and/or holder at `now`: the clock is read on
 * the old holder's calendar up to now, then runs (or not) on the new holder's; resolution
 * facts are set on resolving and cleared on reopening.
 */
export function nextState(
	q: Query,
	calendars: Calendars,
	now: Date,
	change: { status?: QueryStatus; tier?: number }
): Partial<Query> {
	const status = change.status ?? q.status;
	const tier = change.tier ?? q.tier;
	const at = now.getTime();
	const clock = moveClock(clockOf(q), holderCalendar(calendars, q.tier), at, clockRuns(status));
	const targetMs = q.targetDays * BUSINESS_DAY_MS;
	const next: Partial<Query> = {
		status,
		tier,
		maxTier: Math.max(q.maxTier, tier),
		clockMs: clock.counted,
		clockSince: clock.since === null ? null : new Date(clock.since),
		dueAt: (() => {
			const due = dueMoment(clock, holderCalendar(calendars, tier), targetMs);
			return due === null ? null : new Date(due);
		})()
	};
	if (status === 'resolved' && q.status !== 'resolved') {
		next.resolvedAt = now;
		next.resolvedMonth = centreMonth(now);
		next.firstResolvedAt = q.firstResolvedAt ?? now;
		next.resolveBusinessMs = clock.counted;
		next.withinTarget = clock.counted <= targetMs;
	}
	if (status === 'closed') next.closedAt = now;
	if ((q.status === 'resolved' || q.status === 'closed') && status === 'in_progress') {
		next.resolvedAt = null;
		next.resolvedMonth = null;
		next.resolveBusinessMs = null;
		next.withinTarget = null;
		next.closedAt = null;
		next.rating = null;
		next.ratingComment = '';
	}
	return next;
}

type Ctx = WriteContext;

async function lockQuery(ctx: Ctx, ref: string) {
	const found = await findByReference(ctx.tx, ref);
	if (!found) throw new Refusal(404, null, m.error_not_found());
	return found.query;
}

function checkVersion(q: Query, version: number) {
	if (q.version !== version) throw new Refusal(409, 'version', m.conflict_query(), q);
}

async function saveChange(
	ctx: Ctx,
	actor: CurrentUser,
	before: Query,
	patch: Partial<Query>,
	event: Omit<typeof queryEvents.$inferInsert, 'queryId' | 'at' | 'actorId' | 'actorName'>
): Promise<Query> {
	const [after] = await ctx.tx
		.update(queries)
		.set({ ...patch, version: before.version + 1, updatedAt: ctx.now })
		.where(eq(queries.id, before.id))
		.returning();
	await ctx.tx.insert(queryEvents).values({
		...event,
		queryId: before.id,
		at: ctx.now,
		actorId: actor.id,
		actorName: actor.name
	});
	await applyRollupChange(ctx.tx, rollupFacts(before), rollupFacts(after));
	await ctx.audit({
		action: event.kind,
		entity: 'query',
		entityId: before.id,
		before: pick(before, patch),
		after: pick(after, patch)
	});
	return after;
}

function pick(q: Query, patch: Partial<Query>) {
	return Object.fromEntries(Object.keys(patch).map((k) => [k, q[k as keyof Query]]));
}

/**
 * Opens a query at the mission's CSU. A second submit of the same form (same idempotency key)
 * finds the query the first one made instead of making another.
 */
export async function createQuery(
	actor: CurrentUser,
	input: QueryCreateInput
): Promise<{ reference: string; created: boolean }> {
	return write(actor, async (ctx) => {
		const { tx, now } = ctx;
		if (input.idempotencyKey) {
			const [twin] = await tx
				.select({ number: queries.number, code: missions.code })
				.from(queries)
				.innerJoin(missions, eq(missions.id, queries.missionId))
				.where(eq(queries.idempotencyKey, input.idempotencyKey));
			if (twin) return { reference: formatReference(twin.code, twin.number), created: false };
		}
		const mission = await tx.query.missions.findFirst({ where: eq(missions.id, input.missionId) });
		if (!mission || !canReadQuery(actor, { missionId: mission.id, serviceLineId: -1 }))
			throw new Refusal(400, 'missionId', m.validation_choice());
		if (!canCreateQueryFor(actor, mission.id)) throw new Refusal(403, null, m.error_forbidden());
		if (!mission.goLiveDate) throw new Refusal(400, 'missionId', m.query_mission_not_live());
		const targetDays = await targetDaysFor(tx, input.serviceLineId, input.priority);
		const calendars = await calendarsOf(tx, mission.id);
		const reference = await insertQuery(ctx, actor, mission, calendars, {
			...input,
			receivedAt: now,
			targetDays
		});
		return { reference, created: true };
	});
}

type NewQueryInput = Omit<QueryCreateInput, 'missionId'> & { receivedAt: Date; targetDays: number };

/** The row of a new query at the mission's CSU, its clock running since it was received. */
function newQueryRow(
	actor: CurrentUser | null,
	missionId: number,
	number: number,
	calendars: Calendars,
	input: NewQueryInput,
	now: Date
): typeof queries.$inferInsert {
	const clock: ClockState = { counted: 0, since: input.receivedAt.getTime() };
	const targetMs = input.targetDays * BUSINESS_DAY_MS;
	// An imported query received in the past has been on the clock since then.
	const counted = clockReading(clock, calendars.mission, now.getTime());
	const due = dueMoment(clock, calendars.mission, targetMs);
	return {
		missionId,
		number,
		serviceLineId: input.serviceLineId,
		requesterName: input.requesterName,
		requesterEmail: input.requesterEmail,
		requesterIndex: input.requesterIndex,
		channel: input.channel,
		priority: input.priority,
		subject: input.subject,
		description: input.description,
		status: 'new',
		tier: 1,
		receivedAt: input.receivedAt,
		receivedMonth: centreMonth(input.receivedAt),
		targetDays: input.targetDays,
		clockMs: counted,
		clockSince: now,
		dueAt: due === null ? null : new Date(due),
		idempotencyKey: input.idempotencyKey || null,
		createdBy: actor?.id ?? null,
		createdAt: now,
		updatedAt: now
	};
}

/** What a new query holds before anyone works it: unassigned, unresolved, unrated. */
export const NEW_QUERY_FACTS = {
	assigneeId: null,
	maxTier: 1,
	firstResolvedAt: null,
	resolvedAt: null,
	resolvedMonth: null,
	resolveBusinessMs: null,
	withinTarget: null,
	closedAt: null,
	rating: null,
	ratingComment: '',
	version: 1
} satisfies Partial<Query>;

/** A new query's row as the database holds it: the defaults of the table filled in. */
function storedRow(v: typeof queries.$inferInsert, id: number): Query {
	return { ...NEW_QUERY_FACTS, ...v, id } as Query;
}

function createdEvent(actor: CurrentUser | null, row: Query): typeof queryEvents.$inferInsert {
	return {
		queryId: row.id,
		at: row.receivedAt,
		actorId: actor?.id ?? null,
		actorName: actor?.name ?? '',
		kind: 'created',
		toStatus: 'new',
		toTier: 1
	};
}

async function nextNumber(tx: Executor, missionId: number): Promise<number> {
	const [{ next }] = await tx
		.select({ next: sql<number>`coalesce(max(${queries.number}), 0) + 1` })
		.from(queries)
		.where(eq(queries.missionId, missionId));
	return next;
}

async function insertQuery(
	ctx: Ctx,
	actor: CurrentUser | null,
	mission: { id: number; code: string },
	calendars: Calendars,
	input: NewQueryInput
): Promise<string> {
	const { tx, now } = ctx;
	const next = await nextNumber(tx, mission.id);
	const [row] = await tx
		.insert(queries)
		.values(newQueryRow(actor, mission.id, next, calendars, input, now))
		.returning();
	await tx.insert(queryEvents).values(createdEvent(actor, row));
	await applyRollupChange(tx, null, rollupFacts(row));
	await ctx.audit({ action: 'create', entity: 'query', entityId: row.id, after: row });
	return formatReference(mission.code, next);
}

/** Moves an open query to in progress, pending the client, or resolved. */
export async function moveQueryStatus(
	actor: CurrentUser,
	ref: string,
	input: { version: number; status: QueryStatus; body?: string }
): Promise<void> {
	await write(actor, async (ctx) => {
		const q = await lockQuery(ctx, ref);
		refuse(actor, q, canWorkQuery(actor, q));
		checkVersion(q, input.version);
		if (!OPEN_STATUSES.includes(q.status) || !STATUS_MOVES[q.status].includes(input.status)) {
			throw new Refusal(400, 'status', m.query_move_not_allowed());
		}
		const calendars = await calendarsOf(ctx.tx, q.missionId);
		await saveChange(ctx, actor, q, nextState(q, calendars, ctx.now, { status: input.status }), {
			kind: 'status',
			fromStatus: q.status,
			toStatus: input.status,
			body: input.body ?? ''
		});
	});
}

/** Hands an open query one tier up, with the reason; nobody holds it there yet. */
export async function escalateQuery(
	actor: CurrentUser,
	ref: string,
	input: { version: number; reason: string }
): Promise<void> {
	await moveTier(actor, ref, input, +1);
}

/** Hands an open query one tier back down (the centre back to the mission), with the reason. */
export async function deEscalateQuery(
	actor: CurrentUser,
	ref: string,
	input: { version: number; reason: string }
): Promise<void> {
	await moveTier(actor, ref, input, -1);
}

async function moveTier(
	actor: CurrentUser,
	ref: string,
	input: { version: number; reason: string },
	step: 1 | -1
) {
	await write(actor, async (ctx) => {
		const q = await lockQuery(ctx, ref);
		refuse(actor, q, canWorkQuery(actor, q));
		checkVersion(q, input.version);
		const tier = q.tier + step;
		if (!OPEN_STATUSES.includes(q.status) || tier < 1 || tier > 3) {
			throw new Refusal(400, 'reason', m.query_tier_not_allowed());
		}
		const calendars = await calendarsOf(ctx.tx, q.missionId);
		await saveChange(
			ctx,
			actor,
			q,
			{ ...nextState(q, calendars, ctx.now, { tier }), assigneeId: null },
			{
				kind: step > 0 ? 'escalated' : 'de_escalated',
				fromTier: q.tier,
				toTier: tier,
				body: input.reason
			}
		);
	});
}

export async function assignQuery(
	actor: CurrentUser,
	ref: string,
	input: { version: number; assigneeId: string }
): Promise<void> {
	await write(actor, async (ctx) => {
		const q = await lockQuery(ctx, ref);
		refuse(actor, q, canWorkQuery(actor, q));
		checkVersion(q, input.version);
		if (!OPEN_STATUSES.includes(q.status)) {
			throw new Refusal(400, 'assigneeId', m.query_move_not_allowed());
		}
		let assigneeName: string | null = null;
		if (input.assigneeId) {
			const eligible = await assigneeChoices(q);
			const person = eligible.find((p) => p.id === input.assigneeId);
			if (!person) throw new Refusal(400, 'assigneeId', m.validation_choice());
			assigneeName = person.name;
		}
		if ((q.assigneeId ?? '') === input.assigneeId) return;
		await saveChange(
			ctx,
			actor,
			q,
			{ assigneeId: input.assigneeId || null },
			{ kind: 'assigned', assigneeName }
		);
	});
}

/** A reply to the client or an internal note: kept apart on the timeline. */
export async function addQueryMessage(
	actor: CurrentUser,
	ref: string,
	input: { kind: 'reply' | 'note'; body: string }
): Promise<void> {
	await write(actor, async (ctx) => {
		const q = await lockQuery(ctx, ref);
		refuse(actor, q, canSpeakForClient(actor, q));
		if (q.status === 'closed') throw new Refusal(400, 'body', m.query_closed_no_message());
		await ctx.tx.update(queries).set({ updatedAt: ctx.now }).where(eq(queries.id, q.id));
		await ctx.tx.insert(queryEvents).values({
			queryId: q.id,
			at: ctx.now,
			actorId: actor.id,
			actorName: actor.name,
			kind: input.kind,
			body: input.body
		});
		await ctx.audit({ action: input.kind, entity: 'query', entityId: q.id });
	});
}

/** Closes a resolved query with the client's rating (1–5) or none. */
export async function closeQuery(
	actor: CurrentUser,
	ref: string,
	input: { version: number; rating: number | null; ratingComment: string }
): Promise<void> {
	await write(actor, async (ctx) => {
		const q = await lockQuery(ctx, ref);
		refuse(actor, q, canSpeakForClient(actor, q));
		checkVersion(q, input.version);
		if (q.status !== 'resolved') throw new Refusal(400, 'rating', m.query_move_not_allowed());
		if (
			input.rating !== null &&
			!(Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5)
		) {
			throw new Refusal(400, 'rating', m.validation_rating());
		}
		const calendars = await calendarsOf(ctx.tx, q.missionId);
		await saveChange(
			ctx,
			actor,
			q,
			{
				...nextState(q, calendars, ctx.now, { status: 'closed' }),
				rating: input.rating,
				ratingComment: input.rating === null ? '' : input.ratingComment
			},
			{
				kind: 'status',
				fromStatus: 'resolved',
				toStatus: 'closed',
				body:
					input.rating === null
						? input.ratingComment
						: `${input.rating}/5${input.ratingComment ? ` — ${input.ratingComment}` : ''}`
			}
		);
	});
}

/** Brings a resolved or closed query back to in progress; its clock goes on from where it stopped. */
export async function reopenQuery(
	actor: CurrentUser,
	ref: string,
	input: { version: number; reason: string }
): Promise<void> {
	await write(actor, async (ctx) => {
		const q = await lockQuery(ctx, ref);
		refuse(actor, q, canSpeakForClient(actor, q));
		checkVersion(q, input.version);
		if (q.status !== 'resolved' && q.status !== 'closed') {
			throw new Refusal(400, 'reason', m.query_move_not_allowed());
		}
		const calendars = await calendarsOf(ctx.tx, q.missionId);
		await saveChange(ctx, actor, q, nextState(q, calendars, ctx.now, { status: 'in_progress' }), {
			kind: 'status',
			fromStatus: q.status,
			toStatus: 'in_progress',
			body: input.reason
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Holidays and targets (CSDP staff)

export async function listHolidays() {
	return db
		.select({
			id: holidays.id,
			missionId: holidays.missionId,
			missionCode: missions.code,
			date: holidays.date,
			name: holidays.name
		})
		.from(holidays)
		.leftJoin(missions, eq(missions.id, holidays.missionId))
		.orderBy(desc(holidays.date));
}

/**
 * A holiday moves the due moment of every running query on that calendar, so those are
 * scheduled again in the same write.
 */
async function rescheduleRunning(ctx: Ctx, missionId: number | null) {
	const running = await ctx.tx
		.select()
		.from(queries)
		.where(
			and(
				sql`${queries.clockSince} is not null`,
				missionId === null
					? gte(queries.tier, 2)
					: and(eq(queries.missionId, missionId), eq(queries.tier, 1))
			)
		);
	const byMission = new Map<number, Calendars>();
	for (const q of running) {
		let calendars = byMission.get(q.missionId);
		if (!calendars) {
			calendars = await calendarsOf(ctx.tx, q.missionId);
			byMission.set(q.missionId, calendars);
		}
		const due = dueMoment(
			clockOf(q),
			holderCalendar(calendars, q.tier),
			q.targetDays * BUSINESS_DAY_MS
		);
		await ctx.tx
			.update(queries)
			.set({ dueAt: due === null ? null : new Date(due) })
			.where(eq(queries.id, q.id));
	}
}

export async function addHoliday(
	actor: CurrentUser,
	input: { missionId: number; date: string; name: string }
): Promise<void> {
	await write(actor, async (ctx) => {
		const missionId = input.missionId || null;
		if (missionId !== null) {
			const mission = await ctx.tx.query.missions.findFirst({ where: eq(missions.id, missionId) });
			if (!mission) throw new Refusal(400, 'missionId', m.validation_choice());
		}
		const clash = await ctx.tx
			.select({ id: holidays.id })
			.from(holidays)
			.where(
				and(
					missionId === null ? isNull(holidays.missionId) : eq(holidays.missionId, missionId),
					eq(holidays.date, input.date)
				)
			);
		if (clash.length > 0) throw new Refusal(400, 'date', m.holiday_exists());
		const [row] = await ctx.tx
			.insert(holidays)
			.values({ missionId, date: input.date, name: input.name })
			.returning();
		await rescheduleRunning(ctx, missionId);
		await ctx.audit({ action: 'create', entity: 'holiday', entityId: row.id, after: row });
	});
}

export async function removeHoliday(actor: CurrentUser, id: number): Promise<void> {
	await write(actor, async (ctx) => {
		const row = await ctx.tx.query.holidays.findFirst({ where: eq(holidays.id, id) });
		if (!row) throw new Refusal(404, null, m.error_not_found());
		await ctx.tx.delete(holidays).where(eq(holidays.id, id));
		await rescheduleRunning(ctx, row.missionId);
		await ctx.audit({ action: 'delete', entity: 'holiday', entityId: id, before: row });
	});
}

export async function listTargets() {
	const [lines, overrides] = await Promise.all([
		db.select().from(serviceLines).orderBy(asc(serviceLines.nameEn)),
		db.select().from(priorityTargets)
	]);
	return lines.map((line) => ({
		...line,
		byPriority: Object.fromEntries(
			overrides.filter((o) => o.serviceLineId === line.id).map((o) => [o.priority, o.targetDays])
		) as Partial<Record<QueryPriority, number>>
	}));
}

/**
 * Sets a line's target (no priority) or one priority's own (blank removes it). Targets apply
 * to queries received from then on: a query keeps the promise made when it came in.
 */
export async function setTarget(
	actor: CurrentUser,
	input: {
		serviceLineId: number;
		priority: QueryPriority | '';
		targetDays: number | null;
		seenDays: number | null;
	}
): Promise<void> {
	await write(actor, async (ctx) => {
		const line = await ctx.tx.query.serviceLines.findFirst({
			where: eq(serviceLines.id, input.serviceLineId)
		});
		if (!line) throw new Refusal(400, 'serviceLineId', m.validation_choice());
		const current =
			input.priority === ''
				? line.targetDays
				: ((
						await ctx.tx.query.priorityTargets.findFirst({
							where: and(
								eq(priorityTargets.serviceLineId, line.id),
								eq(priorityTargets.priority, input.priority)
							)
						})
					)?.targetDays ?? null);
		if (current !== input.seenDays) {
			throw new Refusal(409, 'targetDays', m.conflict_target({ days: current ?? '—' }), {
				targetDays: current
			});
		}
		if (input.priority === '') {
			if (input.targetDays === null)
				throw new Refusal(400, 'targetDays', m.validation_target_days());
			await ctx.tx
				.update(serviceLines)
				.set({ targetDays: input.targetDays, version: line.version + 1 })
				.where(eq(serviceLines.id, line.id));
		} else {
			await ctx.tx
				.delete(priorityTargets)
				.where(
					and(
						eq(priorityTargets.serviceLineId, line.id),
						eq(priorityTargets.priority, input.priority)
					)
				);
			if (input.targetDays !== null) {
				await ctx.tx.insert(priorityTargets).values({
					serviceLineId: line.id,
					priority: input.priority,
					targetDays: input.targetDays
				});
			}
		}
		await ctx.audit({ action: 'target', entity: 'service_line', entityId: line.id, after: input });
	});
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportRow {
	missionId: number;
	missionCode: string;
	receivedAt: Date;
	input: Omit<QueryCreateInput, 'missionId'>;
}

/** Rows per multi-row statement: the widest table stays under SQLite's variable limit. */
const IMPORT_QUERY_ROWS = 400;
const IMPORT_EVENT_ROWS = 1000;

/**
 * Writes every checked row in one write: all of them or, on any refusal, none. The rows go in
 * as multi-row statements, and the monthly totals move once per month, mission and line.
 */
export async function importQueries(actor: CurrentUser, rows: ImportRow[]): Promise<string[]> {
	if (rows.some((row) => !canCreateQueryFor(actor, row.missionId)))
		throw new Refusal(403, null, m.error_forbidden());
	return write(actor, async (ctx) => {
		const { tx, now } = ctx;
		const calendarsByMission = new Map<number, Calendars>();
		const numbers = new Map<number, number>();
		const targets = new Map<string, number>();
		const values: (typeof queries.$inferInsert)[] = [];
		const refs: string[] = [];
		for (const row of rows) {
			let calendars = calendarsByMission.get(row.missionId);
			if (!calendars) {
				calendars = await calendarsOf(tx, row.missionId);
				calendarsByMission.set(row.missionId, calendars);
			}
			const number = numbers.get(row.missionId) ?? (await nextNumber(tx, row.missionId));
			numbers.set(row.missionId, number + 1);
			const targetKey = `${row.input.serviceLineId}|${row.input.priority}`;
			let targetDays = targets.get(targetKey);
			if (targetDays === undefined) {
				targetDays = await targetDaysFor(tx, row.input.serviceLineId, row.input.priority);
				targets.set(targetKey, targetDays);
			}
			const input = { ...row.input, idempotencyKey: '', receivedAt: row.receivedAt, targetDays };
			values.push(newQueryRow(actor, row.missionId, number, calendars, input, now));
			refs.push(formatReference(row.missionCode, number));
		}
		// Only the new ids come back: everything else is what was just written.
		const inserted: Query[] = [];
		for (let i = 0; i < values.length; i += IMPORT_QUERY_ROWS) {
			const chunk = values.slice(i, i + IMPORT_QUERY_ROWS);
			const ids = await tx
				.insert(queries)
				.values(chunk)
				.returning({ id: queries.id, missionId: queries.missionId, number: queries.number });
			const idOf = new Map(ids.map((r) => [`${r.missionId}|${r.number}`, r.id]));
			for (const v of chunk) inserted.push(storedRow(v, idOf.get(`${v.missionId}|${v.number}`)!));
		}
		const events = inserted.map((row) => createdEvent(actor, row));
		for (let i = 0; i < events.length; i += IMPORT_EVENT_ROWS)
			await tx.insert(queryEvents).values(events.slice(i, i + IMPORT_EVENT_ROWS));
		await applyRollupChanges(
			tx,
			inserted.map((row) => [null, rollupFacts(row)] as const)
		);
		await ctx.auditAll(
			inserted.map((row) => ({ action: 'create', entity: 'query', entityId: row.id, after: row }))
		);
		return refs;
	});
}

/** The live missions: only they have a tracker. Kept in memory until the next write. */
export const liveMissions = kept(() => '', liveMissionsFromScratch);

export async function liveMissionsFromScratch() {
	return db
		.select({ id: missions.id, code: missions.code, name: missions.name, kind: missions.kind })
		.from(missions)
		.where(sql`${missions.goLiveDate} is not null`)
		.orderBy(asc(missions.code));
}

/** The live missions this person may open a query for. */
export async function creatableMissions(u: CurrentUser) {
	return (await liveMissions()).filter((r) => canCreateQueryFor(u, r.id));
}

/** The service lines, by English name. Kept in memory until the next write. */
export const serviceLineChoices = kept(() => '', serviceLineChoicesFromScratch);

export async function serviceLineChoicesFromScratch() {
	return db
		.select({
			id: serviceLines.id,
			code: serviceLines.code,
			nameEn: serviceLines.nameEn,
			nameFr: serviceLines.nameFr
		})
		.from(serviceLines)
		.orderBy(asc(serviceLines.nameEn));
}
