import { z } from 'zod';
import { LOCALES, ROLES } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';
import { choice, optionalId, requiredText, version } from './common';

/** The mission and service line a role needs, checked on every path that saves a user. */
const roleNeeds = <T extends { role: string; missionId: number; serviceLineId: number }>(
	u: T,
	ctx: z.RefinementCtx
) => {
	if (u.role === 'focal_point' && !u.missionId) {
		ctx.addIssue({
			code: 'custom',
			path: ['missionId'],
			message: m.validation_focal_point_mission()
		});
	}
	if (u.role === 'agent' && !u.serviceLineId) {
		ctx.addIssue({
			code: 'custom',
			path: ['serviceLineId'],
			message: m.validation_agent_service_line()
		});
	}
};

const userFields = {
	name: requiredText(120),
	email: z
		.string({ error: () => m.validation_required() })
		.trim()
		.toLowerCase()
		.max(254, { error: () => m.validation_too_long({ max: 254 }) })
		.pipe(z.email({ error: () => m.validation_email() })),
	role: choice(ROLES),
	missionId: optionalId,
	serviceLineId: optionalId,
	// Empty: no choice made, so the person's browser decides until they pick a language.
	locale: choice(LOCALES).or(z.literal('')).default('')
};

export const newUserSchema = z
	.object({
		...userFields,
		password: z
			.string({ error: () => m.validation_required() })
			.min(10, { error: () => m.validation_password_length({ min: 10 }) })
			.max(128, { error: () => m.validation_too_long({ max: 128 }) })
	})
	.superRefine(roleNeeds);
export type NewUserInput = z.infer<typeof newUserSchema>;

export const editUserSchema = z
	.object({
		...userFields,
		active: z.coerce.boolean().default(false),
		userId: requiredText(64),
		version: version()
	})
	.superRefine(roleNeeds);
export type EditUserInput = z.infer<typeof editUserSchema>;

export const loginSchema = z.object({
	email: z
		.string({ error: () => m.validation_required() })
		.trim()
		.min(1, { error: () => m.validation_required() })
		.max(254),
	password: z
		.string({ error: () => m.validation_required() })
		.min(1, { error: () => m.validation_required() })
		.max(256)
});

export const languageSchema = z.object({
	locale: choice(LOCALES),
	redirectTo: z.string().max(2000).default('/')
});
