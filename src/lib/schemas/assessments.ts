import { z } from 'zod';
import { ACTION_STATUSES, ENTRY_KINDS, IMPACTS } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';
import { choice, id, optionalPlainDate, optionalText, requiredText, version } from './common';

/** Long enough for a paragraph of notes, short enough that a pasted document is refused. */
export const STATEMENT_MAX = 2000;

export const areaSchema = z.object({
	nameEn: requiredText(120),
	nameFr: requiredText(120),
	position: z.coerce
		.number({ error: () => m.validation_number() })
		.int({ error: () => m.validation_number() })
		.min(0, { error: () => m.validation_number() })
		.max(999, { error: () => m.validation_number() })
		.default(0)
});
export type AreaInput = z.infer<typeof areaSchema>;

export const areaEditSchema = areaSchema.extend({
	areaId: id(),
	active: z.coerce.boolean().default(false),
	version: version()
});
export type AreaEditInput = z.infer<typeof areaEditSchema>;

const impact = choice(['', ...IMPACTS]).default('');

/** A weakness needs its impact and an improvement action with an owner; a strength needs none. */
const weaknessNeeds = <
	T extends { kind: string; impact: string; actionDescription: string; actionOwner: string }
>(
	e: T,
	ctx: z.RefinementCtx
) => {
	if (e.kind !== 'weakness') return;
	if (!e.impact) ctx.addIssue({ code: 'custom', path: ['impact'], message: m.validation_impact() });
	if (!e.actionDescription) {
		ctx.addIssue({
			code: 'custom',
			path: ['actionDescription'],
			message: m.validation_action_needed()
		});
	}
	if (!e.actionOwner) {
		ctx.addIssue({ code: 'custom', path: ['actionOwner'], message: m.validation_owner() });
	}
};

/** One line typed in the breakout: the capture page, its action and any import share it. */
export const entrySchema = z
	.object({
		missionId: id(),
		kind: choice(ENTRY_KINDS),
		areaId: id(),
		statement: requiredText(STATEMENT_MAX),
		impact,
		actionDescription: optionalText(STATEMENT_MAX),
		actionOwner: optionalText(200),
		actionDueDate: optionalPlainDate()
	})
	.superRefine(weaknessNeeds);
export type EntryInput = z.infer<typeof entrySchema>;

export const entryEditSchema = z
	.object({
		entryId: id(),
		kind: choice(ENTRY_KINDS),
		areaId: id(),
		statement: requiredText(STATEMENT_MAX),
		impact,
		version: version()
	})
	.superRefine((e, ctx) => {
		if (e.kind === 'weakness' && !e.impact) {
			ctx.addIssue({ code: 'custom', path: ['impact'], message: m.validation_impact() });
		}
	});
export type EntryEditInput = z.infer<typeof entryEditSchema>;

export const entryDeleteSchema = z.object({ entryId: id(), version: version() });

/** What a focal point may change on their mission's action: how it stands. */
export const actionProgressSchema = z.object({
	actionId: id(),
	status: choice(ACTION_STATUSES),
	closingNote: optionalText(STATEMENT_MAX),
	version: version()
});
export type ActionProgressInput = z.infer<typeof actionProgressSchema>;

/** CSDP staff may also reword the action, hand it to someone else or move its date. */
export const actionEditSchema = actionProgressSchema.extend({
	description: requiredText(STATEMENT_MAX),
	owner: requiredText(200),
	dueDate: optionalPlainDate()
});
export type ActionEditInput = z.infer<typeof actionEditSchema>;
