import { requireRole } from '$lib/server/access';
import type { LayoutServerLoad } from './$types';

// Every page under /admin is for admins; each action checks again on its own.
export const load: LayoutServerLoad = ({ locals, url }) => {
	requireRole(locals, ['admin'], url);
};
