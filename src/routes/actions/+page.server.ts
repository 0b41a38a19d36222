import { requireUser } from '$lib/server/access';
import { filterRegister, registerRows } from '$lib/server/action-register';
import { listMissions } from '$lib/server/missions';
import { registerFiltersSchema } from '$lib/schemas/action-register';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const filters = registerFiltersSchema.parse(Object.fromEntries(url.searchParams));
	const [rows, missions] = await Promise.all([registerRows(user, getLocale()), listMissions(user)]);
	return {
		rows: filterRegister(rows, filters),
		total: rows.length,
		filters,
		missions: missions.map((mi) => mi.code),
		query: url.searchParams.toString()
	};
};
