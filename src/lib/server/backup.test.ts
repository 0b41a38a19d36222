import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { backup } from '../../../scripts/backup.js';
import { write } from './db/write';
import { freshRollout } from './testing';

beforeAll(freshRollout);

describe('npm run backup', () => {
	it('copies every committed write while writes keep coming', async () => {
		const committed: string[] = [];
		let stop = false;
		const writer = (async () => {
			for (let i = 0; !stop; i++) {
				const id = `backup-load-${i}`;
				await write({ id: null }, ({ audit }) =>
					audit({ action: 'test', entity: 'backup', entityId: id })
				);
				committed.push(id);
				// libsql answers a file database synchronously: give timers their turn, as the
				// server's event loop does between requests.
				await new Promise((r) => setImmediate(r));
			}
		})();
		await new Promise((r) => setTimeout(r, 150));
		const before = [...committed];
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'csdm-backup-')), 'copy.db');
		await backup(process.env.DATABASE_URL!, file);
		stop = true;
		await writer;

		expect(before.length).toBeGreaterThan(10);
		const copy = createClient({ url: `file:${file}` });
		const { rows } = await copy.execute(
			"select entity_id from audit_log where entity = 'backup' order by id"
		);
		const restored = new Set(rows.map((r) => String(r.entity_id)));
		expect(before.filter((id) => !restored.has(id))).toEqual([]);
		expect((await copy.execute('PRAGMA foreign_key_check')).rows).toEqual([]);
		expect(Number((await copy.execute('select count(*) from missions')).rows[0][0])).toBe(15);
		copy.close();
	});

	it('refuses to overwrite an existing file', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'csdm-backup-')), 'copy.db');
		await backup(process.env.DATABASE_URL!, file);
		await expect(backup(process.env.DATABASE_URL!, file)).rejects.toThrow(/exists already/);
	});
});
