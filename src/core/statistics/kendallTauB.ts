import { DomainError } from "../errors";

/** Kendall's tau-b with what its significance test needs. */
export interface KendallResult {
  readonly tau: number;
  /** Concordant minus discordant pairs. */
  readonly s: number;
  /** Variance of s under independence, corrected for ties. */
  readonly varianceS: number;
}

function tieSums(sortedValues: ArrayLike<number>): { pairs: number; v1: number; v2: number; v3: number } {
  let pairs = 0;
  let v1 = 0; // Σ t(t-1)(2t+5)
  let v2 = 0; // Σ t(t-1)(t-2)
  let v3 = 0; // Σ t(t-1)
  let i = 0;
  while (i < sortedValues.length) {
    let j = i + 1;
    while (j < sortedValues.length && sortedValues[j] === sortedValues[i]) j++;
    const t = j - i;
    pairs += (t * (t - 1)) / 2;
    v1 += t * (t - 1) * (2 * t + 5);
    v2 += t * (t - 1) * (t - 2);
    v3 += t * (t - 1);
    i = j;
  }
  return { pairs, v1, v2, v3 };
}

/** Sorts `y` in place by merge sort and returns the number of inversions (discordant pairs). */
function countInversions(y: Float64Array): number {
  const n = y.length;
  let from: Float64Array = y;
  let to: Float64Array = new Float64Array(n);
  let swaps = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((from[j] as number) < (from[i] as number)) {
          swaps += mid - i;
          to[k++] = from[j++] as number;
        } else to[k++] = from[i++] as number;
      }
      while (i < mid) to[k++] = from[i++] as number;
      while (j < hi) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  if (from !== y) y.set(from);
  return swaps;
}

/**
 * Kendall's tau-b in O(n log n) (Knight's algorithm): sort by x then y, count ties, count discordant pairs by
 * merge-sorting y. Ties are corrected for as tau-b does; the variance is the tie-corrected one used for the
 * normal approximation (Kendall 1970).
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): KendallResult {
  const n = x.length;
  if (n < 3)
    throw new DomainError("insufficient-data", `A correlation needs at least 3 complete pairs; there are ${n}.`);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (x[a] as number) - (x[b] as number) || (y[a] as number) - (y[b] as number),
  );
  const xs = Float64Array.from(order, (i) => x[i] as number);
  const ys = Float64Array.from(order, (i) => y[i] as number);
  let jointTies = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && xs[j] === xs[i] && ys[j] === ys[i]) j++;
    jointTies += ((j - i) * (j - i - 1)) / 2;
    i = j;
  }
  const xt = tieSums(xs);
  const discordant = countInversions(ys);
  const yt = tieSums(ys);
  const n0 = (n * (n - 1)) / 2;
  if (xt.pairs === n0 || yt.pairs === n0) {
    throw new DomainError("zero-variance", `${xt.pairs === n0 ? "x" : "y"} does not vary, so no correlation exists.`);
  }
  const s = n0 - xt.pairs - yt.pairs + jointTies - 2 * discordant;
  const tau = Math.max(-1, Math.min(1, s / Math.sqrt((n0 - xt.pairs) * (n0 - yt.pairs))));
  const varianceS =
    (n * (n - 1) * (2 * n + 5) - xt.v1 - yt.v1) / 18 +
    (xt.v2 * yt.v2) / (9 * n * (n - 1) * (n - 2)) +
    (xt.v3 * yt.v3) / (2 * n * (n - 1));
  return { tau, s, varianceS };
}
