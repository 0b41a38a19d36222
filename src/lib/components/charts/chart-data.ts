/** One bar of a month chart: a month, the series it belongs to, and its value. */
export interface ChartPoint {
	month: string;
	series: string;
	value: number | null;
}

/** The long form LayerCake groups by: one point per month and series. */
export function chartPoints(
	months: string[],
	series: { name: string; values: (number | null)[] }[]
): ChartPoint[] {
	return months.flatMap((month, i) =>
		series.map((s) => ({ month, series: s.name, value: s.values[i] ?? null }))
	);
}
