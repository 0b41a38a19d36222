import { z } from 'zod';
import { ACTION_STATUSES } from '$lib/vocabulary';
import {
	choice,
	id,
	optionalId,
	optionalPlainDate,
	optionalText,
	plainDate,
	requiredText,
	version
} from './common';
import { STATEMENT_MAX } from './assessments';

/** Notes and decisions of a meeting run longer than one statement; a pasted document does not. */
export const MINUTES_MAX = 10_000;

/** A meeting as CSDP staff prepare it and write it up afterwards. */
export const meetingSchema = z.object({
	meetingDate: plainDate(),
	title: requiredText(200),
	missionIds: z.array(id()).max(100).default([]),
	agenda: optionalText(MINUTES_MAX),
	notes: optionalText(MINUTES_MAX),
	decisions: optionalText(MINUTES_MAX)
});
export type MeetingInput = z.infer<typeof meetingSchema>;

export const meetingEditSchema = meetingSchema.extend({ version: version() });
export type MeetingEditInput = z.infer<typeof meetingEditSchema>;

/** A new action item of a meeting; mission 0 is an action of the centre itself. */
export const forumActionSchema = z.object({
	description: requiredText(STATEMENT_MAX),
	owner: requiredText(200),
	missionId: optionalId,
	dueDate: optionalPlainDate()
});
export type ForumActionInput = z.infer<typeof forumActionSchema>;

/** Any change to an action item, closing it included. */
export const forumActionEditSchema = forumActionSchema.extend({
	actionId: id(),
	status: choice(ACTION_STATUSES),
	closingNote: optionalText(STATEMENT_MAX),
	version: version()
});
export type ForumActionEditInput = z.infer<typeof forumActionEditSchema>;
