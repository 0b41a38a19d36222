import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, isCsdp, requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { idParam } from '$lib/server/params';
import { attempt } from '$lib/server/refusals';
import { addEntry, deleteEntry, getBreakoutCapture, updateEntry } from '$lib/server/assessments';
import { entryDeleteSchema, entryEditSchema, entrySchema } from '$lib/schemas/assessments';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const placeOf = (params: { id: string; group: string }) => ({
	workshopId: idParam(params.id),
	groupId: idParam(params.group)
});

/** Everyone but focal points reads a breakout: it shows several missions side by side. */
const READERS = ['admin', 'csdp', 'agent', 'leadership'] as const;

/** One entry form per mission; its id keeps the answers of side-by-side forms apart. */
const formId = (missionId: unknown) => `entry-${String(missionId).replace(/\D/g, '')}`;

function newEntryForm(missionId: number) {
	return superValidate({ missionId, kind: 'strength' as const }, zod4(entrySchema), {
		id: formId(missionId),
		errors: false
	});
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireRole(locals, READERS, url);
	const capture = await getBreakoutCapture(idParam(params.id), idParam(params.group));
	if (!capture) error(404, m.error_not_found());
	const canEdit = isCsdp(user);
	const forms: Record<number, Awaited<ReturnType<typeof newEntryForm>>> = {};
	if (canEdit) {
		for (const mission of capture.missions) forms[mission.id] = await newEntryForm(mission.id);
	}
	return { ...capture, canEdit, forms };
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const data = await readForm(request);
		const form = await superValidate(data, zod4(entrySchema), {
			id: formId(data.get('missionId'))
		});
		if (!form.valid) return fail(400, { form });
		const workshopId = idParam(params.id);
		const groupId = idParam(params.group);
		const result = await attempt(form, () => addEntry(user, workshopId, groupId, form.data));
		if (!result.ok) return result.failure;
		const capture = await getBreakoutCapture(workshopId, groupId);
		const code = capture?.missions.find((mi) => mi.id === form.data.missionId)?.code ?? '';
		// An empty form comes back, ready for the next entry, with or without JavaScript. It is
		// not valid (it is empty), so superforms' message() would answer 400: set it directly.
		const next = await newEntryForm(form.data.missionId);
		next.message = m.entry_added({ mission: code });
		return { form: next };
	},
	edit: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(entryEditSchema), {
			id: 'editEntry'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => updateEntry(user, placeOf(params), form.data));
		if (!result.ok) return result.failure;
		return message(form, m.entry_saved());
	},
	delete: async ({ request, locals, params }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(entryDeleteSchema), {
			id: 'deleteEntry'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => deleteEntry(user, placeOf(params), form.data));
		if (!result.ok) return result.failure;
		return message(form, m.entry_deleted());
	}
};
