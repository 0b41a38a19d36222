/**
 * The rollout as the source document describes it (RSCE, September 2021): nine client
 * missions at the 24–25 August 2021 virtual workshop, the missions already live, UNMISS about
 * to launch, and the centre's service lines. The source names no go-live days for the live
 * missions, only that they had launched (UNSOS in 2019); the days below are placeholders of
 * the right year, to be corrected by CSDP staff in the app.
 */
import type { MissionKind, WorkshopMode } from '$lib/vocabulary';

export interface SeedMission {
	code: string;
	name: string;
	kind: MissionKind;
	country: string;
	dutyStation: string;
	timeZone: string;
	weekendDays: string;
	goLiveDate: string | null;
}

export const CENTRE = {
	name: 'Regional Service Centre Entebbe (RSCE)',
	timeZone: 'Africa/Kampala',
	weekendDays: '6,7'
} as const;

export const WORKSHOP_MISSIONS: SeedMission[] = [
	{
		code: 'UNITAMS',
		name: 'United Nations Integrated Transition Assistance Mission in Sudan',
		kind: 'spm',
		country: 'Sudan',
		dutyStation: 'Khartoum',
		timeZone: 'Africa/Khartoum',
		weekendDays: '5,6',
		goLiveDate: null
	},
	{
		code: 'UNSMIL',
		name: 'United Nations Support Mission in Libya',
		kind: 'spm',
		country: 'Libya',
		dutyStation: 'Tripoli',
		timeZone: 'Africa/Tripoli',
		weekendDays: '5,6',
		goLiveDate: null
	},
	{
		code: 'UNOCA',
		name: 'United Nations Regional Office for Central Africa',
		kind: 'spm',
		country: 'Gabon',
		dutyStation: 'Libreville',
		timeZone: 'Africa/Libreville',
		weekendDays: '6,7',
		goLiveDate: null
	},
	{
		code: 'OSESG-GL',
		name: 'Office of the Special Envoy of the Secretary-General for the Great Lakes Region',
		kind: 'spm',
		country: 'Kenya',
		dutyStation: 'Nairobi',
		timeZone: 'Africa/Nairobi',
		weekendDays: '6,7',
		goLiveDate: null
	},
	{
		code: 'UNOWAS',
		name: 'United Nations Office for West Africa and the Sahel',
		kind: 'spm',
		country: 'Senegal',
		dutyStation: 'Dakar',
		timeZone: 'Africa/Dakar',
		weekendDays: '6,7',
		goLiveDate: null
	},
	{
		code: 'CNMC',
		name: 'Cameroon-Nigeria Mixed Commission',
		kind: 'spm',
		country: 'Senegal',
		dutyStation: 'Dakar',
		timeZone: 'Africa/Dakar',
		weekendDays: '6,7',
		goLiveDate: null
	},
	{
		code: 'UNOAU',
		name: 'United Nations Office to the African Union',
		kind: 'spm',
		country: 'Ethiopia',
		dutyStation: 'Addis Ababa',
		timeZone: 'Africa/Addis_Ababa',
		weekendDays: '6,7',
		goLiveDate: null
	},
	{
		code: 'OSE-HOA',
		name: 'Office of the Special Envoy of the Secretary-General for the Horn of Africa',
		kind: 'spm',
		country: 'Ethiopia',
		dutyStation: 'Addis Ababa',
		timeZone: 'Africa/Addis_Ababa',
		weekendDays: '6,7',
		goLiveDate: null
	},
	{
		code: 'MINURSO',
		name: 'United Nations Mission for the Referendum in Western Sahara',
		kind: 'pko',
		country: 'Western Sahara',
		dutyStation: 'Laayoune',
		timeZone: 'Africa/El_Aaiun',
		weekendDays: '6,7',
		goLiveDate: null
	}
];

