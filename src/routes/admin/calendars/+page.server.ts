import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSDP_ROLES, requireRole } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { idParam } from '$lib/server/params';
import { attempt } from '$lib/server/refusals';
import {
	addHoliday,
	listHolidays,
	listTargets,
	liveMissions,
	removeHoliday,
	setTarget
} from '$lib/server/queries';
import { holidaySchema, targetSchema } from '$lib/schemas/queries';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, CSDP_ROLES, url);
	const [holidays, targets, missions] = await Promise.all([
		listHolidays(),
		listTargets(),
		liveMissions()
	]);
	return {
		holidays,
		targets,
		missions,
		holidayForm: await superValidate(zod4(holidaySchema), { id: 'holiday', errors: false })
	};
};

export const actions: Actions = {
	addHoliday: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(holidaySchema), {
			id: 'holiday'
		});
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => addHoliday(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.calendars_added());
	},
	removeHoliday: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const data = await readForm(request);
		const form = await superValidate(zod4(holidaySchema), { id: 'holiday', errors: false });
		const result = await attempt(form, () =>
			removeHoliday(user, idParam(String(data.get('id') ?? '')))
		);
		if (!result.ok) return result.failure;
		// The empty holiday form comes back with the news; superforms' message() would call an
		// empty form a failure and answer 400.
		form.message = m.calendars_removed();
		return { form };
	},
	target: async ({ request, locals }) => {
		const user = requireRole(locals, CSDP_ROLES);
		const form = await superValidate(await readForm(request), zod4(targetSchema), { id: 'target' });
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => setTarget(user, form.data));
		if (!result.ok) return result.failure;
		return message(form, m.calendars_target_saved());
	}
};
