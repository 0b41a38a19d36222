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
		fields: { groupId: 'id', name: 'text', facilitator: 'text' }
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
	}
];
