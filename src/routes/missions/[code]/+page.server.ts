import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	assertCanReadMission,
	canEditMission,
	CSDP_ROLES,
	isCsdp,
	requireRole,
	requireUser
} from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { findMissionByCode } from '$lib/server/missions';
import { workshopsOfMission } from '$lib/server/workshops';
import { readinessOverview, scorePercent } from '$lib/server/readiness';
import { planSummary } from '$lib/server/launch-plans';
import { editAction, missionAssessment, updateActionProgress } from '$lib/server/assessments';
import { actionEditSchema, actionProgressSchema } from '$lib/schemas/assessments';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const mission = await findMissionByCode(params.code);
	if (!mission) error(404, m.error_not_found());
	assertCanReadMission(user, mission.id);
	const [workshops, readiness, assessment, plan] = await Promise.all([
		workshopsOfMission(mission.id),
		readinessOverview(user, [mission.id]),
		missionAssessment(mission.id),
		planSummary(mission.id)
	]);
	const row = readiness.rows[0];
	return {
		mission,
		workshops,
		plan,
		readiness: {
			rag: row.rag,
			percent: scorePercent(row.score),
			requiredOpen: row.requiredOpen
		},
		assessment,
		canUpdateActions: canEditMission(user, mission.id),
		canEditActions: isCsdp(user)
	};
};

async function missionFor(locals: App.Locals, code: string) {
	const user = requireUser(locals);
	const mission = await findMissionByCode(code);
	if (!mission) error(404, m.error_not_found());
	assertCanReadMission(user, mission.id);
	return { user, mission };
}

export const actions: Actions = {
	progress: async ({ request, locals, params }) => {
		const { user } = await missionFor(locals, params.code);
		const form = await superValidate(await readForm(request), zod4(actionProgressSchema), {
			id: 'action'
		});
		if (!form.valid) return fail(400, { form });
		// The domain checks again that the action is this person's to change.
		const result = await attempt(form, () => updateActionProgress(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.action_saved());
	},
	editAction: async ({ request, locals, params }) => {
		await missionFor(locals, params.code);
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(actionEditSchema), {
			id: 'action'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => editAction(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.action_saved());
	}
};
