import { DomainError } from "../errors";
import { adfTest, AdfResult, defaultMaxLag } from "./adf";
import { leastSquares } from "./leastSquares";
import { mackinnonCritical, mackinnonP } from "./mackinnon";
import { DeterministicTerms } from "./mackinnonTables";

export interface EngleGrangerResult {
  readonly stat: number;
  readonly pValue: number;
  /** Undefined for trend "n" (MacKinnon 2010 gives none). */
  readonly critical: readonly [number, number, number] | undefined;
  readonly adf: AdfResult;
  /** Number of variables, y included (MacKinnon's N). */
  readonly variables: number;
  readonly nobs: number;
}

/** The most variables MacKinnon's tables cover. */
export const MAX_COINTEGRATION_VARIABLES = 6;

/**
 * The Engle–Granger test of no cointegration between y and the columns of x, as statsmodels'
 * `coint(y, x, trend, maxlag, autolag="aic")`: regress y on x (with the deterministic terms), then an ADF test
 * without deterministic terms on the residuals; p-value from MacKinnon (1994) with N = number of variables and
 * critical values from MacKinnon (2010) at nobs − 1 (Stata's `egranger` convention, which statsmodels follows).
 */
export function engleGranger(
  y: readonly number[],
  x: readonly (readonly number[])[],
  xNames: readonly string[],
  trend: DeterministicTerms,
  lags: number | "aic" | "bic",
): EngleGrangerResult {
  const n = y.length;
  const variables = xNames.length + 1;
  if (variables > MAX_COINTEGRATION_VARIABLES) {
    throw new DomainError(
      "impossible-value",
      `MacKinnon's tables cover at most ${MAX_COINTEGRATION_VARIABLES} variables; there are ${variables}.`,
    );
  }
  const rows = x.map((row, t) => [...row, ...(trend === "n" ? [] : [1]), ...(trend === "ct" ? [t + 1] : [])]);
  const names = [...xNames, ...(trend === "n" ? [] : ["constant"]), ...(trend === "ct" ? ["trend"] : [])];
  const fit = leastSquares(rows, y, names);
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const tss = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  if (tss === 0) throw new DomainError("zero-variance", "y is constant: there is nothing to test.");
  // statsmodels' guard: an almost perfect fit leaves residuals that are rounding noise.
  if (fit.ssr / tss <= 100 * Math.sqrt(Number.EPSILON)) {
    throw new DomainError(
      "collinear",
      "y and x are almost perfectly collinear: the cointegration test is not reliable.",
    );
  }
  const adf = adfTest(fit.residuals, { trend: "n", lags, maxLag: defaultMaxLag(n) });
  return {
    stat: adf.stat,
    pValue: mackinnonP(adf.stat, trend, variables),
    critical: trend === "n" ? undefined : mackinnonCritical(trend, variables, n - 1),
    adf,
    variables,
    nobs: n,
  };
}
