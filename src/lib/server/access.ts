import { error, redirect } from '@sveltejs/kit';
import type { AppLocale, Role } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';

export interface CurrentUser {
	id: string;
	name: string;
	email: string;
	role: Role;
	missionId: number | null;
	serviceLineId: number | null;
	locale: AppLocale | null;
}

/** Who may change the rollout records (workshops, reference data, any mission). */
export const CSDP_ROLES: readonly Role[] = ['admin', 'csdp'];

export function isCsdp(user: CurrentUser): boolean {
	return CSDP_ROLES.includes(user.role);
}

/** The signed-in person, or a redirect to the sign-in page that comes back here. */
export function requireUser(locals: App.Locals, url?: URL): CurrentUser {
	if (!locals.user) {
		const back = url ? `?redirectTo=${encodeURIComponent(url.pathname + url.search)}` : '';
		redirect(303, `/login${back}`);
	}
	return locals.user;
}

export function requireRole(locals: App.Locals, roles: readonly Role[], url?: URL): CurrentUser {
	const user = requireUser(locals, url);
	if (!roles.includes(user.role)) error(403, m.error_forbidden());
	return user;
}

/** Focal points see only their own mission; everyone else sees every mission. */
export function canReadMission(user: CurrentUser, missionId: number): boolean {
	return user.role !== 'focal_point' || user.missionId === missionId;
}

/** CSDP staff change any mission's records; a focal point only their own. */
export function canEditMission(user: CurrentUser, missionId: number): boolean {
	return isCsdp(user) || (user.role === 'focal_point' && user.missionId === missionId);
}

/**
 * A focal point asking for another mission is told it does not exist: the answer must not
 * reveal which mission codes are in use.
 */
export function assertCanReadMission(user: CurrentUser, missionId: number): void {
	if (!canReadMission(user, missionId)) error(404, m.error_not_found());
}

export function assertCanEditMission(user: CurrentUser, missionId: number): void {
	assertCanReadMission(user, missionId);
	if (!canEditMission(user, missionId)) error(403, m.error_forbidden());
}
