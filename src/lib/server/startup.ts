import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, migrateDatabase } from './db';
import { user } from './db/schema';
import { seedReadiness, seedRollout2021, missionIdByCode } from './seed';
import { seedAssessmentAreas } from './seed/assessments';
import { seedQueryHistory } from './seed/query-history';
import { seedLaunchPlans } from './seed/launch-plans';
import { seedForum } from './seed/forum';
import { adminExists, createUser } from './users';
import { log } from './log';
import type { Role } from '$lib/vocabulary';

const SYSTEM = { id: null };

/** Demo accounts share one password so that a newcomer can try each role. */
export const DEMO_PASSWORD = 'demo-password-2021';
export const DEMO_ACCOUNTS: {
	email: string;
	name: string;
	role: Role;
	mission?: string;
	serviceLine?: string;
	locale?: 'en' | 'fr';
}[] = [
	{ email: 'admin@demo.csdm', name: 'Demo admin', role: 'admin' },
	{ email: 'csdp@demo.csdm', name: 'Demo CSDP staff', role: 'csdp' },
	{ email: 'agent@demo.csdm', name: 'Demo travel agent', role: 'agent', serviceLine: 'TRAVEL' },
	{
		email: 'focal@demo.csdm',
		name: 'Demo UNITAMS focal point',
		role: 'focal_point',
		mission: 'UNITAMS'
	},
	{
		email: 'focal.unsmil@demo.csdm',
		name: 'Demo UNSMIL focal point',
		role: 'focal_point',
		mission: 'UNSMIL'
	},
	{
		email: 'focal.unoca@demo.csdm',
		name: 'Demo UNOCA focal point',
		role: 'focal_point',
		mission: 'UNOCA',
		// Libreville works in French: this account shows the French pages from its first sign-in.
		locale: 'fr'
	},
	{
		email: 'focal.unoau@demo.csdm',
		name: 'Demo UNOAU focal point',
		role: 'focal_point',
		mission: 'UNOAU'
	},
	{
		email: 'focal.cnmc@demo.csdm',
		name: 'Demo CNMC focal point',
		role: 'focal_point',
		mission: 'CNMC'
	},
	{
		email: 'focal.unsos@demo.csdm',
		name: 'Demo UNSOS focal point',
		role: 'focal_point',
		mission: 'UNSOS'
	},
	{ email: 'leadership@demo.csdm', name: 'Demo leadership', role: 'leadership' }
];

async function ensureAdmin() {
	if (await adminExists()) return;
	const email = (process.env.ADMIN_EMAIL || 'admin@csdm.local').toLowerCase();
	const given = process.env.ADMIN_PASSWORD;
	const password = given || randomBytes(12).toString('base64url');
	await createUser(SYSTEM, {
		name: 'Administrator',
		email,
		password,
		role: 'admin',
		missionId: 0,
		serviceLineId: 0,
		locale: null
	});
	if (given) {
		log.info({ email }, 'created the first admin account from ADMIN_EMAIL and ADMIN_PASSWORD');
	} else {
		// Printed once, on the console only: the person starting the app reads it here.
		console.log(`\n  First admin account: ${email}\n  Password (shown once): ${password}\n`);
	}
}

async function ensureDemoAccounts() {
	if (process.env.DEMO_ACCOUNTS !== '1') return;
	if (process.env.NODE_ENV === 'production') {
		log.error('DEMO_ACCOUNTS is refused when NODE_ENV=production; no demo account was made');
		return;
	}
	for (const demo of DEMO_ACCOUNTS) {
		if (await db.query.user.findFirst({ where: eq(user.email, demo.email) })) continue;
		const missionId = demo.mission ? ((await missionIdByCode(demo.mission)) ?? 0) : 0;
		const line = demo.serviceLine
			? await db.query.serviceLines.findFirst({
					where: (s, { eq }) => eq(s.code, demo.serviceLine!)
				})
			: undefined;
		await createUser(SYSTEM, {
			name: demo.name,
			email: demo.email,
			password: DEMO_PASSWORD,
			role: demo.role,
			missionId,
			serviceLineId: line?.id ?? 0,
			// Without a choice of their own, the browser's language applies until they pick one.
			locale: demo.locale ?? null
		});
	}
	log.warn(
		{ accounts: DEMO_ACCOUNTS.map((d) => d.email) },
		'demo accounts are on (DEMO_ACCOUNTS=1)'
	);
}

let started: Promise<void> | undefined;

/** Migrates, seeds an empty database with the 2021 rollout, and makes the first accounts. */
export function startUp(): Promise<void> {
	started ??= (async () => {
		await migrateDatabase();
		if (await seedRollout2021()) log.info('loaded the 2021 rollout into the new database');
		if (await seedReadiness()) log.info('published the first alignment checklist');
		if (await seedAssessmentAreas()) log.info('loaded the assessment areas');
		if (await seedLaunchPlans()) log.info('loaded the launch plans of 2021');
		if (await seedForum()) log.info('loaded the first forum and the workshop feedback');
		// SEED_QUERIES=0 starts with an empty tracker (a real deployment importing its own).
		if (process.env.SEED_QUERIES !== '0') {
			const started = performance.now();
			const count = await seedQueryHistory();
			if (count > 0) {
				log.info(
					{ queries: count, ms: Math.round(performance.now() - started) },
					'seeded the query history of the live missions'
				);
			}
		}
		await ensureAdmin();
		await ensureDemoAccounts();
	})();
	return started;
}
