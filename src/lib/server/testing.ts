import { vi } from 'vitest';
import { client, migrateDatabase } from './db';
import { seedReadiness, seedRollout2021 } from './seed';
import { seedAssessmentAreas } from './seed/assessments';
import { seedLaunchPlans } from './seed/launch-plans';
import { seedForum } from './seed/forum';
import { createUser, findCurrentUser } from './users';
import type { CurrentUser } from './access';
import type { Role } from '$lib/vocabulary';

/** A migrated database holding the 2021 rollout, for domain tests. */
export async function freshRollout(): Promise<void> {
	await migrateDatabase();
	await seedRollout2021();
	await seedReadiness();
	await seedAssessmentAreas();
	await seedLaunchPlans();
	await seedForum();
}

let n = 0;

/** Makes a person with a role, as the admin screen would. */
export async function makeUser(
	role: Role,
	extra: { missionId?: number; serviceLineId?: number } = {}
): Promise<CurrentUser> {
	n += 1;
	const id = await createUser(
		{ id: null },
		{
			name: `${role} ${n}`,
			email: `${role}.${n}.${Date.now()}@test.example`,
			password: 'test-password-123',
			role,
			missionId: extra.missionId ?? 0,
			serviceLineId: extra.serviceLineId ?? 0,
			locale: 'en'
		}
	);
	return (await findCurrentUser(id))!;
}

/** What a focal point types into the new query form, for one mission and line. */
export function sampleQueryInput(missionId: number, serviceLineId: number) {
	return {
		missionId,
		serviceLineId,
		requesterName: 'Amina Okello',
		requesterEmail: 'amina@un.org',
		requesterIndex: '',
		channel: 'email' as const,
		priority: 'normal' as const,
		subject: 'DSA not paid',
		description: '',
		idempotencyKey: ''
	};
}

/** The statements sent to the database while `run` runs, in order. */
export async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
	const seen: string[] = [];
	const original = client.execute.bind(client);
	const spy = vi.spyOn(client, 'execute').mockImplementation(((
		stmt: string | { sql: string },
		...rest: unknown[]
	) => {
		seen.push(typeof stmt === 'string' ? stmt : stmt.sql);
		return (original as (...a: unknown[]) => unknown)(stmt, ...rest);
	}) as never);
	try {
		await run();
	} finally {
		spy.mockRestore();
	}
	return seen;
}
