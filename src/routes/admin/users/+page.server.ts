import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { listMissionChoices } from '$lib/server/missions';
import { listServiceLines } from '$lib/server/reference';
import { createUser, listUsers } from '$lib/server/users';
import { newUserSchema } from '$lib/schemas/users';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, ['admin'], url);
	const [users, missions, serviceLines, form] = await Promise.all([
		listUsers(),
		listMissionChoices(),
		listServiceLines(),
		superValidate(zod4(newUserSchema), { errors: false })
	]);
	return { users, missions, serviceLines, form };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const admin = requireRole(locals, ['admin']);
		const form = await superValidate(await readForm(request), zod4(newUserSchema));
		const { password } = form.data;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => createUser(admin, { ...form.data, password }));
		if (!result.ok) return result.failure;
		return message(form, m.user_created());
	}
};
