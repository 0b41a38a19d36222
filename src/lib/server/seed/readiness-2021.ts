/**
 * The first alignment checklist, drawn from what the 2021 workshop report says a launch
 * needs: a Client Support Unit at mission level, access to and training on the iNeed query
 * tool (deployed with RFTS), an escalation process agreed with CSDP, knowledge of the
 * centre's services, staff told of the change, leadership committed, and the connectivity
 * to use the tool. Weights run 1–3 (3: a launch cannot work without it).
 */
import type { ChecklistStatus } from '$lib/vocabulary';

export const READINESS_AREAS = [
	{ code: 'csu', nameEn: 'Client Support Unit', nameFr: "Unité d'appui aux clients" },
	{
		code: 'query_tool',
		nameEn: 'Query tool access and training',
		nameFr: "Accès à l'outil de requêtes et formation"
	},
	{ code: 'escalation', nameEn: 'Escalation process', nameFr: "Processus d'escalade" },
	{
		code: 'services',
		nameEn: 'Knowledge of RSCE services',
		nameFr: 'Connaissance des services du CSRE'
	},
	{
		code: 'communications',
		nameEn: 'Communications to staff',
		nameFr: 'Communication au personnel'
	},
	{ code: 'leadership', nameEn: 'Leadership commitment', nameFr: 'Engagement de la direction' },
	{ code: 'connectivity', nameEn: 'Connectivity', nameFr: 'Connectivité' }
];

export const FIRST_TEMPLATE = {
	greenFrom: 80,
	amberFrom: 50,
	note: 'First version, from the August 2021 multi-client workshop.'
};

export interface SeedItem {
	key: string;
	area: string;
	weight: number;
	required: boolean;
	titleEn: string;
	titleFr: string;
	guidanceEn: string;
	guidanceFr: string;
}

