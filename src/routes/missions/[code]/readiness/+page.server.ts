import { error } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	assertCanEditMission,
	assertCanReadMission,
	canEditMission,
	requireUser
} from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { findMissionByCode } from '$lib/server/missions';
import { missionChecklist, saveResponse, scorePercent } from '$lib/server/readiness';
import { attempt } from '$lib/server/refusals';
import { responseSchema } from '$lib/schemas/readiness';
import { todayIn } from '$lib/plain-date';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const mission = await findMissionByCode(params.code);
	if (!mission) error(404, m.error_not_found());
	assertCanReadMission(user, mission.id);
	const checklist = await missionChecklist(mission.id);
	return {
		mission,
		...checklist,
		percent: scorePercent(checklist.score.score),
		history: checklist.history.map((h) => ({ ...h, percent: scorePercent(h.score) })),
		canEdit: canEditMission(user, mission.id),
		today: todayIn(mission.timeZone)
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const user = requireUser(locals);
		const mission = await findMissionByCode(params.code);
		if (!mission) error(404, m.error_not_found());
		assertCanEditMission(user, mission.id);
		const form = await superValidate(await readForm(request), zod4(responseSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => saveResponse(user, mission.id, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.readiness_item_saved());
	}
};
