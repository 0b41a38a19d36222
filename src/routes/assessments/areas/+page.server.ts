import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { createArea, listAreas, updateArea } from '$lib/server/assessments';
import { areaEditSchema, areaSchema } from '$lib/schemas/assessments';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, CSDP_ROLES, url);
	const [areas, form] = await Promise.all([
		listAreas(),
		superValidate(zod4(areaSchema), { id: 'newArea', errors: false })
	]);
	return { areas, form };
};

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(areaSchema), { id: 'newArea' });
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => createArea(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.area_added());
	},
	save: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(areaEditSchema), {
			id: 'editArea'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => updateArea(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.area_saved());
	}
};
