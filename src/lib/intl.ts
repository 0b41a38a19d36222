/**
 * Intl formatters, made once per locale and options and then reused. Building one costs tens
 * of microseconds (it resolves the locale's data); a page formatting hundreds of dates or
 * figures spent most of its render making formatters it used once. A formatter holds no
 * state between calls, so a kept one formats exactly as a new one would.
 *
 * The options may name the reader's time zone (from a cookie), so the number of kinds is
 * bounded: past MAX_KEPT the oldest is let go.
 */
const MAX_KEPT = 500;

function keeper<F, O extends object>(make: (locale: string, options: O) => F) {
	const kept = new Map<string, F>();
	return (locale: string, options: O): F => {
		const key = `${locale}|${JSON.stringify(options)}`;
		let found = kept.get(key);
		if (found === undefined) {
			found = make(locale, options);
			kept.set(key, found);
			if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
		}
		return found;
	};
}

export const numberFormat = keeper(
	(locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options)
);

export const dateTimeFormat = keeper(
	(locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options)
);
