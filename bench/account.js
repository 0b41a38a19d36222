/** The account the bench signs in with: CSDP staff read every mission and may import. */
export const BENCH_ACCOUNT = {
	name: 'Bench CSDP staff',
	email: 'bench@csdm.local',
	password: 'bench-password-2026',
	role: /** @type {const} */ ('csdp')
};
