import { DomainError } from "../errors";
import { leastSquares, LeastSquaresFit, logLikelihood } from "./leastSquares";
import { mackinnonCritical, mackinnonP } from "./mackinnon";
import { DeterministicTerms } from "./mackinnonTables";

export type LagChoice = number | "aic" | "bic";

export interface AdfOptions {
  readonly trend: DeterministicTerms;
  /** A fixed number of lagged differences, or the information criterion that chooses it. */
  readonly lags: LagChoice;
  /** The most lags tried (default trunc((n − 1)^(1/3)), Schwert's order for short annual series). */
  readonly maxLag?: number;
}

export interface AdfResult {
  /** The t statistic of the lagged level. */
  readonly stat: number;
  /** MacKinnon (1994) approximate p-value. */
  readonly pValue: number;
  /** MacKinnon (2010) 1%, 5%, 10% critical values at `nobs`. */
  readonly critical: readonly [number, number, number];
  /** Lagged differences in the regression. */
  readonly usedLag: number;
  /** The most lags considered (after capping to what the sample allows). */
  readonly maxLag: number;
  /** True when maxLag had to be lowered below the default to fit the sample. */
  readonly maxLagCapped: boolean;
  /** Observations in the test regression. */
  readonly nobs: number;
}

const TREND_TERMS: Readonly<Record<DeterministicTerms, number>> = { n: 0, c: 1, ct: 2 };

/** The default most lags for n values: trunc((n − 1)^(1/3)). */
export function defaultMaxLag(n: number): number {
  return Math.trunc(Math.pow(n - 1, 1 / 3));
}

/** Rows of the ADF regression with `lags` lagged differences: Δx_t on [deterministic terms, x_{t−1}, Δx_{t−1..t−lags}]. */
function design(x: readonly number[], trend: DeterministicTerms, lags: number, keepLast: number) {
  const n = x.length;
  const diff = Array.from({ length: n - 1 }, (_, i) => (x[i + 1] as number) - (x[i] as number));
  const nobs = keepLast;
  const rows: number[][] = [];
  const y: number[] = [];
  for (let r = 0; r < nobs; r++) {
    const t = n - 1 - nobs + r;
    const row: number[] = [];
    if (trend !== "n") row.push(1);
    if (trend === "ct") row.push(r + 1);
    row.push(x[t] as number);
    for (let j = 1; j <= lags; j++) row.push(diff[t - j] as number);
    rows.push(row);
    y.push(diff[t] as number);
  }
  return { rows, y };
}

function names(trend: DeterministicTerms, lags: number): string[] {
  const deterministic = trend === "n" ? [] : trend === "c" ? ["constant"] : ["constant", "trend"];
  return [...deterministic, "lagged level", ...Array.from({ length: lags }, (_, j) => `lagged difference ${j + 1}`)];
}

function criterion(fit: LeastSquaresFit, which: "aic" | "bic"): number {
  const penalty = which === "aic" ? 2 : Math.log(fit.n);
  return -2 * logLikelihood(fit) + penalty * fit.k;
}

/**
 * The augmented Dickey–Fuller test of a unit root in x (consecutive periods, no gaps), computed as statsmodels'
 * `adfuller(x, maxlag, regression=trend, autolag)`: with an information criterion, every lag 0..maxLag is fitted
 * on the same (shortest) sample so the criteria compare, then the chosen lag is re-estimated on the longest sample
 * it allows. The statistic is the t ratio of the lagged level; its p-value and critical values are MacKinnon's.
 */
export function adfTest(x: readonly number[], options: AdfOptions): AdfResult {
  const n = x.length;
  const terms = TREND_TERMS[options.trend];
  // statsmodels' bound: fewer lags than half the sample less the deterministic terms.
  const bound = Math.floor(n / 2) - terms - 1;
  const fixed = typeof options.lags === "number";
  const wanted = fixed ? (options.lags as number) : (options.maxLag ?? defaultMaxLag(n));
  const needed = 2 * (wanted + terms + 1);
  if (bound < 0 || (fixed && wanted > bound)) {
    throw new DomainError(
      "insufficient-data",
      `The ADF test with ${wanted} lag${wanted === 1 ? "" : "s"} and trend "${options.trend}" needs at least ${needed} consecutive values; there are ${n}.`,
    );
  }
  const maxLag = Math.min(wanted, bound);
  if (x.every((v) => v === x[0]))
    throw new DomainError("zero-variance", "The values are constant: there is nothing to test.");
  let usedLag = maxLag;
  if (!fixed) {
    const criterionName = options.lags as "aic" | "bic";
    const common = n - 1 - maxLag;
    let best = Infinity;
    for (let lag = 0; lag <= maxLag; lag++) {
      const { rows, y } = design(x, options.trend, lag, common);
      const value = criterion(leastSquares(rows, y, names(options.trend, lag)), criterionName);
      if (value < best) {
        best = value;
        usedLag = lag;
      }
    }
  }
  const nobs = n - 1 - usedLag;
  const { rows, y } = design(x, options.trend, usedLag, nobs);
  const fit = leastSquares(rows, y, names(options.trend, usedLag));
  if (!(fit.ssr > 0))
    throw new DomainError("zero-variance", "The test regression fits exactly: the statistic is infinite.");
  const level = terms;
  const se = Math.sqrt((fit.xtxInverse[level]?.[level] as number) * (fit.ssr / fit.dfResid));
  const stat = (fit.coefficients[level] as number) / se;
  const critical = mackinnonCritical(options.trend, 1, nobs) as [number, number, number];
  return {
    stat,
    pValue: mackinnonP(stat, options.trend, 1),
    critical,
    usedLag,
    maxLag,
    maxLagCapped: !fixed && maxLag < wanted,
    nobs,
  };
}
