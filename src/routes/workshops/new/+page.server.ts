import { redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { listMissionChoices } from '$lib/server/missions';
import { createWorkshop } from '$lib/server/workshops';
import { workshopSchema } from '$lib/schemas/workshops';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, CSDP_ROLES, url);
	const form = await superValidate(zod4(workshopSchema), { errors: false });
	form.data.groupCount = 3;
	form.data.mode = 'virtual';
	return { form, missions: await listMissionChoices() };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(workshopSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => createWorkshop(user, form.data));
		if (!result.ok) return result.failure;
		redirect(303, `/workshops/${result.value}`);
	}
};
