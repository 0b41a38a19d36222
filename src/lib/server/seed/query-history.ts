/**
 * A deterministic history of client queries for the live missions, so the tracker and its
 * KPIs have something to show on first start; the benchmark calls the same generator with a
 * larger count. Each query is played through the tracker's own state rules (`nextState`), so
 * its clock, due moment and resolution facts are what the live code would have stored.
 */
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Executor } from '../db';
import { holidays, queries, queryEvents } from '../db/schema';
import { write } from '../db/write';
import {
	BUSINESS_DAY_MS,
	HOUR_MS,
	addBusinessMs,
	dayContaining,
	isBusinessDay,
	localDayOf,
	parseWeekendDays,
	type Calendar
} from '../business-time';
import {
	CENTRE_CALENDAR_BASE,
	NEW_QUERY_FACTS,
	holderCalendar,
	nextState,
	type Calendars,
	type Query
} from '../queries';
import { centreMonth, rebuildRollup } from '../query-rollup';
import type { QueryChannel, QueryPriority, QueryStatus } from '$lib/vocabulary';

/** Small fast PRNG (mulberry32): the same seed gives the same history on every machine. */
export function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pickWeighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
	const total = items.reduce((s, [, w]) => s + w, 0);
	let x = rand() * total;
	for (const [item, w] of items) {
		x -= w;
		if (x < 0) return item;
	}
	return items[items.length - 1][0];
}

