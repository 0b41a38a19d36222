import { z } from 'zod';
import { isPlainDate } from '$lib/plain-date';
import { m } from '$lib/paraglide/messages';

/**
 * Invisible characters that change what the rest of a text shows: control characters (a NUL
 * cuts the text short where it is stored) and the bidirectional embeddings, overrides and
 * isolates that would flip the page around a name. Tabs and line breaks stay.
 */
const INVISIBLE_CONTROLS =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** The text as typed, less the invisible controls above. */
export const withoutControls = (text: string) => text.replace(INVISIBLE_CONTROLS, '');

/** Error texts are functions so that each request gets them in its own language. */
export const requiredText = (max = 200) =>
	z
		.string({ error: () => m.validation_required() })
		.overwrite(withoutControls)
		.trim()
		.min(1, { error: () => m.validation_required() })
		.max(max, { error: () => m.validation_too_long({ max }) });

export const optionalText = (max = 2000) =>
	z
		.string()
		.overwrite(withoutControls)
		.trim()
		.max(max, { error: () => m.validation_too_long({ max }) })
		.default('');

export const plainDate = () =>
	z
		.string({ error: () => m.validation_required() })
		.trim()
		.min(1, { error: () => m.validation_required() })
		.refine(isPlainDate, { error: () => m.validation_date() });

export const optionalPlainDate = () =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || isPlainDate(v), { error: () => m.validation_date() })
		.default('');

export const id = () =>
	z.coerce
		.number({ error: () => m.validation_choice() })
		.int({ error: () => m.validation_choice() })
		.positive({ error: () => m.validation_choice() });

/** A choice that may be left empty: 0 stands for none. */
export const optionalId = z.coerce
	.number({ error: () => m.validation_choice() })
	.int({ error: () => m.validation_choice() })
	.min(0, { error: () => m.validation_choice() })
	.default(0);

export const version = () =>
	z.coerce
		.number({ error: () => m.validation_version() })
		.int()
		.min(1);

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, { error: () => m.validation_choice() });
