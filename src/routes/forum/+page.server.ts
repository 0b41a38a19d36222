import { redirect } from '@sveltejs/kit';
import { fail, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole, requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { createMeeting, forumRights, listMeetings } from '$lib/server/forum';
import { listMissionChoices } from '$lib/server/missions';
import { meetingSchema } from '$lib/schemas/forum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const rights = forumRights(user);
	const [meetings, missions] = await Promise.all([
		listMeetings(user),
		rights.run ? listMissionChoices() : Promise.resolve([])
	]);
	return { meetings, missions, rights };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(meetingSchema), {
			id: 'meeting'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => createMeeting(user, form.data));
		if (!result.ok) return result.failure;
		redirect(303, `/forum/${result.value}`);
	}
};