export const FIRST_ITEMS: SeedItem[] = [
	{
		key: 'csu-established',
		area: 'csu',
		weight: 3,
		required: true,
		titleEn: 'A Client Support Unit is set up at mission level',
		titleFr: "Une unité d'appui aux clients est en place au niveau de la mission",
		guidanceEn:
			'Queries are treated at mission level first; only what the mission cannot resolve goes to the RSCE. Attach the decision or organigram that creates the unit.',
		guidanceFr:
			"Les requêtes sont d'abord traitées au niveau de la mission ; seules celles qu'elle ne peut résoudre vont au CSRE. Joindre la décision ou l'organigramme qui crée l'unité."
	},
	{
		key: 'csu-focal-point',
		area: 'csu',
		weight: 2,
		required: true,
		titleEn: 'A CSDM focal point is named and known to CSDP',
		titleFr: 'Un point focal du CSDM est désigné et connu du CSDP',
		guidanceEn: 'Give the name and the date CSDP was told.',
		guidanceFr: 'Indiquer le nom et la date à laquelle le CSDP a été informé.'
	},
	{
		key: 'csu-staff-named',
		area: 'csu',
		weight: 2,
		required: false,
		titleEn: 'CSU staff are named, with a back-up for each role',
		titleFr: "Le personnel de l'unité est désigné, avec un suppléant pour chaque rôle",
		guidanceEn: 'A list of names and roles is enough.',
		guidanceFr: 'Une liste des noms et des rôles suffit.'
	},
	{
		key: 'csu-hours-channel',
		area: 'csu',
		weight: 1,
		required: false,
		titleEn: 'CSU working hours and contact channel are set',
		titleFr: "Les heures d'ouverture et le canal de contact de l'unité sont fixés",
		guidanceEn: 'Hours, the mailbox or phone line clients use, and who covers absences.',
		guidanceFr:
			'Horaires, adresse électronique ou ligne téléphonique des clients, et qui assure les absences.'
	},
	{
		key: 'tool-access',
		area: 'query_tool',
		weight: 3,
		required: true,
		titleEn: 'CSU staff have accounts in the iNeed query tool',
		titleFr: "Le personnel de l'unité dispose de comptes dans l'outil de requêtes iNeed",
		guidanceEn: 'Accounts are requested through RFTS; list who has access.',
		guidanceFr: 'Les comptes sont demandés auprès du RFTS ; indiquer qui y a accès.'
	},
	{
		key: 'tool-training',
		area: 'query_tool',
		weight: 3,
		required: true,
		titleEn: 'CSU staff completed iNeed training',
		titleFr: "Le personnel de l'unité a suivi la formation iNeed",
		guidanceEn: 'Training is given with RFTS. Give the date and who attended.',
		guidanceFr: 'La formation est donnée avec le RFTS. Indiquer la date et les participants.'
	},
	{
		key: 'tool-mission-view',
		area: 'query_tool',
		weight: 1,
		required: false,
		titleEn: 'The mission can see and report on its own cases',
		titleFr: 'La mission peut consulter ses propres dossiers et en rendre compte',
		guidanceEn:
			'How many cases were handled at mission level, resolved, closed and escalated — as UNSOS did with its own view of iNeed.',
		guidanceFr:
			"Combien de dossiers ont été traités au niveau de la mission, résolus, clos et transmis — comme la UNSOS avec sa propre vue d'iNeed."
	},
	{
		key: 'tool-categories',
		area: 'query_tool',
		weight: 1,
		required: false,
		titleEn: 'Query categories and service lines are set up for the mission',
		titleFr:
			'Les catégories de requêtes et les domaines de service sont configurés pour la mission',
		guidanceEn: 'Confirm with CSDP that every RSCE service line the mission uses is listed.',
		guidanceFr:
			'Vérifier avec le CSDP que chaque domaine de service du CSRE utilisé par la mission figure dans la liste.'
	},
	{
		key: 'escalation-agreed',
		area: 'escalation',
		weight: 3,
		required: true,
		titleEn: 'The escalation process is agreed with CSDP',
		titleFr: "Le processus d'escalade est convenu avec le CSDP",
		guidanceEn: 'A consistent approach: what goes to the RSCE, how, and how the answer comes back.',
		guidanceFr:
			'Une approche cohérente : ce qui est transmis au CSRE, comment, et comment la réponse revient.'
	},
	{
		key: 'escalation-tiers',
		area: 'escalation',
		weight: 2,
		required: false,
		titleEn: 'CSU staff know what is resolved at mission level and what is escalated',
		titleFr:
			"Le personnel de l'unité sait ce qui se règle au niveau de la mission et ce qui est transmis",
		guidanceEn: 'A short guide or examples per service line.',
		guidanceFr: 'Un guide court ou des exemples par domaine de service.'
	},
	{
		key: 'escalation-contacts',
		area: 'escalation',
		weight: 1,
		required: false,
		titleEn: 'CSDP contacts for each service line are shared with the CSU',
		titleFr: "Les contacts du CSDP pour chaque domaine de service sont communiqués à l'unité",
		guidanceEn: 'Names or mailboxes, kept up to date.',
		guidanceFr: 'Noms ou adresses, tenus à jour.'
	},
	{
		key: 'services-briefing',
		area: 'services',
		weight: 2,
		required: false,
		titleEn: 'CSU staff were briefed on RSCE service lines',
		titleFr: "Le personnel de l'unité a été informé des domaines de service du CSRE",
		guidanceEn: 'The CSDM presentation from the workshop, or a later session.',
		guidanceFr: "La présentation du CSDM faite à l'atelier, ou une séance ultérieure."
	},
	{
		key: 'services-catalogue',
		area: 'services',
		weight: 1,
		required: false,
		titleEn: 'The RSCE service catalogue and resolution targets are at hand',
		titleFr: 'Le catalogue des services du CSRE et les délais de résolution sont à disposition',
		guidanceEn: 'Where CSU staff find them.',
		guidanceFr: "Où le personnel de l'unité les trouve."
	},
	{
		key: 'services-kpis',
		area: 'services',
		weight: 1,
		required: false,
		titleEn: 'The CSU knows the indicators it will report on',
		titleFr: "L'unité connaît les indicateurs dont elle rendra compte",
		guidanceEn:
			'Handled at mission level, escalated to the RSCE, resolved within target, satisfaction.',
		guidanceFr:
			'Traitées au niveau de la mission, transmises au CSRE, résolues dans les délais, satisfaction.'
	},
	{
		key: 'comms-announcement',
		area: 'communications',
		weight: 2,
		required: true,
		titleEn: 'Staff were told of the launch and of the one channel for queries',
		titleFr: 'Le personnel a été informé du lancement et du canal unique des requêtes',
		guidanceEn: 'A broadcast, town hall or information circular; give its date.',
		guidanceFr:
			"Un message général, une réunion ou une circulaire d'information ; en indiquer la date."
	},
	{
		key: 'comms-client-guide',
		area: 'communications',
		weight: 1,
		required: false,
		titleEn: 'Clients have a short guide on how to raise a query',
		titleFr: 'Les clients disposent d’un guide court pour soumettre une requête',
		guidanceEn: "Published where staff look: the mission's intranet or notice boards.",
		guidanceFr: "Publié là où le personnel le trouvera : l'intranet ou les panneaux d'affichage."
	},
	{
		key: 'comms-forum',
		area: 'communications',
		weight: 1,
		required: false,
		titleEn: 'The mission takes part in the monthly CSDM forum',
		titleFr: 'La mission participe au forum mensuel du CSDM',
		guidanceEn: 'The forum was agreed at the workshop, from September 2021.',
		guidanceFr: "Le forum a été convenu à l'atelier, à partir de septembre 2021."
	},
	{
		key: 'leadership-endorsement',
		area: 'leadership',
		weight: 3,
		required: true,
		titleEn: 'Mission leadership endorsed the launch',
		titleFr: 'La direction de la mission a approuvé le lancement',
		guidanceEn: 'A memo or meeting record from the Director or Chief of Mission Support.',
		guidanceFr: "Une note ou un compte rendu du directeur ou du chef de l'appui à la mission."
	},
	{
		key: 'leadership-sponsor',
		area: 'leadership',
		weight: 1,
		required: false,
		titleEn: 'A senior sponsor follows progress',
		titleFr: 'Un responsable de haut niveau suit les progrès',
		guidanceEn: 'Who, and how often they are updated.',
		guidanceFr: 'Qui, et à quelle fréquence il ou elle est tenu informé.'
	},
	{
		key: 'connectivity-duty-stations',
		area: 'connectivity',
		weight: 2,
		required: true,
		titleEn: 'Connectivity at the duty stations is enough to use the query tool',
		titleFr: "La connectivité des lieux d'affectation suffit pour utiliser l'outil de requêtes",
		guidanceEn: 'Tested from each duty station that will log queries.',
		guidanceFr: "Vérifiée depuis chaque lieu d'affectation qui enregistrera des requêtes."
	},
	{
		key: 'connectivity-fallback',
		area: 'connectivity',
		weight: 1,
		required: false,
		titleEn: 'A fallback channel exists when the tool cannot be reached',
		titleFr: "Un canal de secours existe quand l'outil est inaccessible",
		guidanceEn: 'For example email to the CSU mailbox, entered in the tool later.',
		guidanceFr: "Par exemple un courriel à la boîte de l'unité, saisi dans l'outil par la suite."
	}
];

