import { error } from '@sveltejs/kit';
import { fail, message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { requireUser } from '$lib/server/access';
import { readForm } from '$lib/server/forms';
import { attempt } from '$lib/server/refusals';
import { Refusal } from '$lib/server/refusal';
import {
	addQueryMessage,
	assignQuery,
	assigneeChoices,
	closeQuery,
	deEscalateQuery,
	escalateQuery,
	getQuery,
	moveQueryStatus,
	queryRights,
	reopenQuery
} from '$lib/server/queries';
import {
	queryAssignSchema,
	queryCloseSchema,
	queryDeEscalateSchema,
	queryEscalateSchema,
	queryMessageSchema,
	queryReopenSchema,
	queryStatusSchema
} from '$lib/schemas/queries';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	let query;
	try {
		query = await getQuery(user, params.ref);
	} catch (e) {
		if (e instanceof Refusal) error(404, m.error_not_found());
		throw e;
	}
	const rights = queryRights(user, query);
	return {
		query,
		rights,
		assignees: rights.assign ? await assigneeChoices(query) : [],
		again: url.searchParams.has('again')
	};
};

/** Each form of the page: validate, one domain call, a message or the refusal. */
function action<S extends Parameters<typeof zod4>[0]>(
	schema: S,
	id: string,
	work: (e: RequestEvent, data: never) => Promise<void>
) {
	return async (event: RequestEvent) => {
		requireUser(event.locals);
		const form = await superValidate(await readForm(event.request), zod4(schema), { id });
		if (!form.valid) return fail(400, { form });
		const result = await attempt(form, () => work(event, form.data as never));
		if (!result.ok) return result.failure;
		return message(form, m.query_saved());
	};
}

const who = (e: RequestEvent) => requireUser(e.locals);

export const actions: Actions = {
	status: action(queryStatusSchema, 'status', (e, d) => moveQueryStatus(who(e), e.params.ref, d)),
	escalate: action(queryEscalateSchema, 'escalate', (e, d) =>
		escalateQuery(who(e), e.params.ref, d)
	),
	deEscalate: action(queryDeEscalateSchema, 'deEscalate', (e, d) =>
		deEscalateQuery(who(e), e.params.ref, d)
	),
	assign: action(queryAssignSchema, 'assign', (e, d) => assignQuery(who(e), e.params.ref, d)),
	message: action(queryMessageSchema, 'message', (e, d) =>
		addQueryMessage(who(e), e.params.ref, d)
	),
	close: action(queryCloseSchema, 'close', (e, d) => closeQuery(who(e), e.params.ref, d)),
	reopen: action(queryReopenSchema, 'reopen', (e, d) => reopenQuery(who(e), e.params.ref, d))
};
