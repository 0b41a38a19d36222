import { error, redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { idParam } from '$lib/server/params';
import { attempt } from '$lib/server/refusals';
import { listMissionChoices } from '$lib/server/missions';
import { getWorkshop, updateWorkshop } from '$lib/server/workshops';
import { workshopEditSchema } from '$lib/schemas/workshops';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireRole(locals, CSDP_ROLES, url);
	const workshop = await getWorkshop(idParam(params.id));
	if (!workshop) error(404, m.error_not_found());
	const form = await superValidate(
		{ ...workshop, missionIds: workshop.participants.map((p) => p.missionId) },
		zod4(workshopEditSchema),
		{ errors: false }
	);
	return { workshop, form, missions: await listMissionChoices() };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const id = idParam(params.id);
		const form = await superValidate(await readForm(request), zod4(workshopEditSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => updateWorkshop(user, id, form.data));
		if (!result.ok) return result.failure;
		redirect(303, `/workshops/${id}`);
	}
};
