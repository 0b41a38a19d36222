// Each test file gets its own database file with every migration applied: the real engine,
// never a mock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'csdm-unit-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
process.env.SECRET_FILE = path.join(dir, 'secret');

afterAll(async () => {
	const { client } = await import('./db');
	client.close();
});
