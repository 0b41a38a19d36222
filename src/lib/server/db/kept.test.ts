import { beforeAll, describe, expect, it } from 'vitest';
import { client } from './index';
import { checkDataVersion } from './kept';
import { freshRollout, makeUser, statementsOf } from '../testing';
import { findMissionByCode, listMissions, listMissionsFromScratch } from '../missions';
import {
	liveMissions,
	liveMissionsFromScratch,
	serviceLineChoices,
	serviceLineChoicesFromScratch,
	setTarget
} from '../queries';
import {
	missionChecklist,
	readinessOverview,
	readinessOverviewFromScratch,
	saveResponse
} from '../readiness';
import { feedOf, feedOfFromScratch, renewFeed, revokeFeed } from '../calendar-feeds';
import { savePlan, saveMilestone } from '../launch-plans';
import { scheduleRows } from '../schedule';
import type { CurrentUser } from '../access';

let admin: CurrentUser;
let focal: CurrentUser;
let unitams: number;

beforeAll(async () => {
	await freshRollout();
	admin = await makeUser('admin');
	unitams = (await findMissionByCode('UNITAMS'))!.id;
	focal = await makeUser('focal_point', { missionId: unitams });
});

/** Every kept reader, beside the same read from the database, for each kind of reader. */
async function everyKeptEqualsFromScratch() {
	for (const who of [admin, focal]) {
		expect(await listMissions(who)).toEqual(await listMissionsFromScratch(who));
		expect(await readinessOverview(who)).toEqual(await readinessOverviewFromScratch(who));
		expect(await readinessOverview(who, [unitams])).toEqual(
			await readinessOverviewFromScratch(who, [unitams])
		);
		expect(await feedOf(who)).toEqual(await feedOfFromScratch(who));
	}
	expect(await liveMissions()).toEqual(await liveMissionsFromScratch());
	expect(await serviceLineChoices()).toEqual(await serviceLineChoicesFromScratch());
}

describe('records kept in memory until the next write', () => {
	it('equal what the database says after each kind of change', async () => {
		await everyKeptEqualsFromScratch();
		const { entries } = await missionChecklist(unitams);
		await saveResponse(focal, unitams, {
			itemId: entries[0].id,
			version: 0,
			status: 'done',
			notApplicableReason: '',
			evidence: 'Memo',
			evidenceUrl: '',
			owner: 'CSU',
			dueDate: ''
		});
		await everyKeptEqualsFromScratch();
		const mission = (await findMissionByCode('UNITAMS'))!;
		await savePlan(focal, mission, { version: 0, targetDate: '2031-12-01', notes: '', reason: '' });
		await everyKeptEqualsFromScratch();
		await saveMilestone(focal, (await findMissionByCode('UNITAMS'))!, {
			milestoneId: 0,
			version: 0,
			title: 'CSU named',
			owner: 'CSU',
			dueDate: '2031-11-20',
			doneDate: ''
		});
		await everyKeptEqualsFromScratch();
		await renewFeed(focal);
		await everyKeptEqualsFromScratch();
		await revokeFeed(focal);
		await everyKeptEqualsFromScratch();
		const [line] = await serviceLineChoices();
		await setTarget(admin, { serviceLineId: line.id, priority: '', targetDays: 9, seenDays: 7 });
		await everyKeptEqualsFromScratch();
	});

	it('are read once, then served without a statement until the data version moves', async () => {
		await checkDataVersion();
		const page = () =>
			Promise.all([
				scheduleRows(focal, { kind: '', status: '' }),
				feedOf(focal),
				listMissions(admin),
				liveMissions(),
				serviceLineChoices()
			]);
		await page();
		const reads = await statementsOf(async () => {
			await checkDataVersion();
			await page();
		});
		expect(reads).toEqual(['select version from data_version where id = 1']);
		// Another process renames a mission and moves the version: everything is read again.
		await client.batch(
			[
				{ sql: "update missions set name = 'Renamed elsewhere' where id = ?", args: [unitams] },
				'update data_version set version = version + 1 where id = 1'
			],
			'write'
		);
		await checkDataVersion();
		expect((await listMissions(focal))[0].name).toBe('Renamed elsewhere');
		await everyKeptEqualsFromScratch();
	});

	it('cannot be changed by a reader', async () => {
		const missions = await listMissions(admin);
		expect(() => (missions as unknown as unknown[]).push(1)).toThrow();
		expect(() => Object.assign(missions[0], { name: 'x' })).toThrow();
	});
});
