import { sampleCorrelation } from "simple-statistics";
import { DomainError } from "../errors";

const HUGE = 1e150;
const TINY = 1e-150;

/** What must be known of a side before simple-statistics can be trusted with it. */
export interface Screen {
  /** Every value equal (no correlation exists). */
  readonly constant: boolean;
  /** The largest magnitude, to rescale when sums of squares would overflow or underflow. */
  readonly maxAbs: number;
}

/** The screen of values whose smallest and largest are known (a caller reading the values anyway tracks them). */
export function screenOfExtremes(min: number, max: number): Screen {
  return { constant: min === max, maxAbs: Math.max(-min, max) };
}

/** Screens values in one pass. */
export function screen(values: ArrayLike<number>): Screen {
  if (values.length === 0) return { constant: true, maxAbs: 0 };
  let min = values[0] as number;
  let max = min;
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return screenOfExtremes(min, max);
}

/** Divides by the largest magnitude when sums of squares would overflow or underflow. */
function wellScaled(values: ArrayLike<number>, maxAbs: number): ArrayLike<number> {
  if (maxAbs < HUGE && maxAbs > TINY) return values;
  return Array.from(values, (v) => v / maxAbs);
}

/**
 * Pearson's r of paired complete values, from simple-statistics after screening the cases where it gives NaN:
 * fewer than 3 pairs (insufficient-data) and a constant side (zero-variance), both #DIV/0! in Excel. Pass the
 * screens when the caller already computed them in its own pass over the data.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.9934
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>, screens?: { x: Screen; y: Screen }): number {
  if (x.length !== y.length) throw new DomainError("length-mismatch", `x has ${x.length} values and y ${y.length}.`);
  if (x.length < 3)
    throw new DomainError("insufficient-data", `A correlation needs at least 3 complete pairs; there are ${x.length}.`);
  const sx = screens?.x ?? screen(x);
  const sy = screens?.y ?? screen(y);
  if (sx.constant || sy.constant) {
    throw new DomainError("zero-variance", `${sx.constant ? "x" : "y"} does not vary, so no correlation exists.`);
  }
  // simple-statistics reads its arguments by index and length only (pairs arrive as plain arrays of doubles).
  const r = sampleCorrelation(wellScaled(x, sx.maxAbs) as number[], wellScaled(y, sy.maxAbs) as number[]);
  // Rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, r));
}
