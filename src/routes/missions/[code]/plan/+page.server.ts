import { error } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { findMissionByCode } from '$lib/server/missions';
import {
	launchPlan,
	missionPlan,
	movePlan,
	removeMilestone,
	saveMilestone,
	savePlan
} from '$lib/server/launch-plans';
import { attempt } from '$lib/server/refusals';
import { Refusal } from '$lib/server/refusal';
import {
	launchSchema,
	milestoneSchema,
	moveSchema,
	planSchema,
	removeMilestoneSchema
} from '$lib/schemas/launch-plans';
import { todayIn } from '$lib/plain-date';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The mission of the URL, as this person may see it; any other is a page that does not exist. */
async function missionFor(event: Pick<RequestEvent, 'locals' | 'params' | 'url'>) {
	const user = requireUser(event.locals, event.url);
	const mission = await findMissionByCode(event.params.code);
	if (!mission) error(404, m.error_not_found());
	try {
		return { user, mission, plan: await missionPlan(user, mission) };
	} catch (e) {
		if (e instanceof Refusal) error(e.status, e.message);
		throw e;
	}
}

export const load: PageServerLoad = async (event) => {
	const { mission, plan } = await missionFor(event);
	return { mission, ...plan, today: todayIn(mission.timeZone) };
};

/** Refuses before reading the form, so that someone who may not act learns nothing more. */
function allow(may: boolean) {
	if (!may) error(403, m.error_forbidden());
}

export const actions: Actions = {
	plan: async (event) => {
		const { user, mission, plan } = await missionFor(event);
		allow(plan.rights.edit);
		const form = await superValidate(await readForm(event.request), zod4(planSchema), {
			id: 'plan'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => savePlan(user, mission, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.plan_saved());
	},
	milestone: async (event) => {
		const { user, mission, plan } = await missionFor(event);
		allow(plan.rights.edit);
		const form = await superValidate(await readForm(event.request), zod4(milestoneSchema), {
			id: 'milestone'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => saveMilestone(user, mission, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.plan_milestone_saved());
	},
	removeMilestone: async (event) => {
		const { user, mission, plan } = await missionFor(event);
		allow(plan.rights.edit);
		const form = await superValidate(await readForm(event.request), zod4(removeMilestoneSchema), {
			id: 'removeMilestone'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => removeMilestone(user, mission, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.plan_milestone_removed());
	},
	move: async (event) => {
		const { user, mission, plan } = await missionFor(event);
		allow(plan.rights.propose || plan.rights.approve || plan.rights.hold);
		const form = await superValidate(await readForm(event.request), zod4(moveSchema), {
			id: 'move'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => movePlan(user, mission, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.plan_moved());
	},
	launch: async (event) => {
		const { user, mission, plan } = await missionFor(event);
		allow(plan.rights.launch);
		const form = await superValidate(await readForm(event.request), zod4(launchSchema), {
			id: 'launch'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => launchPlan(user, mission, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.plan_launched_message());
	}
};
