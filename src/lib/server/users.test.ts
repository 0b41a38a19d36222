import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { client, db } from './db';
import { user } from './db/schema';
import { checkDataVersion } from './db/kept';
import { freshRollout, makeUser, statementsOf } from './testing';
import { findCurrentUser, findCurrentUserFromScratch, setUserLocale, updateUser } from './users';

beforeAll(freshRollout);

describe('the signed-in person kept in memory', () => {
	it('equals the record read afresh after every change of the account', async () => {
		const admin = await makeUser('admin');
		const person = await makeUser('csdp');
		const same = async () =>
			expect(await findCurrentUser(person.id)).toEqual(await findCurrentUserFromScratch(person.id));
		await same();
		await setUserLocale(person, person.id, 'fr');
		await same();
		expect((await findCurrentUser(person.id))!.locale).toBe('fr');
		const edit = {
			userId: person.id,
			name: 'Renamed',
			email: person.email,
			role: 'leadership' as const,
			missionId: 0,
			serviceLineId: 0,
			locale: 'en' as const,
			active: true,
			version: 1
		};
		await updateUser(admin, edit);
		await same();
		expect(await findCurrentUser(person.id)).toMatchObject({ name: 'Renamed', role: 'leadership' });
		// Deactivated: refused from the very next read.
		await updateUser(admin, { ...edit, active: false, version: 2 });
		expect(await findCurrentUser(person.id)).toBeNull();
		await same();
		await updateUser(admin, { ...edit, active: true, version: 3 });
		expect(await findCurrentUser(person.id)).not.toBeNull();
		await same();
	});

	it('is read once, then served from memory until something is written', async () => {
		const person = await makeUser('agent', { serviceLineId: 1 });
		await checkDataVersion();
		await findCurrentUser(person.id);
		const reads = await statementsOf(async () => {
			await checkDataVersion();
			await findCurrentUser(person.id);
			await findCurrentUser(person.id);
		});
		expect(reads).toEqual(['select version from data_version where id = 1']);
	});

	it('is dropped when another process changes the account', async () => {
		const person = await makeUser('csdp');
		await checkDataVersion();
		expect(await findCurrentUser(person.id)).not.toBeNull();
		// Another process: the row changes and the data version moves, in one transaction,
		// without this process's write path knowing.
		await client.batch(
			[
				{ sql: 'update user set active = 0 where id = ?', args: [person.id] },
				'update data_version set version = version + 1 where id = 1'
			],
			'write'
		);
		await checkDataVersion();
		expect(await findCurrentUser(person.id)).toBeNull();
		expect(await findCurrentUserFromScratch(person.id)).toBeNull();
		await db.update(user).set({ active: true }).where(eq(user.id, person.id));
		await db.run(sql`update data_version set version = version + 1 where id = 1`);
		await checkDataVersion();
		expect(await findCurrentUser(person.id)).toEqual(await findCurrentUserFromScratch(person.id));
	});
});
