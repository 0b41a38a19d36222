/** The demo accounts the test servers make (DEMO_ACCOUNTS=1), one per role. */
export const DEMO_PASSWORD = 'demo-password-2021';

export const ACCOUNTS = {
	admin: 'admin@demo.csdm',
	csdp: 'csdp@demo.csdm',
	agent: 'agent@demo.csdm',
	focal: 'focal@demo.csdm',
	focalUnsmil: 'focal.unsmil@demo.csdm',
	focalUnoca: 'focal.unoca@demo.csdm',
	focalUnsos: 'focal.unsos@demo.csdm',
	focalCnmc: 'focal.cnmc@demo.csdm',
	focalUnoau: 'focal.unoau@demo.csdm',
	leadership: 'leadership@demo.csdm'
} as const;
export type Account = keyof typeof ACCOUNTS;
