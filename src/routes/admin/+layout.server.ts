import { CSDP_ROLES, requireRole } from '$lib/server/access';
import type { LayoutServerLoad } from './$types';

// The admin section is for CSDP staff; users and the change history are for admins alone, and
// each page and action checks its own role: a layout's check never guards an action.
export const load: LayoutServerLoad = ({ locals, url }) => {
	requireRole(locals, CSDP_ROLES, url);
};
