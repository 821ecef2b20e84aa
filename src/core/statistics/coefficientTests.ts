import { inverse, Matrix } from "ml-matrix";
import fCdf from "@stdlib/stats-base-dists-f-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/** One coefficient's test: its standard error, t statistic, two-sided p-value and 95% interval. */
export interface CoefficientTest {
  readonly coefficient: number;
  readonly standardError: number;
  readonly t: number;
  readonly p: number;
  readonly lower95: number;
  readonly upper95: number;
}

/** The two-sided p-value of a Student t statistic. */
export function twoSidedTP(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df);
}

/**
 * t, p and 95% bounds for each coefficient from its covariance, with Student t on the residual degrees of freedom
 * whatever the covariance estimator (as R's `coeftest`, Stata's `newey` and statsmodels with `use_t=True`): with
 * 20 annual values the normal approximation would overstate significance.
 */
export function coefficientTests(
  coefficients: readonly number[],
  covariance: readonly (readonly number[])[],
  dfResid: number,
): CoefficientTest[] {
  const critical = tQuantile(0.975, dfResid);
  return coefficients.map((coefficient, j) => {
    const standardError = Math.sqrt(covariance[j]?.[j] as number);
    const t = coefficient / standardError;
    return {
      coefficient,
      standardError,
      t,
      p: twoSidedTP(t, dfResid),
      lower95: coefficient - critical * standardError,
      upper95: coefficient + critical * standardError,
    };
  });
}

/** The upper-tail p-value of an F statistic. */
export function fTestP(F: number, dfNum: number, dfDen: number): number {
  return 1 - fCdf(F, dfNum, dfDen);
}

/**
 * The Wald F test that the coefficients at `indices` are all zero, under the given covariance:
 * F = b'(V)⁻¹b / q on (q, dfResid) degrees of freedom. With the classic covariance it is the familiar regression F;
 * with a robust one it is statsmodels' `fvalue` for that covariance.
 */
export function waldF(
  coefficients: readonly number[],
  covariance: readonly (readonly number[])[],
  indices: readonly number[],
  dfResid: number,
): { F: number; p: number; dfNum: number } {
  const q = indices.length;
  const b = indices.map((i) => coefficients[i] as number);
  const V = new Matrix(indices.map((i) => indices.map((j) => covariance[i]?.[j] as number)));
  const Vinv = inverse(V);
  let quadratic = 0;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) quadratic += (b[i] as number) * Vinv.get(i, j) * (b[j] as number);
  const F = quadratic / q;
  return { F, p: fTestP(F, q, dfResid), dfNum: q };
}
