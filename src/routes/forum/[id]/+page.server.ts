import { error } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole, requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { idParam } from '$lib/server/params';
import { attempt } from '$lib/server/refusals';
import {
	addForumAction,
	editForumAction,
	forumRights,
	getMeeting,
	updateMeeting
} from '$lib/server/forum';
import { listMissionChoices } from '$lib/server/missions';
import { forumActionEditSchema, forumActionSchema, meetingEditSchema } from '$lib/schemas/forum';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const found = await getMeeting(user, idParam(params.id));
	if (!found) error(404, m.error_not_found());
	const rights = forumRights(user);
	return { ...found, rights, missions: rights.run ? await listMissionChoices() : [] };
};

/** CSDP staff only, and only on a meeting that exists; checked before the form is read. */
async function chair(event: Pick<RequestEvent, 'locals' | 'params'>) {
	const user = requireRole(event.locals, CSDP_ROLES);
	const id = idParam(event.params.id);
	if (!(await getMeeting(user, id))) error(404, m.error_not_found());
	return { user, id };
}

export const actions: Actions = {
	save: async (event) => {
		const { user, id } = await chair(event);
		const form = await superValidate(await readForm(event.request), zod4(meetingEditSchema), {
			id: 'meeting'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => updateMeeting(user, id, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.forum_meeting_saved());
	},
	addAction: async (event) => {
		const { user, id } = await chair(event);
		const form = await superValidate(await readForm(event.request), zod4(forumActionSchema), {
			id: 'newAction'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => addForumAction(user, id, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.forum_action_added());
	},
	editAction: async (event) => {
		const { user } = await chair(event);
		const form = await superValidate(await readForm(event.request), zod4(forumActionEditSchema), {
			id: 'forumAction'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => editForumAction(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.action_saved());
	}
};
