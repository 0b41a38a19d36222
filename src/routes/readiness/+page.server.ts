import { isCsdp, requireUser } from '$lib/server/access';
import { readinessOverview, scorePercent } from '$lib/server/readiness';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

const SORTS = ['score-desc', 'score-asc', 'code'] as const;
type Sort = (typeof SORTS)[number];

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const asked = url.searchParams.get('sort');
	const sort: Sort = SORTS.includes(asked as Sort) ? (asked as Sort) : 'code';
	const overview = await readinessOverview(user);
	const rows = overview.rows.map((r) => ({
		...r,
		percent: scorePercent(r.score),
		cells: r.cells.map((c) => ({ ...c, percent: scorePercent(c.score) }))
	}));
	if (sort !== 'code') {
		const sign = sort === 'score-desc' ? -1 : 1;
		// Missions without a score go last whichever way the list is sorted.
		rows.sort((a, b) =>
			a.score === null
				? b.score === null
					? a.code.localeCompare(b.code)
					: 1
				: b.score === null
					? -1
					: sign * (a.score - b.score) || a.code.localeCompare(b.code)
		);
	}
	return {
		...overview,
		rows,
		sort,
		canManageTemplate: isCsdp(user),
		title: m.readiness_title()
	};
};
