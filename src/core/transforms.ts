import { DomainError } from "./errors";

/** The transforms a series or a range can be given before it is shown or correlated. */
export const TRANSFORMS = ["level", "yoy", "diff", "log", "dlog", "index"] as const;
export type Transform = (typeof TRANSFORMS)[number];

/**
 * Applies a transform to values in time order, NaN marking a missing value:
 * - level: unchanged;
 * - yoy: % change on the value before, (v[t] / v[t-1] - 1) × 100;
 * - diff: v[t] - v[t-1];
 * - log: natural logarithm;
 * - dlog: ln v[t] − ln v[t-1], the continuous growth rate (not × 100), what econometric tests take as growth;
 * - index: v[t] / first value × 100 (the first value present is the base, = 100).
 * A value whose neighbour is missing is missing: a gap is never bridged. Returns a new array.
 *
 * @param label names position i in error messages (a year, a cell).
 * @example applyTransform(Float64Array.of(100, 110, 99), "yoy") // [NaN, 10, -10]
 */
export function applyTransform(values: Float64Array, transform: Transform, label: (i: number) => string): Float64Array {
  const n = values.length;
  if (transform === "level") return values.slice();
  const out = new Float64Array(n).fill(Number.NaN);
  if (transform === "log" || transform === "dlog") {
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (Number.isNaN(v)) continue;
      if (v <= 0) throw new DomainError("impossible-value", `${transform} needs positive values; ${label(i)} is ${v}.`);
      out[i] = Math.log(v);
    }
    if (transform === "log") return out;
    for (let i = n - 1; i >= 0; i--) out[i] = i === 0 ? Number.NaN : (out[i] as number) - (out[i - 1] as number);
    return out;
  }
  if (transform === "index") {
    let base = Number.NaN;
    for (let i = 0; i < n && Number.isNaN(base); i++) base = values[i] as number;
    if (base === 0) throw new DomainError("division-by-zero", "index needs a non-zero first value; it is 0.");
    for (let i = 0; i < n; i++) out[i] = ((values[i] as number) / base) * 100;
    return out;
  }
  for (let i = 1; i < n; i++) {
    const previous = values[i - 1] as number;
    const current = values[i] as number;
    if (Number.isNaN(previous) || Number.isNaN(current)) continue;
    if (transform === "diff") out[i] = current - previous;
    else if (previous === 0) {
      throw new DomainError("division-by-zero", `yoy divides by the value before ${label(i)}, which is 0.`);
    } else out[i] = (current / previous - 1) * 100;
  }
  return out;
}

/** The unit of a transformed series, given the unit of its level. */
export function transformedUnit(unit: string, transform: Transform, baseLabel: string): string {
  switch (transform) {
    case "level":
      return unit;
    case "yoy":
      return "% change on previous year";
    case "diff":
      return `change on previous year, ${unit}`;
    case "log":
      return `natural log of ${unit}`;
    case "dlog":
      return "change in natural log on previous year";
    case "index":
      return `index, ${baseLabel} = 100`;
  }
}
