// The server the browser tests talk to: a fresh database, demo accounts, its own port.
import { rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'tmp', 'e2e');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

process.env.DATABASE_URL = `file:${path.join(dir, 'csdm.db')}`;
process.env.SECRET_FILE = path.join(dir, 'auth-secret');
process.env.DEMO_ACCOUNTS = '1';
process.env.PORT = process.env.E2E_PORT ?? '4173';
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.ADMIN_EMAIL = 'admin@csdm.local';
process.env.ADMIN_PASSWORD = 'e2e-admin-password';
process.env.LOG_LEVEL = 'warn';

await import('./start.js');
