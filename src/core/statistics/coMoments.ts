/** Sums of products of deviations from the means: what Pearson's r, a covariance or a variance divide. */
export interface CoMoments {
  readonly xx: number;
  readonly yy: number;
  readonly xy: number;
}

/**
 * The co-moments of the first n pairs of x and y, given the sums of both sides, in one pass over contiguous
 * doubles: INNO's kernel for Pearson's r.
 *
 * Why INNO has its own: simple-statistics' `sampleCorrelation` walks its inputs seven times (a compensated sum for
 * each mean, twice per side, then the covariance and both variances), while INNO's reader has summed the pairs
 * already, on its way through Excel's rows. Accuracy stays that of the two-pass formula, never the single-pass sums
 * of squares that lose everything for near-constant sides: deviations are taken from the means, and the corrected
 * two-pass algorithm (Chan, Golub & LeVeque, "Algorithms for computing the sample variance", The American
 * Statistician 37(3), 1983) subtracts what the deviations still sum to, so the rounding of the plain sums behind the
 * means does not reach the result. simple-statistics stays the oracle (tests/core/pearson.test.ts).
 *
 * Overflow, underflow and constant sides are the caller's to screen (see pearson.ts).
 *
 * @example coMoments(Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 7), 3, 6, 13) // { xx: 2, yy: 12.667, xy: 5 }
 */
export function coMoments(x: Float64Array, y: Float64Array, n: number, sumX: number, sumY: number): CoMoments {
  const meanX = sumX / n;
  const meanY = sumY / n;
  let restX = 0;
  let restY = 0;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX;
    const dy = (y[i] as number) - meanY;
    restX += dx;
    restY += dy;
    xx += dx * dx;
    yy += dy * dy;
    xy += dx * dy;
  }
  return { xx: xx - (restX * restX) / n, yy: yy - (restY * restY) / n, xy: xy - (restX * restY) / n };
}
