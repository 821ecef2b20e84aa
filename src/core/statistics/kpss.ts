import { DomainError } from "../errors";
import { leastSquares } from "./leastSquares";

export type KpssTrend = "c" | "ct";

/**
 * Kwiatkowski, Phillips, Schmidt and Shin (1992), Table 1: critical values of the KPSS statistic at 10%, 5%, 2.5%
 * and 1%, for level ("c") and trend ("ct") stationarity.
 */
const KPSS_CRITICAL: Readonly<Record<KpssTrend, readonly number[]>> = {
  c: [0.347, 0.463, 0.574, 0.739],
  ct: [0.119, 0.146, 0.176, 0.216],
};
const KPSS_LEVELS = [0.1, 0.05, 0.025, 0.01];

export interface KpssResult {
  readonly stat: number;
  /** Interpolated in the table, so bounded to 0.01..0.10. */
  readonly pValue: number;
  /** True when the statistic falls outside the table and p is only a bound. */
  readonly pAtBound: boolean;
  /** 1%, 5%, 10% critical values. */
  readonly critical: readonly [number, number, number];
  readonly lags: number;
  readonly nobs: number;
}

/** Σ_{i≥lag} e_i e_{i−lag}. */
function autocovarianceSum(e: readonly number[], lag: number): number {
  let sum = 0;
  for (let i = lag; i < e.length; i++) sum += (e[i] as number) * (e[i - lag] as number);
  return sum;
}

/** Hobijn, Franses and Ooms (1998) automatic bandwidth, as statsmodels' `kpss(nlags="auto")` computes it. */
function autoLags(e: readonly number[]): number {
  const n = e.length;
  const covlags = Math.trunc(Math.pow(n, 2 / 9));
  let s0 = autocovarianceSum(e, 0) / n;
  let s1 = 0;
  for (let i = 1; i <= covlags; i++) {
    const product = autocovarianceSum(e, i) / (n / 2);
    s0 += product;
    s1 += i * product;
  }
  const gamma = 1.1447 * Math.pow((s1 / s0) ** 2, 1 / 3);
  return Math.trunc(gamma * Math.pow(n, 1 / 3));
}

/** Linear interpolation of the p-value in the table (statistics rise as p falls), clamped to its ends. */
function interpolateP(stat: number, critical: readonly number[]): number {
  if (stat <= (critical[0] as number)) return KPSS_LEVELS[0] as number;
  for (let i = 1; i < critical.length; i++) {
    const hi = critical[i] as number;
    if (stat <= hi) {
      const lo = critical[i - 1] as number;
      const share = (stat - lo) / (hi - lo);
      return (KPSS_LEVELS[i - 1] as number) + share * ((KPSS_LEVELS[i] as number) - (KPSS_LEVELS[i - 1] as number));
    }
  }
  return KPSS_LEVELS[KPSS_LEVELS.length - 1] as number;
}

/**
 * The KPSS test of stationarity (the null is the opposite of ADF's: x is stationary around a level, or a trend),
 * as statsmodels' `kpss(x, regression, nlags)`: residuals from the mean (or a linear trend), their partial sums,
 * and a Bartlett-weighted long-run variance with `lags` autocovariances.
 */
export function kpssTest(x: readonly number[], trend: KpssTrend, lags: number | "auto"): KpssResult {
  const n = x.length;
  if (n < 3)
    throw new DomainError("insufficient-data", `The KPSS test needs at least 3 consecutive values; there are ${n}.`);
  if (x.every((v) => v === x[0]))
    throw new DomainError("zero-variance", "The values are constant: there is nothing to test.");
  let e: number[];
  if (trend === "ct") {
    e = [
      ...leastSquares(
        x.map((_, i) => [1, i + 1]),
        x,
        ["constant", "trend"],
      ).residuals,
    ];
  } else {
    const mean = x.reduce((s, v) => s + v, 0) / n;
    e = x.map((v) => v - mean);
  }
  let used: number;
  if (lags === "auto") used = Math.min(autoLags(e), n - 1);
  else if (lags >= n) {
    throw new DomainError(
      "insufficient-data",
      `The KPSS test with ${lags} lags needs more than ${lags} values; there are ${n}.`,
    );
  } else used = lags;
  let partial = 0;
  let eta = 0;
  for (const v of e) {
    partial += v;
    eta += partial * partial;
  }
  eta /= n * n;
  let longRun = autocovarianceSum(e, 0);
  for (let i = 1; i <= used; i++) longRun += 2 * autocovarianceSum(e, i) * (1 - i / (used + 1));
  longRun /= n;
  if (!(longRun > 0)) throw new DomainError("zero-variance", "The long-run variance is not positive: try fewer lags.");
  const stat = eta / longRun;
  const table = KPSS_CRITICAL[trend];
  return {
    stat,
    pValue: interpolateP(stat, table),
    pAtBound: stat <= (table[0] as number) || stat >= (table[3] as number),
    critical: [table[3] as number, table[1] as number, table[0] as number],
    lags: used,
    nobs: n,
  };
}
