import { requireRole } from '$lib/server/access';
import { listChanges } from '$lib/server/audit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, ['admin'], url);
	const before = Number(url.searchParams.get('before'));
	const entity = url.searchParams.get('entity')?.slice(0, 64) || undefined;
	return {
		...(await listChanges({
			entity,
			before: Number.isSafeInteger(before) && before > 0 ? before : undefined
		})),
		entity
	};
};
