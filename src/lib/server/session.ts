import { createHmac, timingSafeEqual } from 'node:crypto';
import { auth } from './auth';
import { authSecret } from './secret';

/**
 * Whose session a request carries. better-auth answers from its signed cookie cache (no
 * database read), but checking the signatures of two cookies with WebCrypto, on every request,
 * cost more than a light page itself. The same cookies checked once give the same answer
 * until the cookie cache expires, so that answer is remembered, per exact cookie values,
 * until then:
 *
 * - only an answer better-auth gave from a cookie cache whose signature this module checked
 *   again itself, carrying the same session token, is remembered; anything else (no cache, a
 *   bad signature, a format this module does not know) is asked of better-auth every time;
 * - it is forgotten at the cache's expiry (or the session's, if sooner), when better-auth would
 *   read the session from the database again;
 * - signing out or deactivating an account does not wait for it: the account itself is read
 *   (from memory kept exact, users.ts) on every request, and a deactivated one is refused.
 */
const remembered = new Map<string, { userId: string; until: number }>();
const MAX_REMEMBERED = 10_000;

const isAuthCookie = (name: string) => name.includes('better-auth.');

function authCookies(header: string | null): Map<string, string> {
	const out = new Map<string, string>();
	for (const part of (header ?? '').split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		const name = part.slice(0, eq).trim();
		if (isAuthCookie(name)) out.set(name, part.slice(eq + 1).trim());
	}
	return out;
}

let secret: string | undefined;

/** The cookie cache's content, when its signature is right (better-auth's "compact" form). */
function verifiedCache(value: string): { token: string; userId: string; until: number } | null {
	try {
		const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
		const { session: data, expiresAt, signature } = parsed ?? {};
		if (typeof expiresAt !== 'number' || typeof signature !== 'string' || !data?.session)
			return null;
		secret ??= authSecret();
		const expected = createHmac('sha256', secret)
			.update(JSON.stringify({ ...data, expiresAt }))
			.digest();
		const given = Buffer.from(signature, 'base64url');
		if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
		const sessionExpiry = new Date(data.session.expiresAt).getTime();
		return {
			token: String(data.session.token),
			userId: String(data.session.userId),
			until: Math.min(expiresAt, Number.isFinite(sessionExpiry) ? sessionExpiry : 0)
		};
	} catch {
		return null;
	}
}

/** The id of the person whose valid session the request carries, or null. */
export async function sessionUserId(headers: Headers, now = Date.now()): Promise<string | null> {
	const cookies = authCookies(headers.get('cookie'));
	if (cookies.size === 0) return null;
	const key = [...cookies].map(([n, v]) => `${n}=${v}`).join('; ');
	const known = remembered.get(key);
	if (known && now < known.until) return known.userId;
	if (known) remembered.delete(key);
	const session = await auth.api.getSession({ headers });
	if (!session) return null;
	const cacheCookie = [...cookies].find(([name]) => name.endsWith('.session_data'));
	const cache = cacheCookie && verifiedCache(cacheCookie[1]);
	if (
		cache &&
		cache.token === session.session.token &&
		cache.userId === session.user.id &&
		now < cache.until
	) {
		if (remembered.size >= MAX_REMEMBERED) remembered.clear();
		remembered.set(key, { userId: session.user.id, until: cache.until });
	}
	return session.user.id;
}
