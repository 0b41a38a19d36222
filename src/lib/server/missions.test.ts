import { beforeAll, describe, expect, it } from 'vitest';
import { deriveStage, findMissionByCode, listMissions } from './missions';
import { freshRollout, makeUser } from './testing';

beforeAll(freshRollout);

describe('stage of a mission', () => {
	const none = {
		inWorkshop: false,
		assessed: false,
		aligning: false,
		planDrafted: false,
		live: false
	};

	it('is read off the furthest record the mission has', () => {
		expect(deriveStage(none)).toBe('not_engaged');
		expect(deriveStage({ ...none, inWorkshop: true })).toBe('engaged');
		expect(deriveStage({ ...none, inWorkshop: true, assessed: true })).toBe('assessed');
		expect(deriveStage({ ...none, assessed: true, aligning: true })).toBe('aligning');
		expect(deriveStage({ ...none, aligning: true, planDrafted: true })).toBe('plan_drafted');
		expect(deriveStage({ ...none, planDrafted: true, live: true })).toBe('live');
	});
});

describe('the seeded 2021 rollout', () => {
	it('has the fifteen missions with their stages', async () => {
		const admin = await makeUser('admin');
		const missions = await listMissions(admin);
		expect(missions).toHaveLength(15);
		const stageOf = Object.fromEntries(missions.map((m) => [m.code, m.stage]));
		for (const code of ['UNITAMS', 'UNSMIL', 'CNMC', 'UNOAU', 'OSE-HOA']) {
			expect(stageOf[code]).toBe('engaged');
		}
		// Missions that answered part of the alignment checklist and drafted a launch plan.
		for (const code of ['UNOCA', 'OSESG-GL', 'UNOWAS', 'MINURSO']) {
			expect(stageOf[code]).toBe('plan_drafted');
		}
		// UNMISS launched on its approved plan in September 2021.
		for (const code of ['UNSOS', 'UNISFA', 'MONUSCO', 'MINUSMA', 'MINUSCA', 'UNMISS']) {
			expect(stageOf[code]).toBe('live');
		}
		expect(missions.filter((m) => m.kind === 'spm')).toHaveLength(8);
	});

	it('keeps each mission’s zone and weekend', async () => {
		const unitams = await findMissionByCode('unitams');
		expect(unitams).toMatchObject({ timeZone: 'Africa/Khartoum', weekendDays: '5,6', kind: 'spm' });
		const minurso = await findMissionByCode('MINURSO');
		expect(minurso).toMatchObject({ timeZone: 'Africa/El_Aaiun', kind: 'pko' });
	});

	it('shows a focal point their own mission only', async () => {
		const unsmil = await findMissionByCode('UNSMIL');
		const focal = await makeUser('focal_point', { missionId: unsmil!.id });
		const seen = await listMissions(focal);
		expect(seen.map((m) => m.code)).toEqual(['UNSMIL']);
	});
});
