import { db } from '../db';
import { assessmentAreas } from '../db/schema';
import { write } from '../db/write';

/** The areas the 2021 breakouts assessed missions against; CSDP staff edit the list later. */
export const ASSESSMENT_AREAS = [
	{ nameEn: 'CSU staffing', nameFr: "Effectifs de l'unité d'appui aux clients (CSU)" },
	{
		nameEn: 'Query tool access and training',
		nameFr: "Accès à l'outil de suivi des demandes et formation"
	},
	{ nameEn: 'Escalation process', nameFr: "Procédure d'escalade" },
	{
		nameEn: "Knowledge of the centre's services",
		nameFr: 'Connaissance des services du centre'
	},
	{ nameEn: 'Communications to staff', nameFr: 'Communication au personnel' },
	{ nameEn: 'Leadership commitment', nameFr: 'Engagement de la direction' },
	{ nameEn: 'Connectivity and equipment', nameFr: 'Connectivité et équipement' }
];

/** Seeds the areas into a database that has none yet (a new one, or one from before them). */
export async function seedAssessmentAreas(): Promise<boolean> {
	const existing = await db.select({ id: assessmentAreas.id }).from(assessmentAreas).limit(1);
	if (existing.length > 0) return false;
	await write({ id: null }, async ({ tx, audit }) => {
		await tx
			.insert(assessmentAreas)
			.values(ASSESSMENT_AREAS.map((area, position) => ({ ...area, position: position + 1 })));
		await audit({
			action: 'seed',
			entity: 'assessment_area',
			entityId: 'all',
			after: { areas: ASSESSMENT_AREAS.length }
		});
	});
	return true;
}