function normal(rand: () => number): number {
	const u = Math.max(rand(), 1e-12);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Time and attendance, travel and salaries carry most of the load, as at the centre. */
const LINE_WEIGHTS: Record<string, number> = {
	'TIME-ATT': 24,
	TRAVEL: 18,
	'BEN-PAY': 18,
	'ENT-TRAVEL': 10,
	'ONB-SEP': 10,
	'EDU-GRANT': 8,
	VENDORS: 7,
	UNIFORMED: 5
};

const SUBJECTS: Record<string, string[]> = {
	'TIME-ATT': [
		'Annual leave balance incorrect',
		'Sick leave certificate not recorded',
		'CTO not credited after mission travel',
		'R&R cycle dates wrong in Umoja',
		'Overtime approval stuck',
		'Home leave eligibility question'
	],
	TRAVEL: [
		'Ticket not issued for official travel',
		'DSA not paid after trip',
		'Travel request returned without reason',
		'Change of itinerary after approval',
		'Terminal expenses missing from claim'
	],
	'BEN-PAY': [
		'Salary not received this month',
		'Wrong post adjustment applied',
		'Dependency allowance missing',
		'Rental subsidy not paid',
		'Pay slip shows unexpected deduction',
		'Hazard pay missing'
	],
	'ENT-TRAVEL': [
		'Home leave travel lump sum',
		'Family visit travel entitlement',
		'Education grant travel for child'
	],
	'ONB-SEP': [
		'Final pay not received after separation',
		'Onboarding documents pending',
		'Repatriation grant claim',
		'Contract extension not reflected',
		'Assignment grant not paid'
	],
	'EDU-GRANT': [
		'Education grant advance request',
		'Education grant claim rejected',
		'Boarding costs not reimbursed'
	],
	VENDORS: [
		'Vendor invoice unpaid for 60 days',
		'Vendor registration incomplete',
		'Bank details change for supplier'
	],
	UNIFORMED: [
		'MSA payment for contingent officer',
		'Rotation travel for staff officer',
		'Uniformed personnel onboarding'
	]
};

const FIRST = [
	'Amina',
	'John',
	'Fatima',
	'Pierre',
	'Grace',
	'Ahmed',
	'Marie',
	'Joseph',
	'Halima',
	'David',
	'Aïcha',
	'Samuel',
	'Leila',
	'Patrick',
	'Nadia',
	'Moses',
	'Chantal',
	'Ibrahim'
];
const LAST = [
	'Okello',
	'Diallo',
	'Mohamed',
	'Mbeki',
	'Kamara',
	'Hassan',
	'Nkurunziza',
	'Traoré',
	'Mensah',
	'Abdi',
	'Lumumba',
	'Ouedraogo',
	'Achieng',
	'Yusuf',
	'Kabila',
	'Sow'
];
const ESCALATION_REASONS = [
	'Needs action in Umoja by the service line',
	'Entitlement decision outside mission delegation',
	'Payment processed centrally',
	'Policy interpretation required'
];
const BEYOND_REASONS = ['Needs a decision by Headquarters', 'Treasury action required in New York'];

const PRIORITIES: readonly (readonly [QueryPriority, number])[] = [
	['normal', 70],
	['high', 15],
	['low', 10],
	['urgent', 5]
];
const CHANNELS: readonly (readonly [QueryChannel, number])[] = [
	['email', 50],
	['portal', 25],
	['phone', 15],
	['walk_in', 10]
];
const RATINGS: readonly (readonly [number, number])[] = [
	[5, 38],
	[4, 32],
	[3, 15],
	[2, 8],
	[1, 7]
];

export interface HistoryMission {
	id: number;
	code: string;
	goLiveDate: string;
	timeZone: string;
	weekendDays: string;
	/** Relative size of the mission's client base (1 = typical). */
	weight?: number;
}

export interface HistoryLine {
	id: number;
	code: string;
	targetDays: number;
}

export interface HistoryOptions {
	seed: number;
	until: Date;
	missions: HistoryMission[];
	lines: HistoryLine[];
	/** Mission → its holidays; null key for the centre. */
	holidays: Map<number | null, Set<string>>;
	/** Queries a year for a mission of weight 1 (ignored when `total` is given). */
	perYear?: number;
	/** Exactly this many queries in all, spread over the missions by weight and time live. */
	total?: number;
	/** First id and per-mission numbers to use (to add to a database that has queries). */
	firstId?: number;
	firstNumbers?: Map<number, number>;
}

type Change = { at: number; status?: QueryStatus; tier?: number; reason?: string };

export interface GeneratedQuery {
	query: Query;
	events: (typeof queryEvents.$inferInsert)[];
}

/** Yields the history one query at a time, in order of intake per mission. */
export function* generateQueryHistory(o: HistoryOptions): Generator<GeneratedQuery> {
	const rand = random(o.seed);
	const until = o.until.getTime();
	const centre: Calendar = { ...CENTRE_CALENDAR_BASE, holidays: o.holidays.get(null) ?? new Set() };
	const spans = o.missions.map((mission) => {
		const start = DateTime.fromISO(mission.goLiveDate, { zone: mission.timeZone }).toMillis();
		const years = Math.max(0, (until - start) / (365.25 * BUSINESS_DAY_MS));
		return { mission, start, years, weight: (mission.weight ?? 1) * years };
	});
	const weightSum = spans.reduce((s, x) => s + x.weight, 0) || 1;
	const lineWeights = o.lines.map((l) => [l, LINE_WEIGHTS[l.code] ?? 5] as const);
	let nextId = o.firstId ?? 1;

	for (const span of spans) {
		const { mission } = span;
		const count = o.total
			? Math.round((o.total * span.weight) / weightSum)
			: Math.round((o.perYear ?? 2000) * (mission.weight ?? 1) * span.years);
		if (count <= 0 || span.start >= until) continue;
		const calendars: Calendars = {
			mission: {
				timeZone: mission.timeZone,
				weekendDays: parseWeekendDays(mission.weekendDays),
				holidays: o.holidays.get(mission.id) ?? new Set()
			},
			centre
		};
		// Intake moments, sorted so that numbers follow intake.
		const moments: number[] = [];
		for (let i = 0; i < count; i++) {
			// Mostly within office hours on a business day: pick a day, then move to the
			// next business day and an hour between 07:00 and 18:00.
			let day = dayContaining(
				mission.timeZone,
				span.start + Math.floor(rand() * (until - span.start))
			);
			if (rand() < 0.93) {
				for (let g = 0; g < 10 && !isBusinessDay(calendars.mission, day); g++) {
					day = localDayOf(mission.timeZone, day.next);
				}
			}
			const at = day.start + Math.floor((7 + rand() * 11) * HOUR_MS);
			moments.push(Math.min(at, until - 60_000));
		}
		moments.sort((a, b) => a - b);
		let number = o.firstNumbers?.get(mission.id) ?? 1;

		for (const receivedAt of moments) {
			const line = pickWeighted(rand, lineWeights);
			const subjects = SUBJECTS[line.code] ?? ['Question about a service'];
			const first = FIRST[Math.floor(rand() * FIRST.length)];
			const last = LAST[Math.floor(rand() * LAST.length)];
			const targetMs = line.targetDays * BUSINESS_DAY_MS;
			const received = new Date(receivedAt);
			let q: Query = {
				id: nextId++,
				missionId: mission.id,
				number: number++,
				serviceLineId: line.id,
				requesterName: `${first} ${last}`,
				requesterEmail:
					`${first}.${last}`
						.normalize('NFD')
						.replace(/[^\w.]/g, '')
						.toLowerCase() + '@un.org',
				requesterIndex: rand() < 0.7 ? String(100000 + Math.floor(rand() * 900000)) : '',
				channel: pickWeighted(rand, CHANNELS),
				priority: pickWeighted(rand, PRIORITIES),
				subject: subjects[Math.floor(rand() * subjects.length)],
				description: '',
				...NEW_QUERY_FACTS,
				status: 'new',
				tier: 1,
				receivedAt: received,
				receivedMonth: centreMonth(receivedAt),
				targetDays: line.targetDays,
				clockMs: 0,
				clockSince: received,
				dueAt: new Date(addBusinessMs(calendars.mission, receivedAt, targetMs)),
				idempotencyKey: null,
				createdBy: null,
				createdAt: received,
				updatedAt: received
			};
			const events: GeneratedQuery['events'] = [
				{
					queryId: q.id,
					at: received,
					actorName: `${mission.code} CSU`,
					kind: 'created',
					toStatus: 'new',
					toTier: 1
				}
			];

			// The plan: how far it goes, how long it takes in business time, whether it waits.
			const escalated = rand() < 0.24;
			const beyond = escalated && rand() < 0.08;
			const median = escalated ? 0.6 : 0.28;
			const total = Math.max(15 * 60_000, targetMs * median * Math.exp(1.0 * normal(rand)));
			const tiers = beyond ? [1, 2, 3] : escalated ? [1, 2] : [1];
			const shares = tiers.length === 1 ? [1] : tiers.length === 2 ? [0.25, 0.75] : [0.2, 0.4, 0.4];
			const pendingPhase = rand() < 0.2 ? Math.floor(rand() * tiers.length) : -1;
			const changes: Change[] = [];
			let cursor = receivedAt + Math.floor(rand() * 2 * HOUR_MS);
			changes.push({ at: cursor, status: 'in_progress' });
			for (let i = 0; i < tiers.length; i++) {
				const cal = holderCalendar(calendars, tiers[i]);
				let left = total * shares[i];
				if (i === pendingPhase) {
					const half = left / 2;
					const pendingAt = addBusinessMs(cal, cursor, half);
					const back = pendingAt + Math.floor((4 + rand() * 116) * HOUR_MS);
					changes.push({ at: pendingAt, status: 'pending_client' });
					changes.push({ at: back, status: 'in_progress' });
					cursor = back;
					left -= half;
				}
				cursor = addBusinessMs(cal, cursor, left);
				if (i < tiers.length - 1) {
					const reasons = tiers[i + 1] === 3 ? BEYOND_REASONS : ESCALATION_REASONS;
					changes.push({
						at: cursor,
						tier: tiers[i + 1],
						reason: reasons[Math.floor(rand() * reasons.length)]
					});
				}
			}
			// Back at the mission for the answer when it went beyond: the centre closes its part.
			changes.push({ at: cursor, status: 'resolved' });
			let rating: number | null = null;
			const closes = rand() < 0.85;
			if (closes) {
				changes.push({ at: cursor + Math.floor(rand() * 96 * HOUR_MS), status: 'closed' });
				if (rand() < 0.45) rating = pickWeighted(rand, RATINGS);
			}

			for (const change of changes) {
				if (change.at > until) break;
				const at = new Date(change.at);
				const patch = nextState(q, calendars, at, change);
				const holderName = (tier: number) =>
					tier === 1
						? `${mission.code} CSU`
						: tier === 2
							? `RSCE ${line.code}`
							: 'Headquarters liaison';
				if (change.tier !== undefined) {
					events.push({
						queryId: q.id,
						at,
						actorName: holderName(q.tier),
						kind: 'escalated',
						fromTier: q.tier,
						toTier: change.tier,
						body: change.reason ?? ''
					});
				} else {
					events.push({
						queryId: q.id,
						at,
						actorName: holderName(q.tier),
						kind: 'status',
						fromStatus: q.status,
						toStatus: change.status,
						body: change.status === 'closed' && rating !== null ? `${rating}/5` : ''
					});
				}
				q = { ...q, ...patch, version: q.version + 1, updatedAt: at };
				if (change.status === 'closed' && rating !== null) q.rating = rating;
			}
			if (q.clockSince !== null && q.dueAt === null)
				q.dueAt = new Date(
					addBusinessMs(
						holderCalendar(calendars, q.tier),
						q.clockSince.getTime(),
						targetMs - q.clockMs
					)
				);
			yield { query: q, events };
		}
	}
}

const BATCH = 400;

/** Inserts a generated history in multi-row batches, then rebuilds the monthly totals. */
export async function insertQueryHistory(
	tx: Executor,
	history: Iterable<GeneratedQuery>
): Promise<number> {
	let queryBatch: Query[] = [];
	let eventBatch: GeneratedQuery['events'] = [];
	let count = 0;
	const flush = async () => {
		if (queryBatch.length) await tx.insert(queries).values(queryBatch);
		for (let i = 0; i < eventBatch.length; i += BATCH * 2) {
			await tx.insert(queryEvents).values(eventBatch.slice(i, i + BATCH * 2));
		}
		queryBatch = [];
		eventBatch = [];
	};
	for (const item of history) {
		queryBatch.push(item.query);
		for (const e of item.events) eventBatch.push(e);
		count++;
		if (queryBatch.length >= BATCH) await flush();
	}
	await flush();
	await rebuildRollup(tx);
	return count;
}

/** Public holidays of the centre (Uganda) and of the live missions' countries, by month-day. */
export const NATIONAL_HOLIDAYS: Record<string, [string, string][]> = {
	CENTRE: [
		['01-01', "New Year's Day"],
		['01-26', 'Liberation Day'],
		['02-16', 'Archbishop Janani Luwum Day'],
		['03-08', "International Women's Day"],
		['05-01', 'Labour Day'],
		['06-03', "Martyrs' Day"],
		['06-09', "National Heroes' Day"],
		['10-09', 'Independence Day'],
		['12-25', 'Christmas Day'],
		['12-26', 'Boxing Day']
	],
	UNSOS: [
		['06-26', 'Independence of British Somaliland'],
		['07-01', 'Independence Day']
	],
	UNISFA: [['01-01', 'Independence Day']],
	MONUSCO: [
		['01-04', 'Martyrs of Independence Day'],
		['06-30', 'Independence Day']
	],
	MINUSMA: [
		['01-20', 'Armed Forces Day'],
		['09-22', 'Independence Day']
	],
	MINUSCA: [
		['03-29', 'Boganda Day'],
		['08-13', 'Independence Day'],
		['12-01', 'National Day']
	]
};

export interface HistorySetting {
	missions: HistoryMission[];
	lines: HistoryLine[];
	holidays: Map<number | null, Set<string>>;
}

/** Relative client base of the live missions (1 = typical). */
const MISSION_WEIGHTS: Record<string, number> = {
	MONUSCO: 1.3,
	UNSOS: 1.1,
	MINUSMA: 1,
	MINUSCA: 0.9,
	UNISFA: 0.5
};

/**
 * What a history is generated against: the live missions with their weights, the service
 * lines, and every calendar's holidays — the centre's and the live missions' public holidays
 * are added first when there are none yet. Null when no mission is live.
 */
export async function historySetting(tx: Executor, until: Date): Promise<HistorySetting | null> {
	const live = await tx.all<HistoryMission>(
		sql`select id, code, go_live_date as goLiveDate, time_zone as timeZone, weekend_days as weekendDays from missions where go_live_date is not null order by go_live_date`
	);
	const lines = await tx.all<HistoryLine>(
		sql`select id, code, target_days as targetDays from service_lines order by id`
	);
	if (live.length === 0 || lines.length === 0) return null;
	const [{ h }] = await tx.all<{ h: number }>(sql`select count(*) as h from holidays`);
	if (h === 0) {
		const rows: (typeof holidays.$inferInsert)[] = [];
		const fromYear = Math.min(...live.map((m) => Number(m.goLiveDate.slice(0, 4))));
		for (let y = fromYear; y <= until.getUTCFullYear() + 1; y++) {
			for (const [md, name] of NATIONAL_HOLIDAYS.CENTRE)
				rows.push({ missionId: null, date: `${y}-${md}`, name });
			for (const mission of live) {
				for (const [md, name] of NATIONAL_HOLIDAYS[mission.code] ?? [])
					rows.push({ missionId: mission.id, date: `${y}-${md}`, name });
			}
		}
		await tx.insert(holidays).values(rows);
	}
	const all = await tx.all<{ missionId: number | null; date: string }>(
		sql`select mission_id as missionId, date from holidays`
	);
	const holidayMap = new Map<number | null, Set<string>>();
	for (const r of all) {
		const set = holidayMap.get(r.missionId) ?? new Set<string>();
		set.add(r.date);
		holidayMap.set(r.missionId, set);
	}
	return {
		missions: live.map((m) => ({ ...m, weight: MISSION_WEIGHTS[m.code] ?? 1 })),
		lines,
		holidays: holidayMap
	};
}

/**
 * First start: holidays for the centre and the live missions, then their query history since
 * go-live. Runs once; a database that has queries or holidays is left as it is.
 */
export async function seedQueryHistory(
	options: { seed?: number; perYear?: number; until?: Date } = {}
) {
	return write({ id: null }, async ({ tx, audit }) => {
		const [{ n }] = await tx.all<{ n: number }>(sql`select count(*) as n from queries`);
		if (n > 0) return 0;
		const until = options.until ?? new Date();
		const setting = await historySetting(tx, until);
		if (!setting) return 0;
		const count = await insertQueryHistory(
			tx,
			generateQueryHistory({
				seed: options.seed ?? 2021,
				until,
				...setting,
				perYear: options.perYear ?? 1500
			})
		);
		await audit({
			action: 'seed',
			entity: 'query_history',
			entityId: 'live-missions',
			after: { queries: count }
		});
		return count;
	});
}
