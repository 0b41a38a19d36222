import { z } from 'zod';
import { db } from './db';
import { kept } from './db/kept';
import { missions, serviceLines } from './db/schema';
import { centreMonth } from './query-rollup';
import { monthsBetween, shiftMonth, type KpiFilters } from './kpis';
import type { CurrentUser } from './access';
import { MISSION_KINDS } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export interface KpiChoice {
	from: string;
	to: string;
	mission: string;
	kind: string;
	line: number | null;
}

/** The missions and lines a filter may name. Kept in memory until the next write. */
const filterChoices = kept(() => '', filterChoicesFromScratch);

export async function filterChoicesFromScratch() {
	const [live, lines] = await Promise.all([
		db
			.select({
				id: missions.id,
				code: missions.code,
				kind: missions.kind,
				goLiveDate: missions.goLiveDate
			})
			.from(missions),
		db.select({ id: serviceLines.id }).from(serviceLines)
	]);
	return { live, lines };
}

/**
 * The KPI filters from the URL. A reversed or absurd period falls back to the last twelve
 * months with a message; an unknown mission or line shows everything, and says so. A focal
 * point always sees their own mission only.
 */
export async function readKpiFilters(user: CurrentUser, params: URLSearchParams, now = new Date()) {
	const defaultTo = centreMonth(now);
	const problems: string[] = [];
	let from = month.safeParse(params.get('from')).data;
	let to = month.safeParse(params.get('to')).data;
	to ??= defaultTo;
	from ??= shiftMonth(to, -11);
	const span = monthsBetween(from, to).length;
	if (span === 0 || span > 120 || from < '2015-01') {
		problems.push(m.kpis_bad_period());
		to = defaultTo;
		from = shiftMonth(to, -11);
	}
	const { live, lines } = await filterChoices();
	const liveMissions = live.filter((x) => x.goLiveDate);
	const filters: KpiFilters = { from, to };
	const choice: KpiChoice = { from, to, mission: '', kind: '', line: null };
	const code = (params.get('mission') ?? '').trim().toUpperCase();
	const kind = params.get('kind') ?? '';
	const line = Number(params.get('line') ?? '');
	if (user.role === 'focal_point') {
		filters.missionIds = [user.missionId ?? -1];
		choice.mission = live.find((x) => x.id === user.missionId)?.code ?? '';
	} else if (code) {
		const found = liveMissions.find((x) => x.code === code);
		if (found) {
			filters.missionIds = [found.id];
			choice.mission = found.code;
		} else problems.push(m.kpis_unknown_filter());
	} else if (kind) {
		if ((MISSION_KINDS as readonly string[]).includes(kind)) {
			filters.missionIds = liveMissions.filter((x) => x.kind === kind).map((x) => x.id);
			choice.kind = kind;
		} else problems.push(m.kpis_unknown_filter());
	}
	if (params.get('line')) {
		if (lines.some((l) => l.id === line)) {
			filters.serviceLineId = line;
			choice.line = line;
		} else problems.push(m.kpis_unknown_filter());
	}
	return { filters, choice, problems, liveMissions };
}
