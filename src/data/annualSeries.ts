/**
 * A dense annual series: one slot per year from `firstYear`, `NaN` marking a year without a value.
 * NaN never leaves INNO: adapters turn it into a blank (`""`). Dense typed arrays make year look-ups and
 * slices O(1) with no per-call copying.
 */
export interface AnnualSeries {
  readonly firstYear: number;
  readonly values: Float64Array;
}

/** The last year with a slot (which may be NaN only if the series is empty). */
export function lastYear(series: AnnualSeries): number {
  return series.firstYear + series.values.length - 1;
}

/** The value in `year`, or NaN when the year has no value or lies outside the series. */
export function valueAt(series: AnnualSeries, year: number): number {
  const i = year - series.firstYear;
  return i >= 0 && i < series.values.length ? (series.values[i] as number) : Number.NaN;
}

/** Builds a dense series from (year, value) pairs; years absent from the pairs stay NaN. */
export function fromPairs(pairs: readonly (readonly [number, number])[]): AnnualSeries {
  if (pairs.length === 0) return { firstYear: 0, values: new Float64Array(0) };
  let first = Infinity;
  let last = -Infinity;
  for (const [year] of pairs) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const values = new Float64Array(last - first + 1).fill(Number.NaN);
  for (const [year, value] of pairs) values[year - first] = value;
  return { firstYear: first, values };
}

/**
 * Combines series year by year over the years all of them cover; a year where any input is missing is missing.
 */
export function combine(inputs: readonly AnnualSeries[], f: (...values: number[]) => number): AnnualSeries {
  if (inputs.length === 0) return { firstYear: 0, values: new Float64Array(0) };
  const first = Math.max(...inputs.map((s) => s.firstYear));
  const last = Math.min(...inputs.map(lastYear));
  const values = new Float64Array(Math.max(0, last - first + 1));
  const args = new Array<number>(inputs.length);
  for (let year = first; year <= last; year++) {
    let missing = false;
    for (let k = 0; k < inputs.length; k++) {
      const v = valueAt(inputs[k] as AnnualSeries, year);
      if (Number.isNaN(v)) missing = true;
      args[k] = v;
    }
    values[year - first] = missing ? Number.NaN : f(...args);
  }
  return { firstYear: first, values };
}

/** Years inside the series' span that have no value. */
export function missingYears(series: AnnualSeries): number[] {
  const out: number[] = [];
  series.values.forEach((v, i) => {
    if (Number.isNaN(v)) out.push(series.firstYear + i);
  });
  return out;
}

/** The series trimmed to its first and last years with a value. */
export function trimmed(series: AnnualSeries): AnnualSeries {
  let start = 0;
  let end = series.values.length;
  while (start < end && Number.isNaN(series.values[start])) start++;
  while (end > start && Number.isNaN(series.values[end - 1])) end--;
  return { firstYear: series.firstYear + start, values: series.values.slice(start, end) };
}

/** Formats a list of years as ranges: [2009, 2010, 2011, 2014] → "2009-2011, 2014". */
export function formatYears(years: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
    parts.push(i === j ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
