import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { SuperValidated } from 'sveltekit-superforms';
import { Refusal } from './refusal';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyForm = SuperValidated<any, any, any>;

/**
 * Runs a domain call for a form action and turns a refusal into what the form shows: the
 * message at the top, the field it concerns marked, and for a conflict the newer values.
 * Any other error is left to handleError.
 */
export async function attempt<F extends AnyForm, T>(
	form: F,
	work: () => Promise<T>
): Promise<
	{ ok: true; value: T } | { ok: false; failure: ActionFailure<{ form: F; conflict: unknown }> }
> {
	try {
		return { ok: true, value: await work() };
	} catch (e) {
		if (!(e instanceof Refusal)) throw e;
		if (e.status === 404 && !e.field) error(404, e.message);
		if (e.status === 403) error(403, e.message);
		form.valid = false;
		form.message = e.message;
		if (e.field && e.field !== 'version' && e.field in form.data) {
			(form.errors as Record<string, string[]>)[e.field] = [e.message];
		}
		return { ok: false, failure: fail(e.status, { form, conflict: e.detail ?? null }) };
	}
}
