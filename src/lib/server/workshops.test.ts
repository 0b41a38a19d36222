import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { auditLog, workshops } from './db/schema';
import { findMissionByCode } from './missions';
import { Refusal } from './refusal';
import { freshRollout, makeUser } from './testing';
import {
	assignMissionToGroup,
	createWorkshop,
	getWorkshop,
	listWorkshops,
	updateBreakoutGroup,
	updateWorkshop
} from './workshops';
import type { CurrentUser } from './access';

let csdp: CurrentUser;
const base = {
	title: 'Onboarding',
	mode: 'virtual' as const,
	firstDay: '2022-01-10',
	lastDay: '2022-01-11',
	host: 'RSCE',
	missionIds: [] as number[],
	groupCount: 2
};

beforeAll(async () => {
	await freshRollout();
	csdp = await makeUser('csdp');
});

describe('the seeded 2021 workshop', () => {
	it('has nine missions in three groups of three', async () => {
		const [seeded] = await listWorkshops(csdp);
		expect(seeded.missionCount).toBe(9);
		const detail = await getWorkshop(seeded.id);
		expect(detail?.firstDay).toBe('2021-08-24');
		expect(detail?.groups).toHaveLength(3);
		for (const group of detail!.groups) {
			expect(detail!.participants.filter((p) => p.breakoutGroupId === group.id)).toHaveLength(3);
		}
	});
});

describe('workshops', () => {
	it('are created with their groups and missions, and audited in the same write', async () => {
		const unmiss = await findMissionByCode('UNMISS');
		const id = await createWorkshop(csdp, { ...base, missionIds: [unmiss!.id, unmiss!.id] });
		const detail = await getWorkshop(id);
		expect(detail?.groups.map((g) => g.name)).toEqual(['Breakout 1', 'Breakout 2']);
		expect(detail?.participants.map((p) => p.code)).toEqual(['UNMISS']);
		const audit = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, String(id)));
		expect(audit.some((a) => a.entity === 'workshop' && a.userId === csdp.id)).toBe(true);
	});

	it('refuses an unknown mission and writes nothing', async () => {
		const before = await db.select().from(workshops);
		await expect(createWorkshop(csdp, { ...base, missionIds: [99999] })).rejects.toMatchObject({
			field: 'missionIds'
		});
		expect(await db.select().from(workshops)).toHaveLength(before.length);
	});

	it('refuses a stale save and shows the newer version', async () => {
		const id = await createWorkshop(csdp, base);
		await updateWorkshop(csdp, id, { ...base, title: 'First edit', version: 1 });
		const stale = updateWorkshop(csdp, id, { ...base, title: 'Second edit', version: 1 });
		await expect(stale).rejects.toBeInstanceOf(Refusal);
		await expect(stale).rejects.toMatchObject({ status: 409, detail: { title: 'First edit' } });
		expect((await getWorkshop(id))?.title).toBe('First edit');
	});

	it('refuses a stale edit of a breakout group and names what it says now', async () => {
		const id = await createWorkshop(csdp, base);
		const [group] = (await getWorkshop(id))!.groups;
		const seen = { seenName: group.name, seenFacilitator: group.facilitator };
		await updateBreakoutGroup(csdp, id, {
			groupId: group.id,
			name: 'North',
			facilitator: 'Ana',
			...seen
		});
		const stale = updateBreakoutGroup(csdp, id, {
			groupId: group.id,
			name: 'South',
			facilitator: 'Ben',
			...seen
		});
		await expect(stale).rejects.toMatchObject({
			status: 409,
			detail: { name: 'North', facilitator: 'Ana' },
			message: expect.stringContaining('North')
		});
		expect((await getWorkshop(id))!.groups[0]).toMatchObject({ name: 'North', facilitator: 'Ana' });
	});

	it('moves a mission between groups of its own workshop only', async () => {
		const [unitams, unsmil] = await Promise.all([
			findMissionByCode('UNITAMS'),
			findMissionByCode('UNSMIL')
		]);
		const id = await createWorkshop(csdp, { ...base, missionIds: [unitams!.id] });
		const detail = await getWorkshop(id);
		const [g1, g2] = detail!.groups;
		await assignMissionToGroup(csdp, id, { missionId: unitams!.id, groupId: g1.id });
		await assignMissionToGroup(csdp, id, { missionId: unitams!.id, groupId: g2.id });
		expect((await getWorkshop(id))?.participants[0].breakoutGroupId).toBe(g2.id);

		await expect(
			assignMissionToGroup(csdp, id, { missionId: unsmil!.id, groupId: g1.id })
		).rejects.toMatchObject({ field: 'missionId' });
		const [seeded] = (await listWorkshops(csdp)).filter((w) => w.firstDay === '2021-08-24');
		const seededGroup = (await getWorkshop(seeded.id))!.groups[0];
		await expect(
			assignMissionToGroup(csdp, id, { missionId: unitams!.id, groupId: seededGroup.id })
		).rejects.toMatchObject({ field: 'groupId' });
		expect((await getWorkshop(id))?.participants[0].breakoutGroupId).toBe(g2.id);
	});
});
