import { z } from 'zod';
import { ACTION_SOURCES, ACTION_STATUSES } from '$lib/vocabulary';

/** `active` reads "open or in progress": what is still to be done. */
export const REGISTER_STATUSES = ['active', ...ACTION_STATUSES] as const;

/**
 * The register's filters from the address bar. What does not read is dropped rather than
 * refused, so a mistyped link still shows the register.
 */
export const registerFiltersSchema = z.object({
	mission: z
		.string()
		.trim()
		.toUpperCase()
		.max(20)
		.regex(/^[A-Z0-9-]*$/)
		.catch(''),
	owner: z.string().trim().max(200).catch(''),
	source: z.enum(ACTION_SOURCES).or(z.literal('')).catch(''),
	status: z.enum(REGISTER_STATUSES).or(z.literal('')).catch(''),
	overdue: z
		.string()
		.transform((v) => v === '1' || v === 'on' || v === 'true')
		.catch(false)
		.default(false)
});
export type RegisterFilters = z.infer<typeof registerFiltersSchema>;
