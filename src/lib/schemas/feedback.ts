import { z } from 'zod';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';
import {
	choice,
	id,
	optionalPlainDate,
	optionalText,
	plainDate,
	requiredText,
	version
} from './common';
import { STATEMENT_MAX } from './assessments';

/**
 * The session a piece of feedback came from, as one choice: `workshop:<id>`, `forum:<id>`, or
 * `other` for feedback given at any time.
 */
const session = z
	.string({ error: () => m.validation_choice() })
	.trim()
	.regex(/^(workshop:[1-9]\d{0,8}|forum:[1-9]\d{0,8}|other)$/, {
		error: () => m.validation_choice()
	});

/** What a mission tells the centre about one of its service lines. */
export const feedbackSchema = z.object({
	missionId: id(),
	serviceLineId: id(),
	kind: choice(FEEDBACK_KINDS),
	body: requiredText(STATEMENT_MAX),
	session,
	givenOn: plainDate()
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** The service line's answer: once it is working on the feedback, it says how. */
export const feedbackResponseSchema = z
	.object({
		feedbackId: id(),
		status: choice(FEEDBACK_STATUSES),
		response: optionalText(STATEMENT_MAX),
		dueDate: optionalPlainDate(),
		version: version()
	})
	.superRefine((r, ctx) => {
		if (r.status !== 'received' && !r.response) {
			ctx.addIssue({ code: 'custom', path: ['response'], message: m.feedback_response_needed() });
		}
	});
export type FeedbackResponseInput = z.infer<typeof feedbackResponseSchema>;

/** The feedback list's filters from the address bar; what does not read is dropped. */
export const feedbackFiltersSchema = z.object({
	mission: z
		.string()
		.trim()
		.toUpperCase()
		.max(20)
		.regex(/^[A-Z0-9-]*$/)
		.catch(''),
	line: z.coerce.number().int().min(0).max(1_000_000).catch(0).default(0),
	kind: z.enum(FEEDBACK_KINDS).or(z.literal('')).catch(''),
	status: z.enum(FEEDBACK_STATUSES).or(z.literal('')).catch('')
});