export const LIVE_MISSIONS: SeedMission[] = [
	{
		code: 'UNSOS',
		name: 'United Nations Support Office in Somalia',
		kind: 'other',
		country: 'Somalia',
		dutyStation: 'Mogadishu',
		timeZone: 'Africa/Mogadishu',
		weekendDays: '5,6',
		goLiveDate: '2019-07-01'
	},
	{
		code: 'UNISFA',
		name: 'United Nations Interim Security Force for Abyei',
		kind: 'pko',
		country: 'Abyei Area (Sudan / South Sudan)',
		dutyStation: 'Abyei',
		timeZone: 'Africa/Khartoum',
		weekendDays: '6,7',
		goLiveDate: '2020-03-02'
	},
	{
		code: 'MONUSCO',
		name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
		kind: 'pko',
		country: 'Democratic Republic of the Congo',
		dutyStation: 'Kinshasa',
		timeZone: 'Africa/Kinshasa',
		weekendDays: '6,7',
		goLiveDate: '2020-07-01'
	},
	{
		code: 'MINUSMA',
		name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
		kind: 'pko',
		country: 'Mali',
		dutyStation: 'Bamako',
		timeZone: 'Africa/Bamako',
		weekendDays: '6,7',
		goLiveDate: '2020-11-02'
	},
	{
		code: 'MINUSCA',
		name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
		kind: 'pko',
		country: 'Central African Republic',
		dutyStation: 'Bangui',
		timeZone: 'Africa/Bangui',
		weekendDays: '6,7',
		goLiveDate: '2021-02-01'
	}
];

/** Scheduled to launch in September 2021; its launch plan (and go-live) comes with plans. */
export const UPCOMING_MISSIONS: SeedMission[] = [
	{
		code: 'UNMISS',
		name: 'United Nations Mission in South Sudan',
		kind: 'pko',
		country: 'South Sudan',
		dutyStation: 'Juba',
		timeZone: 'Africa/Juba',
		weekendDays: '6,7',
		goLiveDate: null
	}
];

export const SERVICE_LINES = [
	{ code: 'BEN-PAY', nameEn: 'Benefits and payroll', nameFr: 'Prestations et paie' },
	{
		code: 'ONB-SEP',
		nameEn: 'Onboarding and separation',
		nameFr: 'Intégration et cessation de service'
	},
	{ code: 'TRAVEL', nameEn: 'Travel', nameFr: 'Voyages' },
	{ code: 'ENT-TRAVEL', nameEn: 'Entitlement travel', nameFr: 'Voyages au titre des droits' },
	{ code: 'EDU-GRANT', nameEn: 'Education grant', nameFr: "Indemnité pour frais d'études" },
	{ code: 'VENDORS', nameEn: 'Vendors', nameFr: 'Fournisseurs' },
	{ code: 'UNIFORMED', nameEn: 'Uniformed personnel', nameFr: 'Personnel en tenue' },
	{ code: 'TIME-ATT', nameEn: 'Time and attendance', nameFr: 'Temps et présence' }
];

export const WORKSHOP_2021: {
	title: string;
	mode: WorkshopMode;
	firstDay: string;
	lastDay: string;
	host: string;
	groups: { name: string; facilitator: string; missions: string[] }[];
} = {
	title: 'CSDM multi-client virtual workshop',
	mode: 'virtual',
	firstDay: '2021-08-24',
	lastDay: '2021-08-25',
	host: CENTRE.name,
	// The source says three breakouts of three missions each, not which; grouped here by region.
	groups: [
		{
			name: 'Breakout 1 — North Africa',
			facilitator: 'CSDP client services team',
			missions: ['UNITAMS', 'UNSMIL', 'MINURSO']
		},
		{
			name: 'Breakout 2 — Central and West Africa',
			facilitator: 'CSDP client services team',
			missions: ['UNOCA', 'UNOWAS', 'CNMC']
		},
		{
			name: 'Breakout 3 — Great Lakes and Horn of Africa',
			facilitator: 'CSDP client services team',
			missions: ['OSESG-GL', 'UNOAU', 'OSE-HOA']
		}
	]
};
