import { DomainError } from "../errors";
import { CoMoments, coMoments } from "./coMoments";

const HUGE = 1e150;
const TINY = 1e-150;

/** What must be known of a side before its co-moments can be trusted. */
export interface Screen {
  /** Every value equal (no correlation exists). */
  readonly constant: boolean;
  /** The largest magnitude, to rescale when sums of squares would overflow or underflow. */
  readonly maxAbs: number;
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
  return { constant: min === max, maxAbs: Math.max(-min, max) };
}

/**
 * Complete pairs as the reader leaves them: the first n values of x and y (reused arrays, which may run past
 * them), with the sums of both sides, computed in the same pass.
 */
export interface CollectedPairs {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly n: number;
  readonly sumX: number;
  readonly sumY: number;
}

function atLeastThree(n: number): void {
  if (n < 3)
    throw new DomainError("insufficient-data", `A correlation needs at least 3 complete pairs; there are ${n}.`);
}

/** Values as doubles, divided by the largest magnitude when sums of squares would overflow or underflow. */
function wellScaled(values: ArrayLike<number>, maxAbs: number): Float64Array {
  if (maxAbs < HUGE && maxAbs > TINY) return values instanceof Float64Array ? values : Float64Array.from(values);
  return Float64Array.from(values, (v) => v / maxAbs);
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return total;
}

/** r of co-moments, NaN when a side's deviations are too small to square. */
function ratioOf({ xx, yy, xy }: CoMoments): number {
  // Two square roots, not one of the product: xx * yy can overflow where each alone does not.
  return xy / Math.sqrt(xx) / Math.sqrt(yy);
}

/** Within [-1, 1]: rounding can push a perfect correlation a hair past ±1. */
function clamped(r: number): number {
  return Math.max(-1, Math.min(1, r));
}

/**
 * Pearson's r of paired complete values, from INNO's kernel (coMoments.ts) after screening what has no
 * correlation: fewer than 3 pairs (insufficient-data) and a constant side (zero-variance), both #DIV/0! in Excel.
 * Values are rescaled by their largest magnitude when huge or tiny (r does not change under scaling), so sums of
 * squares neither overflow nor underflow. Pass the screens when the caller already computed them.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.9934
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>, screens?: { x: Screen; y: Screen }): number {
  if (x.length !== y.length) throw new DomainError("length-mismatch", `x has ${x.length} values and y ${y.length}.`);
  atLeastThree(x.length);
  const sx = screens?.x ?? screen(x);
  const sy = screens?.y ?? screen(y);
  if (sx.constant || sy.constant) {
    throw new DomainError("zero-variance", `${sx.constant ? "x" : "y"} does not vary, so no correlation exists.`);
  }
  const xs = wellScaled(x, sx.maxAbs);
  const ys = wellScaled(y, sy.maxAbs);
  const r = ratioOf(coMoments(xs, ys, xs.length, sum(xs), sum(ys)));
  if (r !== r) {
    throw new DomainError("zero-variance", "x or y varies too little for its variation to be computed in doubles.");
  }
  return clamped(r);
}

/**
 * Whether a side's sum of squared deviations vouches for itself: finite and far from overflow, far from underflow,
 * and too large for a constant side. A constant side's deviations are only the rounding of its mean (at most about
 * n eps of it), and the kernel's correction leaves at most about 3 n^4 eps^3 mean^2 of their squares: below
 * n (1e-8 mean)^2 for any n up to 10^10. A varying side this close to constant merely takes the screened path.
 * NaN (an overflowed sum) fails every comparison.
 */
function vouchesFor(squares: number, n: number, mean: number): boolean {
  const floor = n * (1e-8 * mean) * (1e-8 * mean);
  return squares < 1e300 && squares > 1e-290 && squares > floor;
}

/**
 * Pearson's r of pairs as the reader collected them (INNO.CORR's common case): the kernel alone, trusted when its
 * own sums of squares rule out overflow, underflow and a constant side; otherwise (rarely) screened and rescaled as
 * `pearson` does. Either way the result is `pearson`'s, without its passes over the data.
 */
export function pearsonOfCollected(pairs: CollectedPairs): number {
  const { x, y, n, sumX, sumY } = pairs;
  atLeastThree(n);
  const moments = coMoments(x, y, n, sumX, sumY);
  if (vouchesFor(moments.xx, n, sumX / n) && vouchesFor(moments.yy, n, sumY / n)) return clamped(ratioOf(moments));
  return pearson(x.subarray(0, n), y.subarray(0, n));
}
