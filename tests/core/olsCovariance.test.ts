import { coefficientTests, waldF } from "../../src/core/statistics/coefficientTests";
import { leastSquares } from "../../src/core/statistics/leastSquares";
import { CovarianceType, defaultHacLag, olsCovariance } from "../../src/core/statistics/olsCovariance";
import { INVESTMENT, INVESTMENT_R } from "../fixtures/econometrics/investment";
import { LONGLEY_CERTIFIED, LONGLEY_ROWS } from "../fixtures/longley";

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
function expectClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-8): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(relative(a, expected[i] as number)).toBeLessThan(tolerance));
}

const X = INVESTMENT.realGnp.map((gnp, i) => [1, gnp, INVESTMENT.realInt[i] as number]);
const fit = leastSquares(X, INVESTMENT.realInv, ["intercept", "RealGNP", "RealInt"]);
const standardErrors = (type: CovarianceType) =>
  olsCovariance(X, fit, type).map((row, j) => Math.sqrt(row[j] as number));

describe("olsCovariance on Greene's Investment data (references from R's sandwich and lmtest)", () => {
  it("estimates the coefficients as lm does", () => {
    expectClose(fit.coefficients, INVESTMENT_R.coefficients);
  });

  it("gives classic, HC1 and HC3 standard errors as vcov and vcovHC", () => {
    expectClose(standardErrors({ kind: "classic" }), INVESTMENT_R.classicSe);
    expectClose(standardErrors({ kind: "hc1" }), INVESTMENT_R.hc1Se);
    expectClose(standardErrors({ kind: "hc3" }), INVESTMENT_R.hc3Se);
  });

  it("gives Newey-West standard errors with lag 4 as NeweyWest(fm, lag = 4, prewhite = FALSE)", () => {
    expectClose(standardErrors({ kind: "hac", lag: 4 }), INVESTMENT_R.neweyWestLag4Se);
  });

  it("tests coefficients with Student t on the residual df, as coeftest, and the slopes jointly as waldtest", () => {
    const covariance = olsCovariance(X, fit, { kind: "hac", lag: 4 });
    const tests = coefficientTests(fit.coefficients, covariance, fit.dfResid);
    expectClose(
      tests.map((t) => t.t),
      INVESTMENT_R.neweyWestT,
    );
    expectClose(
      tests.map((t) => t.p),
      INVESTMENT_R.neweyWestP,
      1e-7,
    );
    expectClose(
      tests.map((t) => t.lower95),
      INVESTMENT_R.neweyWestLower95,
    );
    expectClose(
      tests.map((t) => t.upper95),
      INVESTMENT_R.neweyWestUpper95,
    );
    const wald = waldF(fit.coefficients, covariance, [1, 2], fit.dfResid);
    expect(relative(wald.F, INVESTMENT_R.neweyWestWaldF)).toBeLessThan(1e-8);
    expect(relative(wald.p, INVESTMENT_R.neweyWestWaldP)).toBeLessThan(1e-6);
  });

  it("gives the classic F as summary(lm), and NIST's certified F for Longley", () => {
    const classic = waldF(fit.coefficients, olsCovariance(X, fit, { kind: "classic" }), [1, 2], fit.dfResid);
    expect(relative(classic.F, INVESTMENT_R.classicF)).toBeLessThan(1e-8);
    const LX = LONGLEY_ROWS.map((row) => [1, ...row.slice(1)]);
    const longley = leastSquares(
      LX,
      LONGLEY_ROWS.map((row) => row[0] as number),
      ["intercept", "x1", "x2", "x3", "x4", "x5", "x6"],
    );
    const F = waldF(longley.coefficients, olsCovariance(LX, longley, { kind: "classic" }), [1, 2, 3, 4, 5, 6], 9).F;
    expect(relative(F, LONGLEY_CERTIFIED.F)).toBeLessThan(1e-7);
  });

  it("uses Newey and West's rule of thumb floor(4 (n/100)^(2/9)) for the default HAC lag", () => {
    // 4 (20/100)^(2/9) = 2.80, 4 (100/100)^(2/9) = 4, 4 (1000/100)^(2/9) = 6.67.
    expect([defaultHacLag(20), defaultHacLag(100), defaultHacLag(1000)]).toEqual([2, 4, 6]);
  });
});
