import { LeastSquaresFit } from "./leastSquares";

/** How the coefficients' covariance is estimated. */
export type CovarianceType =
  | { readonly kind: "classic" }
  | { readonly kind: "hc1" }
  | { readonly kind: "hc3" }
  | { readonly kind: "hac"; readonly lag: number };

/**
 * Newey and West's (1994) rule of thumb for the HAC lag, floor(4 (n/100)^(2/9)): the default of Stata's `newey`
 * users and of statsmodels' examples. With 20 annual values it is 2.
 */
export function defaultHacLag(n: number): number {
  return Math.floor(4 * Math.pow(n / 100, 2 / 9));
}

type Square = number[][];

function zeros(k: number): Square {
  return Array.from({ length: k }, () => new Array<number>(k).fill(0));
}

/** A B A for symmetric A (the sandwich). */
function sandwich(A: readonly (readonly number[])[], B: Square): Square {
  const k = A.length;
  const AB = zeros(k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += (A[i]?.[m] as number) * (B[m]?.[j] as number);
      (AB[i] as number[])[j] = sum;
    }
  const out = zeros(k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += (AB[i]?.[m] as number) * (A[m]?.[j] as number);
      (out[i] as number[])[j] = sum;
    }
  return out;
}

/** Adds weight · a bᵀ to S. */
function addOuter(S: Square, a: readonly number[], b: readonly number[], weight: number): void {
  const k = a.length;
  for (let i = 0; i < k; i++) {
    const row = S[i] as number[];
    for (let j = 0; j < k; j++) row[j] = (row[j] as number) + weight * (a[i] as number) * (b[j] as number);
  }
}

/** Leverages h_i = x_i' (X'X)⁻¹ x_i, for HC3. */
function leverages(X: readonly (readonly number[])[], xtxInverse: readonly (readonly number[])[]): number[] {
  return X.map((row) => {
    let h = 0;
    for (let i = 0; i < row.length; i++)
      for (let j = 0; j < row.length; j++)
        h += (row[i] as number) * (xtxInverse[i]?.[j] as number) * (row[j] as number);
    return h;
  });
}

/**
 * The covariance matrix of OLS coefficients:
 * - classic: s² (X'X)⁻¹, s² = SSR / (n − k);
 * - hc1: White's heteroskedasticity-consistent estimator scaled by n / (n − k) (Stata's `robust`);
 * - hc3: e_i² / (1 − h_i)² weights (MacKinnon and White 1985), better in small samples;
 * - hac: Newey–West with Bartlett weights 1 − l/(L + 1) for lags l ≤ L, without a small-sample correction, as
 *   statsmodels' `cov_type="HAC"` and R's `sandwich::NeweyWest(fit, lag = L, prewhite = FALSE)` compute it.
 * Rows of X must be in time order for hac.
 */
export function olsCovariance(
  X: readonly (readonly number[])[],
  fit: LeastSquaresFit,
  type: CovarianceType,
): number[][] {
  const { k, n, residuals, xtxInverse } = fit;
  if (type.kind === "classic") {
    const s2 = fit.ssr / fit.dfResid;
    return xtxInverse.map((row) => row.map((v) => v * s2));
  }
  const meat = zeros(k);
  if (type.kind === "hc3") {
    const h = leverages(X, xtxInverse);
    X.forEach((row, i) => addOuter(meat, row, row, ((residuals[i] as number) / (1 - (h[i] as number))) ** 2));
    return sandwich(xtxInverse, meat);
  }
  X.forEach((row, i) => addOuter(meat, row, row, (residuals[i] as number) ** 2));
  if (type.kind === "hc1") return sandwich(xtxInverse, meat).map((row) => row.map((v) => (v * n) / (n - k)));
  for (let l = 1; l <= type.lag && l < n; l++) {
    const weight = 1 - l / (type.lag + 1);
    for (let t = l; t < n; t++) {
      const w = weight * (residuals[t] as number) * (residuals[t - l] as number);
      addOuter(meat, X[t] as readonly number[], X[t - l] as readonly number[], w);
      addOuter(meat, X[t - l] as readonly number[], X[t] as readonly number[], w);
    }
  }
  return sandwich(xtxInverse, meat);
}
