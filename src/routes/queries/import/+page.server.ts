import { error, fail } from '@sveltejs/kit';
import { isCsdp, requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { creatableMissions } from '$lib/server/queries';
import { IMPORT_COLUMNS, previewImport, runImport } from '$lib/server/query-import';
import { queryImportSchema } from '$lib/schemas/queries';
import { m } from '$lib/paraglide/messages';
import type { CurrentUser } from '$lib/server/access';
import type { Actions, PageServerLoad } from './$types';

async function requireImporter(locals: App.Locals, url?: URL): Promise<CurrentUser> {
	const user = requireUser(locals, url);
	if (!isCsdp(user) && (await creatableMissions(user)).length === 0)
		error(403, m.error_forbidden());
	return user;
}

/** The CSV from the uploaded file, or from the preview's hidden field on confirmation. */
async function readUpload(request: Request) {
	const data = await readForm(request);
	// A body the server could not read (too large, cut off) arrives as an empty form.
	if (!data.has('dateOrder') && !data.has('file') && !data.has('csv')) {
		return { success: false as const, error: { issues: [{ message: m.import_unreadable() }] } };
	}
	const file = data.get('file');
	const csv =
		file instanceof File && file.size > 0 ? await file.text() : String(data.get('csv') ?? '');
	return queryImportSchema.safeParse({ dateOrder: data.get('dateOrder') ?? '', csv });
}

export const load: PageServerLoad = async ({ locals, url }) => {
	await requireImporter(locals, url);
	return { columns: IMPORT_COLUMNS };
};

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		const user = await requireImporter(locals);
		const input = await readUpload(request);
		if (!input.success) return fail(400, { problem: input.error.issues[0].message });
		const preview = await previewImport(user, input.data.csv, input.data.dateOrder);
		const bad = preview.rows.filter((r) => r.errors.length).length;
		return {
			preview: preview.rows,
			fileError: preview.fileError,
			bad,
			csv: preview.fileError || bad ? '' : input.data.csv,
			dateOrder: input.data.dateOrder
		};
	},
	import: async ({ request, locals }) => {
		const user = await requireImporter(locals);
		const input = await readUpload(request);
		if (!input.success) return fail(400, { problem: input.error.issues[0].message });
		const result = await runImport(user, input.data.csv, input.data.dateOrder);
		if (result.imported === null) {
			return fail(400, {
				preview: result.preview.rows,
				fileError: result.preview.fileError,
				bad: result.preview.rows.filter((r) => r.errors.length).length,
				csv: '',
				dateOrder: input.data.dateOrder
			});
		}
		return { imported: result.imported };
	}
};
