import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, isCsdp, requireRole, requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { idParam } from '$lib/server/params';
import { attempt } from '$lib/server/refusals';
import {
	addBreakoutGroup,
	assignMissionToGroup,
	getWorkshop,
	updateBreakoutGroup
} from '$lib/server/workshops';
import {
	assignmentSchema,
	breakoutGroupEditSchema,
	breakoutGroupSchema
} from '$lib/schemas/workshops';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const workshop = await getWorkshop(idParam(params.id));
	if (!workshop) error(404, m.error_not_found());
	// A focal point may open only the workshops their mission took part in.
	if (
		user.role === 'focal_point' &&
		!workshop.participants.some((p) => p.missionId === user.missionId)
	) {
		error(404, m.error_not_found());
	}
	return {
		workshop,
		canEdit: isCsdp(user),
		// Breakout capture pages show several missions side by side: not for focal points.
		canCapture: user.role !== 'focal_point',
		groupForm: await superValidate(zod4(breakoutGroupSchema), { id: 'group', errors: false })
	};
};

export const actions: Actions = {
	assign: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const workshopId = idParam(params.id);
		const form = await superValidate(await readForm(request), zod4(assignmentSchema), {
			id: 'assign'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => assignMissionToGroup(user, workshopId, form.data));
		if (!result.ok) return result.failure;
		const workshop = await getWorkshop(workshopId);
		const code =
			workshop?.participants.find((p) => p.missionId === form.data.missionId)?.code ?? '';
		return message(form, m.breakout_moved({ mission: code }));
	},
	addGroup: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(breakoutGroupSchema), {
			id: 'group'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => addBreakoutGroup(user, idParam(params.id), form.data));
		if (!result.ok) return result.failure;
		return message(form, m.breakout_added());
	},
	updateGroup: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(breakoutGroupEditSchema), {
			id: 'editGroup'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () =>
			updateBreakoutGroup(user, idParam(params.id), form.data)
		);
		if (!result.ok) return result.failure;
		return message(form, m.breakout_saved());
	}
};
