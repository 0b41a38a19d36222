import { z } from 'zod';
import { QUERY_CHANNELS, QUERY_PRIORITIES, QUERY_STATUSES } from '$lib/vocabulary';
import { m } from '$lib/paraglide/messages';
import { choice, id, optionalText, plainDate, requiredText, version } from './common';

const email = () =>
	z
		.string({ error: () => m.validation_required() })
		.trim()
		.toLowerCase()
		.max(254, { error: () => m.validation_too_long({ max: 254 }) })
		.pipe(z.email({ error: () => m.validation_email() }));

/** What a person types to open a query; the import reads each CSV row through it too. */
export const queryFields = {
	serviceLineId: id(),
	requesterName: requiredText(120),
	requesterEmail: email(),
	requesterIndex: optionalText(20),
	channel: choice(QUERY_CHANNELS),
	priority: choice(QUERY_PRIORITIES),
	subject: requiredText(200),
	description: optionalText(5000)
};

export const queryCreateSchema = z.object({
	missionId: id(),
	...queryFields,
	idempotencyKey: z.string().trim().max(64).default('')
});
export type QueryCreateInput = z.infer<typeof queryCreateSchema>;

export const queryStatusSchema = z.object({
	version: version(),
	status: choice(['in_progress', 'pending_client', 'resolved'] as const),
	body: optionalText(5000)
});

export const queryEscalateSchema = z.object({
	version: version(),
	reason: requiredText(2000)
});

export const queryDeEscalateSchema = queryEscalateSchema;

export const queryAssignSchema = z.object({
	version: version(),
	/** Empty for nobody. */
	assigneeId: z.string().trim().max(64).default('')
});

export const queryMessageSchema = z.object({
	kind: choice(['reply', 'note'] as const),
	body: requiredText(5000)
});

/** Blank means not rated, never 0; anything else must be a whole 1–5. */
export const ratingField = () =>
	z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || /^[1-5]$/.test(v), { error: () => m.validation_rating() })
		.transform((v) => (v === '' ? null : Number(v)));

export const queryCloseSchema = z.object({
	version: version(),
	rating: ratingField(),
	ratingComment: optionalText(2000)
});

export const queryReopenSchema = z.object({
	version: version(),
	reason: requiredText(2000)
});

export const holidaySchema = z.object({
	/** 0 for the centre's calendar. */
	missionId: z.coerce
		.number({ error: () => m.validation_choice() })
		.int()
		.min(0, { error: () => m.validation_choice() }),
	date: plainDate(),
	name: requiredText(120)
});

export const targetSchema = z.object({
	serviceLineId: id(),
	priority: z.enum(['', ...QUERY_PRIORITIES] as const, { error: () => m.validation_choice() }),
	/** Blank removes a priority's own target (the line's applies again). */
	targetDays: z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 60), {
			error: () => m.validation_target_days()
		})
		.transform((v) => (v === '' ? null : Number(v))),
	/** The target as the person saw it (blank: none): a stale save is refused, never applied. */
	seenDays: z
		.string()
		.trim()
		.max(2)
		.default('')
		.transform((v) => (v === '' ? null : Number(v)))
});

export const IMPORT_DATE_ORDERS = ['iso', 'dmy', 'mdy'] as const;
export type ImportDateOrder = (typeof IMPORT_DATE_ORDERS)[number];

export const queryImportSchema = z.object({
	dateOrder: choice(IMPORT_DATE_ORDERS),
	csv: z
		.string()
		.max(2_000_000, { error: () => m.validation_too_long({ max: 2_000_000 }) })
		.default('')
});

export const QUERY_SORTS = ['newest', 'oldest', 'due', 'updated'] as const;
export type QuerySort = (typeof QUERY_SORTS)[number];

/** The list's filters as they sit in the URL; a value that does not parse is dropped. */
export const queryFilterSchema = z.object({
	mission: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z0-9-]{2,20}$/)
		.optional()
		.catch(undefined),
	kind: z.enum(['spm', 'pko', 'other']).optional().catch(undefined),
	line: z.coerce.number().int().positive().optional().catch(undefined),
	status: z
		.enum([...QUERY_STATUSES, 'open'] as const)
		.optional()
		.catch(undefined),
	tier: z.coerce.number().int().min(1).max(3).optional().catch(undefined),
	priority: z.enum(QUERY_PRIORITIES).optional().catch(undefined),
	assignee: z.string().trim().max(64).optional().catch(undefined),
	overdue: z
		.enum(['1'])
		.optional()
		.catch(undefined)
		.transform((v) => v === '1'),
	q: z.string().trim().max(100).optional().catch(undefined),
	sort: z.enum(QUERY_SORTS).catch('newest').default('newest'),
	page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1)
});
export type QueryFilters = z.infer<typeof queryFilterSchema>;

export function readQueryFilters(params: URLSearchParams): QueryFilters {
	const raw: Record<string, string> = {};
	for (const key of Object.keys(queryFilterSchema.shape)) {
		const value = params.get(key);
		if (value !== null && value !== '') raw[key] = value;
	}
	return queryFilterSchema.parse(raw);
}
