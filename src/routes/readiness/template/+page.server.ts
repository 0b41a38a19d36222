import { redirect } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import {
	discardDraft,
	publishDraft,
	removeDraftItem,
	saveDraftItem,
	saveDraftSettings,
	startDraft,
	templateAdmin
} from '$lib/server/readiness';
import { attempt } from '$lib/server/refusals';
import {
	checklistItemSchema,
	publishSchema,
	removeItemSchema,
	templateSettingsSchema
} from '$lib/schemas/readiness';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, CSDP_ROLES, url);
	return templateAdmin();
};

export const actions: Actions = {
	startDraft: async ({ locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		await startDraft(user);
		redirect(303, '/readiness/template#draft');
	},
	saveItem: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(checklistItemSchema));
		if (!form.valid) return fail(400, { form });
		const isNew = form.data.itemId === 0;
		const result = await attempt(form, () => saveDraftItem(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, isNew ? m.checklist_item_added() : m.checklist_item_saved());
	},
	removeItem: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(removeItemSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => removeDraftItem(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.checklist_item_removed());
	},
	saveSettings: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(templateSettingsSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => saveDraftSettings(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.checklist_settings_saved());
	},
	publish: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(publishSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => publishDraft(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.checklist_published(result.value));
	},
	discard: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(publishSchema));
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => discardDraft(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.checklist_discarded());
	}
};
