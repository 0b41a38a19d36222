import { eq } from 'drizzle-orm';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import { db } from './db';
import * as schema from './db/schema';
import { authSecret } from './secret';

export const auth = betterAuth({
	secret: authSecret(),
	baseURL: process.env.ORIGIN,
	database: drizzleAdapter(db, {
		provider: 'sqlite',
		schema: {
			user: schema.user,
			session: schema.session,
			account: schema.account,
			verification: schema.verification
		}
	}),
	emailAndPassword: {
		enabled: true,
		// Accounts are made by admins (and by first start), never by self sign-up.
		disableSignUp: true,
		minPasswordLength: 10
	},
	user: {
		additionalFields: {
			role: { type: 'string', input: false },
			missionId: { type: 'number', required: false, input: false },
			serviceLineId: { type: 'number', required: false, input: false },
			locale: { type: 'string', required: false, input: false },
			active: { type: 'boolean', input: false }
		}
	},
	session: {
		// Field offices load pages over slow links; resolving the session from a signed
		// cookie spares a database read on most requests. The person's role and status are
		// still read fresh on each request (see hooks.server.ts).
		cookieCache: { enabled: true, maxAge: 5 * 60 }
	},
	databaseHooks: {
		session: {
			create: {
				// A deactivated account cannot open a new session, whatever the password says.
				before: async (session) => {
					const owner = await db.query.user.findFirst({
						where: eq(schema.user.id, session.userId)
					});
					if (!owner?.active) return false;
				}
			}
		}
	},
	plugins: [sveltekitCookies(getRequestEvent)]
});
