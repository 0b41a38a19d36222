import { error } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { isCsdp, requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import {
	feedbackSessions,
	giveFeedback,
	listFeedback,
	mayGiveFeedback,
	respondToFeedback
} from '$lib/server/feedback';
import { findMissionByCode, listMissionChoices } from '$lib/server/missions';
import { serviceLineChoices } from '$lib/server/queries';
import {
	feedbackFiltersSchema,
	feedbackResponseSchema,
	feedbackSchema
} from '$lib/schemas/feedback';
import { todayIn } from '$lib/plain-date';
import { CENTRE } from '$lib/server/seed/rollout-2021';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const filters = feedbackFiltersSchema.parse(Object.fromEntries(url.searchParams));
	const mission = filters.mission ? await findMissionByCode(filters.mission) : undefined;
	const [items, sessions, lines, missions] = await Promise.all([
		listFeedback(user, {
			missionId: filters.mission ? (mission?.id ?? -1) : undefined,
			serviceLineId: filters.line || undefined,
			kind: filters.kind || undefined,
			status: filters.status || undefined
		}),
		feedbackSessions(),
		serviceLineChoices(),
		listMissionChoices()
	]);
	return {
		items,
		sessions,
		lines,
		// A focal point picks no mission: theirs is the only one.
		missions: user.role === 'focal_point' ? [] : missions,
		filters,
		mayGive: mayGiveFeedback(user),
		ownMission: user.role === 'focal_point' ? user.missionId : null,
		today: todayIn(CENTRE.timeZone)
	};
};

export const actions: Actions = {
	give: async ({ request, locals }) => {
		const user = requireUser(locals);
		if (!mayGiveFeedback(user)) error(403, m.error_forbidden());
		const form = await superValidate(await readForm(request), zod4(feedbackSchema), {
			id: 'feedback'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => giveFeedback(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.feedback_saved());
	},
	respond: async ({ request, locals }) => {
		const user = requireUser(locals);
		// Leadership and focal points answer nothing; the domain checks the service line.
		if (user.role !== 'agent' && !isCsdp(user)) error(403, m.error_forbidden());
		const form = await superValidate(await readForm(request), zod4(feedbackResponseSchema), {
			id: 'response'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => respondToFeedback(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.feedback_response_saved());
	}
};
