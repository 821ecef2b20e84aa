import { adfTest } from "../../src/core/statistics/adf";
import { engleGranger } from "../../src/core/statistics/engleGranger";
import { kpssTest } from "../../src/core/statistics/kpss";
import { mackinnonCritical, mackinnonP } from "../../src/core/statistics/mackinnon";
import { DeterministicTerms } from "../../src/core/statistics/mackinnonTables";
import reference from "../fixtures/econometrics/statsmodels_reference.json";

/**
 * References: statsmodels 0.13.5 (`/usr/bin/python3 tests/fixtures/econometrics/statsmodels_reference.py` writes
 * statsmodels_reference.json), and Stata's figures for macrodata as statsmodels' own tests quote them
 * (statsmodels/tsa/tests/test_stattools.py, TestADFConstant and friends).
 */
const relative = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));
const series = reference as unknown as Record<string, number[]>;
const trendOf = (regression: string) => regression as DeterministicTerms;
const lagsOf = (autolag: string | null, maxlag: number) =>
  autolag === null ? maxlag : (autolag.toLowerCase() as "aic" | "bic");

describe("adfTest", () => {
  it.each(reference.adf.map((c) => [`${c.series} ${c.regression} ${c.autolag ?? `lags ${c.maxlag}`}`, c]))(
    "matches statsmodels' adfuller: %s",
    (_, c) => {
      const result = adfTest(series[c.series] as number[], {
        trend: trendOf(c.regression),
        lags: lagsOf(c.autolag, c.maxlag),
        maxLag: c.maxlag,
      });
      expect(result.usedLag).toBe(c.usedlag);
      expect(result.nobs).toBe(c.nobs);
      expect(relative(result.stat, c.stat)).toBeLessThan(1e-6);
      expect(relative(result.pValue, c.p)).toBeLessThan(1e-6);
      result.critical.forEach((v, i) => expect(relative(v, c.crit[i] as number)).toBeLessThan(1e-9));
    },
  );

  it("agrees with Stata's dfuller on macrodata to Stata's printed precision", () => {
    const realgdp = series.realgdp as number[];
    const infl = series.infl as number[];
    const cases: [number[], DeterministicTerms, number, number, number][] = [
      [realgdp, "c", 4, 0.97505319, 0.99399563],
      [realgdp, "ct", 4, -1.8566374, 0.67682968],
      [infl, "c", 1, -4.3346988, 0.00038661],
      [infl, "ct", 1, -4.425093, 0.00199633],
    ];
    for (const [x, trend, lags, stat, p] of cases) {
      const result = adfTest(x, { trend, lags });
      expect(result.stat).toBeCloseTo(stat, 5);
      expect(result.pValue).toBeCloseTo(p, 5);
    }
  });

  it("needs enough values for the lags asked, saying how many", () => {
    expect(() => adfTest([1, 3, 2, 5, 4], { trend: "c", lags: 2 })).toThrow(
      /needs at least 8 consecutive values; there are 5/,
    );
    expect(() => adfTest([2, 2, 2, 2, 2, 2, 2, 2], { trend: "c", lags: "aic" })).toThrow(/constant/);
  });
});

describe("mackinnonP and mackinnonCritical", () => {
  // /usr/bin/python3 -c "from statsmodels.tsa.adfvalues import *; print(mackinnonp(-3.5,'c',1), mackinnoncrit(1,'c',19))" etc.
  it.each([
    [-3.5, "c", 1, 0.007987094061496709],
    [-1.0, "c", 1, 0.7532643012005655],
    [-2.0, "ct", 1, 0.6014337722402741],
    [-4.2, "c", 2, 0.0036478288942176783],
    [-3.0, "ct", 3, 0.4299022633617552],
    [0.5, "n", 1, 0.824879195252956],
    [-2.9, "c", 1, 0.04534799747216563],
  ] as const)("p(tau = %s, %s, N = %s) is statsmodels' %s", (tau, trend, n, p) => {
    expect(relative(mackinnonP(tau, trend, n), p)).toBeLessThan(1e-12);
  });

  it("is 0 below tau_min and 1 above tau_max (MacKinnon 1994's bounds)", () => {
    expect(mackinnonP(-30, "c", 1)).toBe(0);
    expect(mackinnonP(3, "c", 1)).toBe(1);
  });

  it("gives MacKinnon (2010) critical values at T = 19 as statsmodels' mackinnoncrit", () => {
    expect(mackinnonCritical("c", 1, 19)?.map((v) => Number(v.toFixed(12)))).toEqual([
      -3.832603141857, -3.031227170141, -2.655519584488,
    ]);
    expect(mackinnonCritical("c", 2, 19)?.map((v) => Number(v.toFixed(12)))).toEqual([
      -4.565728365651, -3.676614487535, -3.27520567867,
    ]);
    expect(mackinnonCritical("n", 2, 19)).toBeUndefined();
  });
});

describe("kpssTest", () => {
  it.each(reference.kpss.map((c) => [`${c.series} ${c.regression} ${c.nlags}`, c]))(
    "matches statsmodels' kpss: %s",
    (_, c) => {
      const result = kpssTest(series[c.series] as number[], c.regression as "c" | "ct", c.nlags as number | "auto");
      expect(result.lags).toBe(c.lags);
      expect(relative(result.stat, c.stat)).toBeLessThan(1e-9);
      expect(relative(result.pValue, c.p)).toBeLessThan(1e-9);
      expect(result.critical).toEqual(c.crit);
      expect(result.pAtBound).toBe(c.p === 0.01 || c.p === 0.1);
    },
  );
});

describe("engleGranger", () => {
  it.each(reference.coint.map((c) => [`${c.y} on ${c.x.join(", ")}, ${c.trend}`, c]))(
    "matches statsmodels' coint: %s",
    (_, c) => {
      const log = (name: string) => (series[name] as number[]).map((v) => (name === "infl" ? v : Math.log(v)));
      const y = log(c.y);
      const xs = c.x.map(log);
      const rows = y.map((_, t) => xs.map((x) => x[t] as number));
      const result = engleGranger(y, rows, c.x, c.trend as DeterministicTerms, "aic");
      expect(result.adf.maxLag).toBe(c.maxlag);
      expect(relative(result.stat, c.stat)).toBeLessThan(1e-6);
      expect(relative(result.pValue, c.p)).toBeLessThan(1e-6);
      result.critical?.forEach((v, i) => expect(relative(v, c.crit[i] as number)).toBeLessThan(1e-9));
    },
  );
});
