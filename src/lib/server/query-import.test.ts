import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { db } from './db';
import { findMissionByCode } from './missions';
import { freshRollout, makeUser, sampleQueryInput } from './testing';
import { COUNT_AHEAD_PAGES, PAGE_SIZE, createQuery, listQueries } from './queries';
import { readQueryFilters } from '$lib/schemas/queries';
import { parseImportDate, readInZone, runImport } from './query-import';
import { ROLLUP_FROM_SCRATCH } from './query-rollup';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
let unsos: number;
let travel: number;

const HEADER =
	'mission,service_line,requester_name,requester_email,requester_index,channel,priority,subject,description,received';

/** A file of `n` rows over two missions and two lines, received in recent business hours. */
function csv(n: number, extra: string[] = []) {
	const lines = [HEADER];
	for (let i = 0; i < n; i++) {
		const mission = i % 3 === 0 ? 'MINUSCA' : 'UNSOS';
		const line = i % 2 === 0 ? 'TRAVEL' : 'BEN-PAY';
		const priority = ['normal', 'high', 'urgent'][i % 3];
		lines.push(
			`${mission},${line},Person ${i},person.${i}@un.org,,email,${priority},Question ${i},,2026-11-${String(2 + (i % 20)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}`
		);
	}
	return [...lines, ...extra].join('\n');
}

beforeAll(async () => {
	await freshRollout();
	unsos = (await findMissionByCode('UNSOS'))!.id;
	const [line] = await db.all<{ id: number }>(
		sql`select id from service_lines where code = 'TRAVEL'`
	);
	travel = line.id;
	csdp = await makeUser('csdp');
	await createQuery(csdp, sampleQueryInput(unsos, travel));
});

describe('importing queries from a CSV', () => {
	it('numbers after the queries already there, with a timeline, an audit row each and the totals kept', async () => {
		const { imported } = await runImport(csdp, csv(1200), 'iso');
		expect(imported).toHaveLength(1200);
		expect(imported![1]).toBe('UNSOS-2');
		expect(imported![0]).toBe('MINUSCA-1');
		const [counts] = await db.all<{ q: number; e: number; a: number }>(sql`
			select (select count(*) from queries) as q,
				(select count(*) from query_events where kind = 'created') as e,
				(select count(*) from audit_log where entity = 'query' and action = 'create') as a`);
		expect(counts).toEqual({ q: 1201, e: 1201, a: 1201 });
		const bad = await db.all(sql`
			select q.id from queries q left join query_events e on e.query_id = q.id
			where e.id is null or e.at != q.received_at or q.status != 'new' or q.due_at is null`);
		expect(bad).toEqual([]);
		const kept = await db.all(
			sql`select * from query_monthly where received or resolved order by month, mission_id, service_line_id`
		);
		const scratch = await db.all(
			sql`select * from (${ROLLUP_FROM_SCRATCH}) order by month, mission_id, service_line_id`
		);
		expect(kept).toEqual(scratch);
	});

	it('imports nothing from a file with one bad row', async () => {
		const before = await db.all(sql`select count(*) as n from queries`);
		const { imported, preview } = await runImport(
			csdp,
			csv(10, ['UNSOS,TRAVEL,Someone,not-an-email,,email,normal,Bad row,,2026-11-03']),
			'iso'
		);
		expect(imported).toBeNull();
		expect(preview.rows.filter((r) => r.errors.length)).toHaveLength(1);
		expect(await db.all(sql`select count(*) as n from queries`)).toEqual(before);
	});
});

describe('the pager over a long list', () => {
	it('counts twenty pages ahead of the page shown, and to the end near the end', async () => {
		const first = await listQueries(csdp, readQueryFilters(new URLSearchParams('status=new')));
		expect(first.more).toBe(true);
		expect(first.total).toBe((1 + COUNT_AHEAD_PAGES) * PAGE_SIZE);
		const last = await listQueries(
			csdp,
			readQueryFilters(new URLSearchParams('status=new&page=25'))
		);
		expect(last).toMatchObject({ more: false, total: 1201, pages: 25 });
		expect(last.rows).toHaveLength(1);
	});

	it('shows on each page the rows of the whole ordered list at that place, in every order', async () => {
		for (const sort of ['newest', 'oldest', 'due', 'updated']) {
			const order = {
				newest: sql`received_at desc, id desc`,
				oldest: sql`received_at asc, id asc`,
				due: sql`due_at is null, due_at asc, id asc`,
				updated: sql`updated_at desc, id desc`
			}[sort]!;
			const all = await db.all<{ id: number }>(
				sql`select id from queries where status = 'new' order by ${order}`
			);
			for (const page of [1, 2, 13, 25]) {
				const { rows } = await listQueries(
					csdp,
					readQueryFilters(new URLSearchParams(`status=new&sort=${sort}&page=${page}`))
				);
				expect(rows.map((r) => r.id)).toEqual(
					all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => r.id)
				);
			}
		}
	});
});

describe('dates read in a mission’s zone', () => {
	const zones = [
		'Africa/Kampala',
		'Africa/Juba',
		'Europe/Paris',
		'America/New_York',
		'America/Santiago',
		'America/St_Johns',
		'Australia/Lord_Howe',
		'Pacific/Chatham',
		'Asia/Tehran',
		'Africa/Casablanca'
	];
	const exact = (value: string, zone: string) => {
		const g = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2})$/.exec(value)!;
		const [year, month, day, hour, minute] = g.slice(1).map(Number);
		return readInZone({ year, month, day, hour, minute }, zone);
	};
	const pad = (n: number) => String(n).padStart(2, '0');

	it('read as a reading from scratch would, every minute of the days clocks change', () => {
		const days = ['2021-03-14', '2021-03-28', '2021-04-04', '2021-09-26', '2021-10-03'];
		const more = ['2021-10-31', '2021-11-07', '2022-04-03', '2022-09-11', '2021-03-19'];
		for (const zone of zones)
			for (const day of [...days, ...more])
				for (let hour = 0; hour < 24; hour += 1)
					for (const minute of [0, 1, 14, 29, 30, 31, 44, 45, 59]) {
						const value = `${day} ${pad(hour)}:${pad(minute)}`;
						expect(parseImportDate(value, 'iso', zone), `${value} ${zone}`).toEqual(
							exact(value, zone)
						);
					}
	}, 120_000);

	it('read as a reading from scratch would, for any date, time and zone', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1990, max: 2040 }),
				fc.integer({ min: 1, max: 13 }),
				fc.integer({ min: 1, max: 32 }),
				fc.integer({ min: 0, max: 24 }),
				fc.integer({ min: 0, max: 60 }),
				fc.constantFrom(...zones, 'Not/AZone'),
				(y, mo, d, h, mi, zone) => {
					const value = `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
					expect(parseImportDate(value, 'iso', zone)).toEqual(exact(value, zone));
				}
			),
			{ numRuns: 20_000 }
		);
	}, 120_000);
});
