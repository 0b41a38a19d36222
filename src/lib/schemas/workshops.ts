import { z } from 'zod';
import { WORKSHOP_MODES } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';
import { choice, id, plainDate, requiredText, version } from './common';

export const workshopSchema = z
	.object({
		title: requiredText(200),
		mode: choice(WORKSHOP_MODES),
		firstDay: plainDate(),
		lastDay: plainDate(),
		host: requiredText(200),
		missionIds: z.array(id()).max(100).default([]),
		groupCount: z.coerce.number().int().min(0).max(12).default(0)
	})
	.refine((w) => w.lastDay >= w.firstDay, {
		path: ['lastDay'],
		error: () => m.validation_last_day_before_first()
	});
export type WorkshopInput = z.infer<typeof workshopSchema>;

export const workshopEditSchema = workshopSchema.safeExtend({ version: version() });

export const breakoutGroupSchema = z.object({
	name: requiredText(120),
	facilitator: z
		.string()
		.trim()
		.max(200, { error: () => m.validation_too_long({ max: 200 }) })
		.default('')
});

/**
 * A group's name and facilitator as the person saw them: the table keeps no version, so the
 * values themselves tell a stale save from a fresh one.
 */
export const breakoutGroupEditSchema = breakoutGroupSchema.extend({
	groupId: id(),
	seenName: z.string().max(120).default(''),
	seenFacilitator: z.string().max(200).default('')
});

/** Moves one mission of the workshop into a group, or out of every group (groupId 0). */
export const assignmentSchema = z.object({
	missionId: id(),
	groupId: z.coerce
		.number({ error: () => m.validation_choice() })
		.int()
		.min(0)
});
