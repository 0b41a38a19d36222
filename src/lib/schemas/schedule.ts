import { z } from 'zod';
import { MISSION_KINDS, PLAN_STATUSES } from '$lib/vocabulary';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * The schedule's filters from the address bar. Anything that does not read is dropped (and the
 * page says so) rather than refused: a mistyped link still shows the schedule.
 */
export const scheduleFiltersSchema = z.object({
	kind: z.enum(MISSION_KINDS).or(z.literal('')).catch(''),
	status: z
		.enum([...PLAN_STATUSES, 'none'])
		.or(z.literal(''))
		.catch(''),
	from: month.optional().catch(undefined),
	to: month.optional().catch(undefined)
});
export type ScheduleQuery = z.infer<typeof scheduleFiltersSchema>;
