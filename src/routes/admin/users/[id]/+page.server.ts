import { error, redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { listMissionChoices } from '$lib/server/missions';
import { listServiceLines } from '$lib/server/reference';
import { listUsers, updateUser } from '$lib/server/users';
import { editUserSchema } from '$lib/schemas/users';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireRole(locals, ['admin'], url);
	const target = (await listUsers()).find((u) => u.id === params.id);
	if (!target) error(404, m.error_not_found());
	const form = await superValidate(
		{
			...target,
			userId: target.id,
			missionId: target.missionId ?? 0,
			serviceLineId: target.serviceLineId ?? 0,
			locale: target.locale ?? ''
		},
		zod4(editUserSchema),
		{ errors: false }
	);
	const [missions, serviceLines] = await Promise.all([listMissionChoices(), listServiceLines()]);
	return { target, form, missions, serviceLines };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const admin = requireRole(locals, ['admin']);
		const form = await superValidate(await readForm(request), zod4(editUserSchema));
		if (!form.valid) return fail(400, { form });
		if (form.data.userId !== params.id) error(404, m.error_not_found());
		const result = await attempt(form, () => updateUser(admin, form.data));
		if (!result.ok) return result.failure;
		redirect(303, '/admin/users');
	}
};
