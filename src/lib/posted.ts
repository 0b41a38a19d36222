/**
 * The server's last answer to a form of a page, read the same way with JavaScript or without:
 * which form it was about, what was typed, and what was wrong.
 */
export interface Posted {
	id: string;
	data: Record<string, unknown>;
	errors: Record<string, string[] | undefined>;
	message?: string;
	valid: boolean;
}

export function postedForm(form: unknown): Posted | undefined {
	return (form as { form?: Posted } | null)?.form;
}

export function postedConflict(form: unknown): Record<string, unknown> | null {
	return (form as { conflict?: Record<string, unknown> | null } | null)?.conflict ?? null;
}

/** The answer, when it was about this form and (if given) this record. */
export function answerTo(
	posted: Posted | undefined,
	id: string,
	key?: { field: string; value: number }
): Posted | undefined {
	if (!posted || posted.id !== id) return undefined;
	if (key && Number(posted.data[key.field] ?? 0) !== key.value) return undefined;
	return posted;
}

/**
 * The messages of one field. A list field (several missions, say) carries its errors as an
 * object — the list's own under `_errors`, each item's under its index — not as an array.
 */
export function fieldError(p: Posted | undefined, field: string): string | undefined {
	const errors: unknown = p?.errors?.[field];
	if (!errors) return undefined;
	if (Array.isArray(errors)) return errors.join(' ');
	const { _errors, ...items } = errors as Record<string, unknown>;
	const texts = [_errors, ...Object.values(items)].flat();
	return [...new Set(texts.filter((t): t is string => typeof t === 'string'))].join(' ');
}

/** After a refusal a field keeps what the person typed; otherwise it shows what is stored. */
export function typed(p: Posted | undefined, field: string, stored: string | null | undefined) {
	return p && !p.valid ? String(p.data[field] ?? '') : (stored ?? '');
}
