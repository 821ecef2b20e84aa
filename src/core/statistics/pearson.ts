import { sampleCorrelation } from "simple-statistics";
import { DomainError } from "../errors";

const HUGE = 1e150;
const TINY = 1e-150;

function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i] as number));
  return m;
}

function isConstant(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

/** Divides by the largest magnitude when sums of squares would overflow or underflow. */
function wellScaled(values: number[]): number[] {
  const m = maxAbs(values);
  if (m < HUGE && m > TINY) return values;
  return values.map((v) => v / m);
}

/**
 * Pearson's r of paired complete values, from simple-statistics after screening the cases where it gives NaN:
 * fewer than 3 pairs (insufficient-data) and a constant side (zero-variance), both #DIV/0! in Excel.
 *
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.9934
 */
export function pearson(x: number[], y: number[]): number {
  if (x.length !== y.length) throw new DomainError("length-mismatch", `x has ${x.length} values and y ${y.length}.`);
  if (x.length < 3)
    throw new DomainError("insufficient-data", `A correlation needs at least 3 complete pairs; there are ${x.length}.`);
  if (isConstant(x) || isConstant(y)) {
    throw new DomainError("zero-variance", `${isConstant(x) ? "x" : "y"} does not vary, so no correlation exists.`);
  }
  const r = sampleCorrelation(wellScaled(x), wellScaled(y));
  // Rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, r));
}
