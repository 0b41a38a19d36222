import { error } from '@sveltejs/kit';
import { assertCanReadMission, requireUser } from '$lib/server/access';
import { findMissionByCode } from '$lib/server/missions';
import { workshopsOfMission } from '$lib/server/workshops';
import { readinessOverview, scorePercent } from '$lib/server/readiness';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireUser(locals, url);
	const mission = await findMissionByCode(params.code);
	if (!mission) error(404, m.error_not_found());
	assertCanReadMission(user, mission.id);
	const [workshops, readiness] = await Promise.all([
		workshopsOfMission(mission.id),
		readinessOverview(user, [mission.id])
	]);
	const row = readiness.rows[0];
	return {
		mission,
		workshops,
		readiness: {
			rag: row.rag,
			percent: scorePercent(row.score),
			requiredOpen: row.requiredOpen
		}
	};
};
