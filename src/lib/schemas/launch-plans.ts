import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { choice, id, optionalPlainDate, optionalText, plainDate, requiredText } from './common';

/** The plan's version as the person saw it; 0 when the mission had no plan yet. */
const seenVersion = () =>
	z.coerce
		.number({ error: () => m.validation_version() })
		.int({ error: () => m.validation_version() })
		.min(0, { error: () => m.validation_version() });

/** The plan itself: its target launch date and notes (a new plan is made by its first save). */
export const planSchema = z.object({
	version: seenVersion(),
	targetDate: optionalPlainDate(),
	notes: optionalText(4000),
	/** Why the target date moved; required once the plan has a baseline. */
	reason: optionalText(1000)
});
export type PlanInput = z.infer<typeof planSchema>;

/** A milestone, new (milestoneId 0) or edited. */
export const milestoneSchema = z.object({
	milestoneId: z.coerce
		.number({ error: () => m.validation_choice() })
		.int({ error: () => m.validation_choice() })
		.min(0, { error: () => m.validation_choice() })
		.default(0),
	version: seenVersion().default(0),
	title: requiredText(300),
	owner: optionalText(120),
	dueDate: plainDate(),
	doneDate: optionalPlainDate()
});
export type MilestoneInput = z.infer<typeof milestoneSchema>;

export const removeMilestoneSchema = z.object({ milestoneId: id(), version: seenVersion() });

/** The moves a person asks for; the rules of which are allowed live in the domain module. */
export const PLAN_MOVES = ['propose', 'return_to_draft', 'approve', 'hold', 'resume'] as const;
export type PlanMove = (typeof PLAN_MOVES)[number];

export const moveSchema = z.object({
	version: seenVersion(),
	move: choice(PLAN_MOVES),
	/** An admin approving past open required items says why. */
	overrideReason: optionalText(1000)
});
export type MoveInput = z.infer<typeof moveSchema>;

export const launchSchema = z.object({
	version: seenVersion(),
	launchedOn: plainDate()
});
export type LaunchInput = z.infer<typeof launchSchema>;
