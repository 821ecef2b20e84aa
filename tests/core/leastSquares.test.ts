import { leastSquares } from "../../src/core/statistics/leastSquares";
import { DomainError } from "../../src/core/errors";
import { LONGLEY_CERTIFIED, LONGLEY_ROWS } from "../fixtures/longley";

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("leastSquares", () => {
  const X = LONGLEY_ROWS.map((row) => [1, ...row.slice(1)]);
  const y = LONGLEY_ROWS.map((row) => row[0] as number);
  const names = ["intercept", "x1", "x2", "x3", "x4", "x5", "x6"];

  it("reproduces NIST's certified Longley coefficients and standard errors to 1e-8 (relative)", () => {
    const fit = leastSquares(X, y, names);
    expect(fit.dfResid).toBe(LONGLEY_CERTIFIED.dfResid);
    const sigma2 = fit.ssr / fit.dfResid;
    fit.coefficients.forEach((b, j) => {
      expect(relativeError(b, LONGLEY_CERTIFIED.coefficients[j] as number)).toBeLessThan(1e-8);
      const se = Math.sqrt((fit.xtxInverse[j]?.[j] as number) * sigma2);
      expect(relativeError(se, LONGLEY_CERTIFIED.standardErrors[j] as number)).toBeLessThan(1e-8);
    });
    expect(relativeError(Math.sqrt(sigma2), LONGLEY_CERTIFIED.residualSd)).toBeLessThan(1e-9);
  });

  it("refuses a column that is a linear combination of the ones before it, naming it", () => {
    const rows = X.map((row) => [...row, (row[1] as number) + 2 * (row[3] as number)]);
    expect(() => leastSquares(rows, y, [...names, "x7"])).toThrow(/x7 is a linear combination of intercept, x1/);
    const constant = X.map((row) => [1, 5, row[1] as number]);
    expect(() => leastSquares(constant, y, ["intercept", "gdp", "x"])).toThrow(/gdp is constant/);
  });

  it("needs more rows than coefficients", () => {
    const error = (() => {
      try {
        leastSquares(X.slice(0, 7), y.slice(0, 7), names);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.code).toBe("insufficient-data");
    expect(error?.message).toMatch(/at least 8 complete rows; it has 7/);
  });

  it("does not mutate its inputs", () => {
    const copy = X.map((row) => [...row]);
    leastSquares(X, y, names);
    expect(X).toEqual(copy);
  });
});
