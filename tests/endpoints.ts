import type { Account } from './fixtures';

export type FieldKind = 'text' | 'date' | 'id' | 'email' | 'password' | 'bool' | 'choice';

/**
 * Every form action of the app with its fields, and the roles that post to it in the
 * hostile-input suite: those allowed and, on purpose, those refused. A new action is added here.
 */
export const ENDPOINTS: {
	url: string;
	roles: (Account | 'anonymous')[];
	fields: Record<string, FieldKind>;
}[] = [
	{ url: '/login', roles: ['anonymous'], fields: { email: 'email', password: 'password' } },
	{
		url: '/language',
		roles: ['anonymous', 'focal'],
		fields: { locale: 'choice', redirectTo: 'text' }
	},
	{
		url: '/workshops/new',
		roles: ['csdp', 'focal', 'leadership'],
		fields: {
			title: 'text',
			mode: 'choice',
			firstDay: 'date',
			lastDay: 'date',
			host: 'text',
			missionIds: 'id',
			groupCount: 'id'
		}
	},
	{
		url: '/workshops/1/edit',
		roles: ['csdp', 'leadership'],
		fields: {
			title: 'text',
			mode: 'choice',
			firstDay: 'date',
			lastDay: 'date',
			host: 'text',
			missionIds: 'id',
			version: 'id'
		}
	},
	{
		url: '/workshops/1?/assign',
		roles: ['csdp', 'focal'],
		fields: { missionId: 'id', groupId: 'id' }
	},
	{
		url: '/workshops/1?/addGroup',
		roles: ['csdp', 'agent'],
		fields: { name: 'text', facilitator: 'text' }
	},
	{
		url: '/workshops/1?/updateGroup',
		roles: ['csdp'],
		fields: {
			groupId: 'id',
			name: 'text',
			facilitator: 'text',
			seenName: 'text',
			seenFacilitator: 'text'
		}
	},
	{
		url: '/admin/users',
		roles: ['admin', 'csdp'],
		fields: {
			name: 'text',
			email: 'email',
			role: 'choice',
			missionId: 'id',
			serviceLineId: 'id',
			locale: 'choice',
			password: 'password'
		}
	},
	{
		url: '/missions/UNITAMS/readiness?/save',
		roles: ['focal', 'focalUnsmil', 'leadership', 'csdp'],
		fields: {
			itemId: 'id',
			version: 'id',
			status: 'choice',
			notApplicableReason: 'text',
			evidence: 'text',
			evidenceUrl: 'text',
			owner: 'text',
			dueDate: 'date'
		}
	},
	{
		url: '/readiness/template?/saveItem',
		roles: ['csdp', 'focal'],
		fields: {
			itemId: 'id',
			areaId: 'id',
			titleEn: 'text',
			titleFr: 'text',
			guidanceEn: 'text',
			guidanceFr: 'text',
			weight: 'id',
			required: 'bool',
			version: 'id'
		}
	},
	{
		url: '/readiness/template?/removeItem',
		roles: ['csdp'],
		fields: { itemId: 'id', version: 'id' }
	},
	{
		url: '/readiness/template?/saveSettings',
		roles: ['csdp', 'leadership'],
		fields: { version: 'id', amberFrom: 'id', greenFrom: 'id', note: 'text' }
	},
	{ url: '/readiness/template?/startDraft', roles: ['csdp', 'leadership'], fields: {} },
	{ url: '/readiness/template?/publish', roles: ['csdp', 'focal'], fields: { version: 'id' } },
	{ url: '/readiness/template?/discard', roles: ['csdp', 'agent'], fields: { version: 'id' } },
	{
		url: '/assessments/areas?/save',
		roles: ['csdp', 'leadership'],
		fields: {
			areaId: 'id',
			nameEn: 'text',
			nameFr: 'text',
			position: 'id',
			active: 'bool',
			version: 'id'
		}
	},
	{
		url: '/workshops/1/breakouts/1?/delete',
		roles: ['csdp', 'focal'],
		fields: { entryId: 'id', version: 'id' }
	},
	{
		url: '/assessments/areas?/add',
		roles: ['csdp', 'focal'],
		fields: { nameEn: 'text', nameFr: 'text', position: 'id' }
	},
	{
		url: '/workshops/1/breakouts/1?/add',
		roles: ['csdp', 'focal', 'leadership'],
		fields: {
			missionId: 'id',
			kind: 'choice',
			areaId: 'id',
			statement: 'text',
			impact: 'choice',
			actionDescription: 'text',
			actionOwner: 'text',
			actionDueDate: 'date'
		}
	},
	{
		url: '/workshops/1/breakouts/1?/edit',
		roles: ['csdp'],
		fields: {
			entryId: 'id',
			kind: 'choice',
			areaId: 'id',
			statement: 'text',
			impact: 'choice',
			version: 'id'
		}
	},
	{
		url: '/missions/UNITAMS?/progress',
		roles: ['focal', 'focalUnsmil', 'leadership'],
		fields: { actionId: 'id', status: 'choice', closingNote: 'text', version: 'id' }
	},
	{
		url: '/missions/UNITAMS?/editAction',
		roles: ['csdp', 'focal'],
		fields: {
			actionId: 'id',
			status: 'choice',
			closingNote: 'text',
			description: 'text',
			owner: 'text',
			dueDate: 'date',
			version: 'id'
		}
	},
	{
		url: '/queries/new',
		roles: ['focalUnsos', 'agent', 'focal', 'leadership'],
		fields: {
			missionId: 'id',
			serviceLineId: 'id',
			requesterName: 'text',
			requesterEmail: 'email',
			requesterIndex: 'text',
			channel: 'choice',
			priority: 'choice',
			subject: 'text',
			description: 'text',
			idempotencyKey: 'text'
		}
	},
	{
		url: '/queries/UNSOS-4?/status',
		roles: ['focalUnsos', 'agent', 'focal', 'leadership'],
		fields: { version: 'id', status: 'choice', body: 'text' }
	},
	{
		url: '/queries/UNSOS-5?/escalate',
		roles: ['focalUnsos', 'agent', 'focalUnoca'],
		fields: { version: 'id', reason: 'text' }
	},
	{
		url: '/queries/UNSOS-6?/deEscalate',
		roles: ['agent', 'csdp', 'focalUnsos'],
		fields: { version: 'id', reason: 'text' }
	},
	{
		url: '/queries/UNSOS-7?/assign',
		roles: ['focalUnsos', 'agent', 'leadership'],
		fields: { version: 'id', assigneeId: 'text' }
	},
	{
		url: '/queries/UNSOS-8?/message',
		roles: ['focalUnsos', 'agent', 'focal'],
		fields: { kind: 'choice', body: 'text' }
	},
	{
		url: '/queries/UNSOS-9?/close',
		roles: ['focalUnsos', 'agent', 'leadership'],
		fields: { version: 'id', rating: 'text', ratingComment: 'text' }
	},
	{
		url: '/queries/UNSOS-10?/reopen',
		roles: ['focalUnsos', 'agent', 'focalUnsmil'],
		fields: { version: 'id', reason: 'text' }
	},
	{
		url: '/queries/import?/preview',
		roles: ['focalUnsos', 'csdp', 'leadership'],
		fields: { dateOrder: 'choice', csv: 'text' }
	},
	{
		url: '/queries/import?/import',
		roles: ['focalUnsos', 'csdp', 'focal'],
		fields: { dateOrder: 'choice', csv: 'text' }
	},
	{
		url: '/missions/UNSMIL/plan?/plan',
		roles: ['focalUnsmil', 'focal', 'leadership', 'csdp'],
		fields: { version: 'id', targetDate: 'date', notes: 'text', reason: 'text' }
	},
	{
		url: '/missions/UNSMIL/plan?/milestone',
		roles: ['focalUnsmil', 'focal', 'leadership'],
		fields: {
			milestoneId: 'id',
			version: 'id',
			title: 'text',
			owner: 'text',
			dueDate: 'date',
			doneDate: 'date'
		}
	},
	{
		url: '/missions/UNSMIL/plan?/removeMilestone',
		roles: ['focalUnsmil', 'agent'],
		fields: { milestoneId: 'id', version: 'id' }
	},
	{
		url: '/missions/UNOCA/plan?/move',
		roles: ['csdp', 'admin', 'focalUnoca', 'focal', 'leadership'],
		fields: { version: 'id', move: 'choice', overrideReason: 'text' }
	},
	{
		url: '/missions/UNOWAS/plan?/launch',
		roles: ['csdp', 'leadership', 'focal'],
		fields: { version: 'id', launchedOn: 'date' }
	},
	{ url: '/schedule?/renewFeed', roles: ['leadership', 'anonymous'], fields: {} },
	{ url: '/schedule?/revokeFeed', roles: ['focal', 'anonymous'], fields: {} },
	{
		url: '/admin/calendars?/addHoliday',
		roles: ['csdp', 'agent'],
		fields: { missionId: 'id', date: 'date', name: 'text' }
	},
	{
		url: '/admin/calendars?/removeHoliday',
		roles: ['csdp', 'focalUnsos'],
		fields: { id: 'id' }
	},
	{
		url: '/admin/calendars?/target',
		roles: ['admin', 'leadership'],
		fields: { serviceLineId: 'id', priority: 'choice', targetDays: 'text', seenDays: 'id' }
	},
	{
		url: '/forum?/create',
		roles: ['csdp', 'focal', 'leadership'],
		fields: {
			meetingDate: 'date',
			title: 'text',
			missionIds: 'id',
			agenda: 'text',
			notes: 'text',
			decisions: 'text'
		}
	},
	{
		url: '/forum/1?/save',
		roles: ['csdp', 'agent'],
		fields: {
			meetingDate: 'date',
			title: 'text',
			missionIds: 'id',
			agenda: 'text',
			notes: 'text',
			decisions: 'text',
			version: 'id'
		}
	},
	{
		url: '/forum/1?/addAction',
		roles: ['csdp', 'focal', 'leadership'],
		fields: { description: 'text', owner: 'text', missionId: 'id', dueDate: 'date' }
	},
	{
		url: '/forum/1?/editAction',
		roles: ['csdp', 'focalUnsmil'],
		fields: {
			actionId: 'id',
			description: 'text',
			owner: 'text',
			missionId: 'id',
			dueDate: 'date',
			status: 'choice',
			closingNote: 'text',
			version: 'id'
		}
	},
	{
		url: '/feedback?/give',
		roles: ['focal', 'csdp', 'leadership', 'agent'],
		fields: {
			missionId: 'id',
			serviceLineId: 'id',
			kind: 'choice',
			body: 'text',
			session: 'choice',
			givenOn: 'date'
		}
	},
	{
		url: '/feedback?/respond',
		roles: ['agent', 'csdp', 'focal', 'leadership'],
		fields: {
			feedbackId: 'id',
			status: 'choice',
			response: 'text',
			dueDate: 'date',
			version: 'id'
		}
	}
];
