import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auth } from './auth';
import { freshRollout, makeUser } from './testing';
import { sessionUserId } from './session';

beforeAll(freshRollout);

// better-auth sets its cookies through SvelteKit's request; outside one, they come back in the
// response headers only.
vi.mock('$app/server', () => ({ getRequestEvent: () => undefined }));

/** Signs in and returns the Cookie header a browser would send next. */
async function signedIn(email: string): Promise<Headers> {
	const { headers } = await auth.api.signInEmail({
		body: { email, password: 'test-password-123' },
		returnHeaders: true
	});
	const cookie = headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	return new Headers({ cookie });
}

describe('the session a request carries', () => {
	it('is the one better-auth finds, asked once per cookie cache and then remembered', async () => {
		const person = await makeUser('csdp');
		const headers = await signedIn(person.email);
		const asked = vi.spyOn(auth.api, 'getSession');
		try {
			expect(await sessionUserId(headers)).toBe(person.id);
			expect((await auth.api.getSession({ headers }))!.user.id).toBe(person.id);
			asked.mockClear();
			for (let i = 0; i < 5; i++) expect(await sessionUserId(headers)).toBe(person.id);
			expect(asked).not.toHaveBeenCalled();
			// Past the cookie cache's expiry, better-auth is asked again, as it would be.
			const later = Date.now() + 6 * 60 * 1000;
			await sessionUserId(headers, later);
			expect(asked).toHaveBeenCalledTimes(1);
		} finally {
			asked.mockRestore();
		}
	});

	it('is never remembered from a cookie cache whose signature is wrong', async () => {
		const person = await makeUser('csdp');
		const headers = await signedIn(person.email);
		const cookie = headers.get('cookie')!;
		const data = /better-auth\.session_data=([^;]+)/.exec(cookie)![1];
		const parsed = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
		parsed.expiresAt += 10 * 365 * 24 * 3600 * 1000;
		const forged = Buffer.from(JSON.stringify(parsed)).toString('base64url');
		const tampered = new Headers({ cookie: cookie.replace(data, forged) });
		const asked = vi.spyOn(auth.api, 'getSession');
		try {
			// better-auth reads the session from the database instead, every time.
			expect(await sessionUserId(tampered)).toBe(person.id);
			expect(await sessionUserId(tampered)).toBe(person.id);
			expect(asked).toHaveBeenCalledTimes(2);
		} finally {
			asked.mockRestore();
		}
	});

	it('is none without cookies, or with a token that is not signed', async () => {
		expect(await sessionUserId(new Headers())).toBeNull();
		expect(
			await sessionUserId(new Headers({ cookie: 'better-auth.session_token=forged.value' }))
		).toBeNull();
	});
});
