import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Failed sign-ins are counted per account and per address: a few mistakes are fine, a
 * password-guessing run is stopped. Successful sign-ins clear the account's count.
 */
const FAILURES_PER_ACCOUNT = 5;
const FAILURES_PER_ADDRESS = 30;
const WINDOW_SECONDS = 15 * 60;

const byAccount = new RateLimiterMemory({ points: FAILURES_PER_ACCOUNT, duration: WINDOW_SECONDS });
const byAddress = new RateLimiterMemory({ points: FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS });

export async function signInBlocked(email: string, address: string): Promise<boolean> {
	const [account, from] = await Promise.all([byAccount.get(email), byAddress.get(address)]);
	return (
		(account?.consumedPoints ?? 0) >= FAILURES_PER_ACCOUNT ||
		(from?.consumedPoints ?? 0) >= FAILURES_PER_ADDRESS
	);
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
	// A rejection only means the limit is already reached; the count is what matters.
	await Promise.allSettled([byAccount.consume(email), byAddress.consume(address)]);
}

export async function recordSignIn(email: string): Promise<void> {
	await byAccount.delete(email);
}
