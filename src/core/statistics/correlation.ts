import tCdf from "@stdlib/stats-base-dists-t-cdf";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import { DomainError } from "../errors";
import { kendallTauB } from "./kendallTauB";
import { pearson, Screen, screen } from "./pearson";
import { averageRanks } from "./ranks";

export const METHODS = ["pearson", "spearman", "kendall"] as const;
export type Method = (typeof METHODS)[number];

/** The 97.5th percentile of the standard normal distribution, for 95% intervals. */
const Z_975 = 1.959963984540054;

/** A correlation with its significance test and 95% confidence interval. */
export interface CorrelationResult {
  readonly method: Method;
  readonly r: number;
  readonly n: number;
  /** The test statistic: Student t (n-2 df) for Pearson and Spearman, a normal z for Kendall. */
  readonly statistic: { readonly name: "t" | "z"; readonly value: number; readonly df?: number };
  /** Two-sided p-value. */
  readonly p: number;
  /** 95% interval by Fisher's z, or undefined when n is too small for one. */
  readonly ci?: readonly [number, number];
}

/**
 * Standard errors of Fisher's z: 1/sqrt(n-3) for Pearson; sqrt(1.06/(n-3)) for Spearman and sqrt(0.437/(n-4))
 * for Kendall (Fieller, Hartley & Pearson, Biometrika 1957).
 */
function fisherStandardError(method: Method, n: number): number | undefined {
  if (method === "kendall") return n > 4 ? Math.sqrt(0.437 / (n - 4)) : undefined;
  if (n <= 3) return undefined;
  return method === "pearson" ? 1 / Math.sqrt(n - 3) : Math.sqrt(1.06 / (n - 3));
}

function fisherInterval(r: number, se: number | undefined): readonly [number, number] | undefined {
  if (se === undefined) return undefined;
  if (Math.abs(r) === 1) return [r, r];
  const z = Math.atanh(r);
  return [Math.tanh(z - Z_975 * se), Math.tanh(z + Z_975 * se)];
}

/**
 * The coefficient alone (Pearson's r, Spearman's rho on average ranks, or Kendall's tau-b) of complete pairs:
 * what INNO.CORR returns by default, without the cost of a significance test.
 */
export function coefficient(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: Method,
  screens?: { x: Screen; y: Screen },
): number {
  if (method === "pearson") return pearson(x, y, screens);
  if (method === "spearman") return pearson(averageRanks(x), averageRanks(y));
  return kendallTauB(x, y).tau;
}

/**
 * Correlates complete pairs (missing values already dropped) by Pearson, Spearman (Pearson on average ranks) or
 * Kendall's tau-b. p-values: Student t with n-2 degrees of freedom for Pearson and Spearman (as R's cor.test
 * for Pearson, and its asymptotic t for Spearman); the tie-corrected normal approximation for Kendall.
 */
export function correlate(x: ArrayLike<number>, y: ArrayLike<number>, method: Method): CorrelationResult {
  const n = x.length;
  if (method === "kendall") {
    const { tau, s, varianceS } = kendallTauB(x, y);
    const z = varianceS > 0 ? s / Math.sqrt(varianceS) : 0;
    const p = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
    return {
      method,
      r: tau,
      n,
      statistic: { name: "z", value: z },
      p,
      ci: fisherInterval(tau, fisherStandardError(method, n)),
    };
  }
  const r = coefficient(x, y, method);
  const df = n - 2;
  const t = Math.abs(r) === 1 ? Math.sign(r) * Infinity : r * Math.sqrt(df / (1 - r * r));
  const p = Math.abs(r) === 1 ? 0 : Math.min(1, 2 * tCdf(-Math.abs(t), df));
  if (Number.isNaN(p)) throw new DomainError("impossible-value", "The p-value cannot be computed for these values.");
  return {
    method,
    r,
    n,
    statistic: { name: "t", value: t, df },
    p,
    ci: fisherInterval(r, fisherStandardError(method, n)),
  };
}

/**
 * How strongly values trend over their order: Spearman's rho between the values and 1..n. Near ±1 means a
 * monotone trend, the situation in which two unrelated series still correlate highly on levels.
 */
export function trendStrength(values: ArrayLike<number>): number {
  if (values.length < 3 || screen(values).constant) return 0;
  return pearson(
    Array.from(averageRanks(values)),
    Array.from({ length: values.length }, (_, i) => i + 1),
  );
}
