import { beforeAll, describe, expect, it } from 'vitest';
import { findMissionByCode } from './missions';
import { freshRollout, makeUser } from './testing';
import { listAreas, addEntry } from './assessments';
import { listWorkshops, getWorkshop } from './workshops';
import { filterRegister, registerCsv, registerRows } from './action-register';
import { entrySchema } from '$lib/schemas/assessments';
import { registerFiltersSchema } from '$lib/schemas/action-register';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
let focalUnitams: CurrentUser;
const filters = (q: Record<string, string> = {}) => registerFiltersSchema.parse(q);

beforeAll(async () => {
	await freshRollout();
	csdp = await makeUser('csdp');
	const unitams = (await findMissionByCode('UNITAMS'))!.id;
	focalUnitams = await makeUser('focal_point', { missionId: unitams });
	const [workshop] = await listWorkshops(csdp);
	const group = (await getWorkshop(workshop.id))!.participants.find((p) => p.code === 'UNITAMS')!;
	await addEntry(
		csdp,
		workshop.id,
		group.breakoutGroupId!,
		entrySchema.parse({
			missionId: unitams,
			kind: 'weakness',
			areaId: (await listAreas())[0].id,
			statement: 'One CSU staff member',
			impact: 'high',
			actionDescription: 'Name a second CSU focal point',
			actionOwner: 'UNITAMS Chief of Mission Support',
			actionDueDate: '2021-10-31'
		})
	);
});

describe('the register of actions', () => {
	it('gathers breakout, forum and feedback actions with each source’s overdue rule', async () => {
		// 21:30 UTC on 31 October: already 1 November in Entebbe, not yet in Khartoum.
		const rows = await registerRows(csdp, 'en', new Date('2021-10-31T21:30:00Z'));
		expect(new Set(rows.map((r) => r.source))).toEqual(
			new Set(['assessment', 'forum', 'feedback'])
		);
		const breakout = rows.find((r) => r.owner === 'UNITAMS Chief of Mission Support')!;
		expect(breakout).toMatchObject({
			source: 'assessment',
			missionCode: 'UNITAMS',
			overdue: false
		});
		// A forum action of the centre due 22 October is overdue; the UNMISS one is done, never late.
		expect(rows.find((r) => r.owner === 'CSDP with RFTS')!.overdue).toBe(true);
		expect(rows.find((r) => r.owner === 'UNMISS CSU')).toMatchObject({
			status: 'done',
			overdue: false
		});
		// Feedback is owned by its service line, in the centre's calendar: due 31 October.
		const payroll = rows.find(
			(r) => r.source === 'feedback' && r.owner === 'Benefits and payroll'
		)!;
		expect(payroll).toMatchObject({ status: 'in_progress', feedbackStatus: 'being_addressed' });
		expect(payroll.overdue).toBe(true);
		// Positive feedback is not an action.
		expect(rows.filter((r) => r.source === 'feedback').every((r) => r.description)).toBe(true);
		expect(rows.some((r) => r.description.startsWith('Payroll questions are answered'))).toBe(
			false
		);
		// Open first.
		const firstClosed = rows.findIndex((r) => r.status === 'done' || r.status === 'dropped');
		expect(
			rows.slice(firstClosed).every((r) => r.status === 'done' || r.status === 'dropped')
		).toBe(true);
	});

	it('filters by mission, owner, source, status and overdue', async () => {
		const rows = await registerRows(csdp, 'en', new Date('2021-11-02T09:00:00Z'));
		expect(
			filterRegister(rows, filters({ mission: 'unitams' })).every(
				(r) => r.missionCode === 'UNITAMS'
			)
		).toBe(true);
		expect(filterRegister(rows, filters({ owner: 'rfts' })).map((r) => r.owner)).toEqual([
			'CSDP with RFTS'
		]);
		expect(
			filterRegister(rows, filters({ source: 'forum', status: 'done' })).map((r) => r.owner)
		).toEqual(['UNMISS CSU']);
		const late = filterRegister(rows, filters({ overdue: '1', status: 'active' }));
		expect(late.length).toBeGreaterThan(0);
		expect(late.every((r) => r.overdue)).toBe(true);
		// Nonsense in the address is dropped, not refused.
		expect(filters({ source: 'rumour', status: '<b>', mission: 'x y' })).toMatchObject({
			source: '',
			status: '',
			mission: ''
		});
	});

	it('holds a focal point’s own mission only, and never the centre’s own actions', async () => {
		const rows = await registerRows(focalUnitams, 'en');
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.missionCode === 'UNITAMS')).toBe(true);
		expect(new Set(rows.map((r) => r.source))).toEqual(
			new Set(['assessment', 'forum', 'feedback'])
		);
	});

	it('exports as CSV with formulas escaped', async () => {
		const csv = registerCsv(await registerRows(csdp, 'fr'));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('Voyages');
	});
});
