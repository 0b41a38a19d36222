import { requireUser } from '$lib/server/access';
import { filterRegister, registerCsv, registerRows } from '$lib/server/action-register';
import { registerFiltersSchema } from '$lib/schemas/action-register';
import { getLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const filters = registerFiltersSchema.parse(Object.fromEntries(url.searchParams));
	const rows = filterRegister(await registerRows(user, getLocale()), filters);
	return new Response(registerCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="actions.csv"'
		}
	});
};