type SeedAnswer = [
	key: string,
	status: ChecklistStatus,
	evidence: string,
	owner: string,
	due: string | null,
	reason?: string
];

/**
 * Answers given after the workshop by a few missions, so that the overview shows a spread.
 * UNMISS, launching in September 2021, had every item done. The day is when the answer was
 * recorded; the history shows the score as it moved.
 */
export const SEEDED_ANSWERS: { mission: string; day: string; answers: SeedAnswer[] }[] = [
	{
		mission: 'UNMISS',
		day: '2021-08-20',
		answers: FIRST_ITEMS.map((i) => [
			i.key,
			'done',
			'Confirmed with CSDP before launch.',
			'UNMISS CSU',
			null
		])
	},
	{
		mission: 'UNOCA',
		day: '2021-08-30',
		answers: [
			[
				'csu-established',
				'done',
				'CSU set up by the Chief of Mission Support.',
				'CMS office',
				null
			],
			['csu-focal-point', 'done', 'Focal point named and introduced to CSDP.', 'CMS office', null],
			['csu-staff-named', 'done', 'Two staff and one back-up named.', 'CSU lead', null],
			['tool-access', 'done', 'Accounts created by RFTS.', 'CSU lead', null],
			[
				'tool-training',
				'in_progress',
				'First session held; second planned.',
				'CSU lead',
				'2021-09-20'
			],
			['escalation-agreed', 'in_progress', 'Draft shared with CSDP.', 'CSU lead', '2021-09-15'],
			['services-briefing', 'done', 'Attended the workshop presentation.', 'CSU lead', null],
			['comms-announcement', 'not_started', '', 'Public information', '2021-09-30'],
			['leadership-endorsement', 'done', 'Endorsed at the senior management meeting.', 'CMS', null],
			['connectivity-duty-stations', 'done', 'Tested from Libreville.', 'ICT', null],
			[
				'connectivity-fallback',
				'not_applicable',
				'',
				'ICT',
				null,
				'Single duty station with redundant links.'
			]
		]
	},
	{
		mission: 'UNOWAS',
		day: '2021-09-02',
		answers: [
			['csu-established', 'done', 'CSU set up within Mission Support.', 'CMS', null],
			['csu-focal-point', 'done', 'Focal point named.', 'CMS', null],
			['tool-access', 'in_progress', 'Account requests sent to RFTS.', 'CSU lead', '2021-09-17'],
			['escalation-agreed', 'not_started', '', 'CSU lead', '2021-10-01'],
			[
				'leadership-endorsement',
				'in_progress',
				'On the agenda of the next meeting.',
				'CMS',
				'2021-09-10'
			],
			['comms-forum', 'done', 'Registered for the September forum.', 'CSU lead', null]
		]
	},
	{
		mission: 'MINURSO',
		day: '2021-09-03',
		answers: [
			['csu-focal-point', 'done', 'Focal point named.', 'CMS', null],
			[
				'connectivity-duty-stations',
				'in_progress',
				'Team sites still to be tested.',
				'FTS',
				'2021-10-15'
			],
			['tool-access', 'not_started', '', 'CSU lead', '2021-10-01']
		]
	},
	{
		mission: 'OSESG-GL',
		day: '2021-08-31',
		answers: [
			[
				'csu-established',
				'in_progress',
				'Shared CSU with the Nairobi offices under discussion.',
				'Chief of Staff',
				'2021-09-30'
			],
			['csu-focal-point', 'done', 'Focal point named.', 'Chief of Staff', null],
			['services-briefing', 'done', 'Attended the workshop presentation.', 'Focal point', null],
			['services-catalogue', 'done', 'Catalogue saved on the shared drive.', 'Focal point', null],
			[
				'leadership-endorsement',
				'done',
				'Endorsed by the Special Envoy’s office.',
				'Chief of Staff',
				null
			]
		]
	}
];
