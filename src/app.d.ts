import type { CurrentUser } from '$lib/server/access';

declare global {
	namespace App {
		interface Locals {
			user: CurrentUser | null;
			requestId: string;
		}
		interface Error {
			message: string;
			/** Quoted by the person to whoever reads the logs. */
			id?: string;
		}
	}
}

export {};
