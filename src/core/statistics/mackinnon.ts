import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { DeterministicTerms, MACKINNON_1994, MACKINNON_2010 } from "./mackinnonTables";

/** The published scale of each coefficient (MacKinnon 1994 prints some × 10 or × 100). */
const SMALL_P_SCALE = [1, 1, 1e-2];
const LARGE_P_SCALE = [1, 1e-1, 1e-1, 1e-2];

function polynomial(coefficients: readonly number[], scale: readonly number[], x: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--)
    value = value * x + (coefficients[i] as number) * (scale[i] as number);
  return value;
}

/**
 * The approximate asymptotic p-value of a Dickey–Fuller or Engle–Granger tau statistic (MacKinnon 1994): Φ of a
 * polynomial in tau, one for the left tail (tau ≤ tau*) and one for the rest; 0 below tau_min and 1 above tau_max,
 * where the approximation ends. `variables` is N: 1 for a unit-root test, the number of series for cointegration.
 * Matches statsmodels' `mackinnonp`.
 */
export function mackinnonP(tau: number, trend: DeterministicTerms, variables: number): number {
  const table = MACKINNON_1994[trend];
  const i = variables - 1;
  if (tau > (table.tauMax[i] as number)) return 1;
  if (tau < (table.tauMin[i] as number)) return 0;
  const p =
    tau <= (table.tauStar[i] as number)
      ? polynomial(table.smallP[i] as number[], SMALL_P_SCALE, tau)
      : polynomial(table.largeP[i] as number[], LARGE_P_SCALE, tau);
  return normalCdf(p, 0, 1);
}

/** True when the p-value sits at a bound of MacKinnon's approximation (0 or 1), so it is "beyond", not exact. */
export function atTableBound(tau: number, trend: DeterministicTerms, variables: number): boolean {
  const table = MACKINNON_1994[trend];
  return tau > (table.tauMax[variables - 1] as number) || tau < (table.tauMin[variables - 1] as number);
}

/**
 * The 1%, 5% and 10% critical values of tau for a sample of `observations` (MacKinnon 2010 response surfaces,
 * β∞ + β₁/T + β₂/T² + β₃/T³). Matches statsmodels' `mackinnoncrit`. The "n" case exists for N = 1 only.
 */
export function mackinnonCritical(
  trend: DeterministicTerms,
  variables: number,
  observations: number,
): [number, number, number] | undefined {
  const surfaces = MACKINNON_2010[trend][variables - 1];
  if (!surfaces) return undefined;
  const x = 1 / observations;
  const at = (level: number) => polynomial(surfaces[level] as number[], [1, 1, 1, 1], x);
  return [at(0), at(1), at(2)];
}
