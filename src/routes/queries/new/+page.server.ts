import { randomUUID } from 'node:crypto';
import { error, redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { createQuery, creatableMissions, serviceLineChoices } from '$lib/server/queries';
import { queryCreateSchema } from '$lib/schemas/queries';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const [missions, lines] = await Promise.all([creatableMissions(user), serviceLineChoices()]);
	if (missions.length === 0) error(403, m.error_forbidden());
	const form = await superValidate(zod4(queryCreateSchema), { errors: false });
	const wanted = url.searchParams.get('mission')?.toUpperCase();
	form.data.missionId = (missions.find((x) => x.code === wanted) ?? missions[0]).id;
	form.data.channel = 'email';
	form.data.priority = 'normal';
	// A fresh key per form: a second submit of the same form finds the first query.
	form.data.idempotencyKey = randomUUID();
	return { form, missions, lines };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = requireUser(locals);
		const form = await superValidate(await readForm(request), zod4(queryCreateSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => createQuery(user, form.data));
		if (!result.ok) return result.failure;
		redirect(303, `/queries/${result.value.reference}${result.value.created ? '' : '?again=1'}`);
	}
};
