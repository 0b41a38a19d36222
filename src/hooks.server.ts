import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { m } from '$lib/paraglide/messages';
import { checkDataVersion } from '$lib/server/db/kept';
import { log } from '$lib/server/log';
import { startUp } from '$lib/server/startup';
import { findCurrentUser } from '$lib/server/users';
import { sessionUserId } from '$lib/server/session';

export const init: ServerInit = async () => {
	if (!building) await startUp();
};

const handleRequestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = randomUUID();
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	log.info({
		method: event.request.method,
		route: event.route.id,
		// A calendar feed's address is its secret: the route names it without the token.
		path: event.params.token ? event.route.id : event.url.pathname,
		status: response.status,
		ms: Math.round(performance.now() - started),
		user: event.locals.user?.id
	});
	return response;
};

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	// Changes committed by any process since the last request drop what is kept in memory.
	await checkDataVersion();
	const userId = await sessionUserId(event.request.headers);
	if (userId) event.locals.user = await findCurrentUser(userId);
	// better-auth's own HTTP endpoints are not mounted: every sign-in goes through the /login
	// form, which validates, rate-limits and answers in the person's language.
	return resolve(event);
};

export const handle = sequence(handleRequestLog, handleAuth, handleLocale);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// SvelteKit's own texts ("Not Found", "Internal Error") are English; say them in the reader's.
	if (status === 404) return { message: m.error_page_missing() };
	const id = randomUUID();
	log.error(
		{ id, path: event.params.token ? event.route.id : event.url.pathname, err: error },
		'unexpected error'
	);
	return { message: status >= 500 ? m.error_unexpected() : message, id };
};
