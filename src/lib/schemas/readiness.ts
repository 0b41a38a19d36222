import { z } from 'zod';
import { CHECKLIST_STATUSES } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';
import { choice, id, optionalPlainDate, optionalText, requiredText, version } from './common';

/** A link given as evidence: empty, or an http(s) address (never javascript:, file:, …). */
export const evidenceUrl = () =>
	z
		.string()
		.trim()
		.max(500, { error: () => m.validation_too_long({ max: 500 }) })
		.refine(
			(v) => {
				if (v === '') return true;
				try {
					const url = new URL(v);
					return url.protocol === 'http:' || url.protocol === 'https:';
				} catch {
					return false;
				}
			},
			{ error: () => m.validation_http_link() }
		)
		.default('');

/** A mission's answer to one checklist item. */
export const responseSchema = z
	.object({
		itemId: id(),
		/** The answer's version as the person saw it; 0 when it had never been saved. */
		version: z.coerce
			.number({ error: () => m.validation_version() })
			.int({ error: () => m.validation_version() })
			.min(0, { error: () => m.validation_version() }),
		status: choice(CHECKLIST_STATUSES),
		notApplicableReason: optionalText(500),
		evidence: optionalText(2000),
		evidenceUrl: evidenceUrl(),
		owner: optionalText(120),
		dueDate: optionalPlainDate()
	})
	.superRefine((r, ctx) => {
		if (r.status === 'not_applicable' && r.notApplicableReason === '') {
			ctx.addIssue({
				code: 'custom',
				path: ['notApplicableReason'],
				message: m.validation_not_applicable_reason()
			});
		}
	});
export type ResponseInput = z.infer<typeof responseSchema>;

/**
 * A weight is a whole number from 0 to 100, typed as text so that an empty or non-numeric
 * field is refused instead of being read as 0.
 */
const weight = () =>
	z
		.string({ error: () => m.validation_weight() })
		.trim()
		.regex(/^\d{1,3}$/, { error: () => m.validation_weight() })
		.refine((v) => Number(v) <= 100, { error: () => m.validation_weight() });

/** An item of the draft checklist, new (itemId 0) or edited. */
export const checklistItemSchema = z.object({
	itemId: z.coerce
		.number({ error: () => m.validation_choice() })
		.int()
		.min(0)
		.default(0),
	version: z.coerce.number().int().min(0).default(0),
	areaId: id(),
	titleEn: requiredText(300),
	titleFr: requiredText(300),
	guidanceEn: optionalText(1000),
	guidanceFr: optionalText(1000),
	weight: weight(),
	required: z.boolean().default(false)
});
export type ChecklistItemInput = z.infer<typeof checklistItemSchema>;

export const removeItemSchema = z.object({ itemId: id(), version: version() });

/** The draft's own settings: the red/amber/green thresholds and a note on what changed. */
export const templateSettingsSchema = z
	.object({
		version: version(),
		greenFrom: z.coerce
			.number({ error: () => m.validation_threshold() })
			.int({ error: () => m.validation_threshold() })
			.min(1, { error: () => m.validation_threshold() })
			.max(100, { error: () => m.validation_threshold() }),
		amberFrom: z.coerce
			.number({ error: () => m.validation_threshold() })
			.int({ error: () => m.validation_threshold() })
			.min(1, { error: () => m.validation_threshold() })
			.max(100, { error: () => m.validation_threshold() }),
		note: optionalText(1000)
	})
	.refine((t) => t.amberFrom < t.greenFrom, {
		path: ['amberFrom'],
		error: () => m.validation_threshold_order()
	});
export type TemplateSettingsInput = z.infer<typeof templateSettingsSchema>;

export const publishSchema = z.object({ version: version() });
