import { leastSquares } from "./leastSquares";
import { fTestP } from "./coefficientTests";

export interface GrangerResult {
  readonly F: number;
  readonly dfNum: number;
  readonly dfDen: number;
  readonly pValue: number;
  readonly nobs: number;
}

/**
 * The Granger causality F test on prepared rows: does adding lags 1..order of the cause to an intercept and lags
 * 1..order of the effect reduce the residual sum of squares more than chance would? F = ((SSR_r − SSR_u)/order) /
 * (SSR_u/df_u): the `ssr_ftest` of statsmodels' `grangercausalitytests` and R's `lmtest::grangertest`.
 *
 * @param effect the effect in each row's period.
 * @param ownLags each row's effect lags 1..order; causeLags the cause's lags 1..order.
 */
export function grangerTest(
  effect: readonly number[],
  ownLags: readonly (readonly number[])[],
  causeLags: readonly (readonly number[])[],
  order: number,
): GrangerResult {
  const lagNames = (name: string) => Array.from({ length: order }, (_, j) => `${name} lag ${j + 1}`);
  const restricted = leastSquares(
    ownLags.map((row) => [1, ...row]),
    effect,
    ["intercept", ...lagNames("effect")],
  );
  const unrestricted = leastSquares(
    ownLags.map((row, i) => [1, ...row, ...(causeLags[i] as readonly number[])]),
    effect,
    ["intercept", ...lagNames("effect"), ...lagNames("cause")],
  );
  const dfDen = unrestricted.dfResid;
  const F = (restricted.ssr - unrestricted.ssr) / order / (unrestricted.ssr / dfDen);
  return { F, dfNum: order, dfDen, pValue: fTestP(F, order, dfDen), nobs: unrestricted.n };
}
