import type { Account } from './fixtures';

/**
 * Every page of the app, by who may open it. The checks in pages.e2e.ts (accessibility,
 * weight, small screens, no raw message keys) run over all of them: a new page is added here.
 */
export const PAGES: Record<Account | 'anonymous', string[]> = {
	anonymous: ['/login'],
	admin: [
		'/missions',
		'/missions/UNITAMS',
		'/missions/UNSOS',
		'/workshops',
		'/workshops/1',
		'/workshops/1/edit',
		'/workshops/new',
		'/admin/users',
		'/admin/history',
		'/readiness',
		'/readiness/template',
		'/missions/UNITAMS/readiness',
		'/assessments/areas',
		'/workshops/1/breakouts/1',
		'/workshops/1/report',
		'/queries',
		'/queries?page=3',
		'/queries/new',
		'/queries/import',
		'/queries/UNSOS-1',
		'/missions/UNSOS/queries',
		'/kpis',
		'/admin/calendars',
		'/schedule',
		'/schedule?kind=pko&status=draft&from=2021-01&to=2023-12',
		'/missions/UNOCA/plan',
		'/missions/UNMISS/plan',
		'/missions/UNSOS/plan'
	],
	csdp: ['/missions', '/workshops/1', '/workshops/new', '/kpis?mission=UNMISS', '/admin/calendars'],
	agent: ['/missions', '/missions/MINUSCA', '/workshops', '/queries', '/schedule'],
	focal: [
		'/missions',
		'/missions/UNITAMS',
		'/missions/UNITAMS/readiness',
		'/workshops',
		'/workshops/1'
	],
	focalUnsmil: ['/missions/UNSMIL', '/missions/UNSMIL/plan', '/schedule'],
	focalUnoca: ['/missions/UNOCA', '/missions/UNOCA/readiness'],
	focalCnmc: ['/missions/CNMC/plan'],
	focalUnoau: ['/missions/UNOAU/plan', '/schedule'],
	focalUnsos: ['/queries', '/queries/new', '/queries/UNSOS-3', '/kpis'],
	leadership: [
		'/missions',
		'/missions/MINURSO',
		'/missions/MINURSO/readiness',
		'/readiness',
		'/workshops',
		'/workshops/1',
		'/workshops/1/report',
		'/kpis',
		'/schedule',
		'/missions/UNOWAS/plan'
	]
};
