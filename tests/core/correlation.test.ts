import { correlate, trendStrength } from "../../src/core/statistics/correlation";
import { kendallTauB } from "../../src/core/statistics/kendallTauB";
import { averageRanks } from "../../src/core/statistics/ranks";
import { DomainError } from "../../src/core/errors";

// Anscombe's quartet, set 1 (R's datasets::anscombe).
const X1 = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

describe("correlate", () => {
  it("matches R's cor.test(anscombe$x1, anscombe$y1) for Pearson", () => {
    // R 4.x: t = 4.2415, df = 9, p-value = 0.00217; 95 percent CI 0.4243912 0.9506933; cor 0.8164205.
    const result = correlate(X1, Y1, "pearson");
    expect(result.r).toBeCloseTo(0.8164205, 7);
    expect(result.n).toBe(11);
    expect(result.statistic).toEqual({ name: "t", value: expect.closeTo(4.2415, 4), df: 9 });
    expect(result.p).toBeCloseTo(0.00217, 5);
    expect(result.ci?.[0]).toBeCloseTo(0.4243912, 6);
    expect(result.ci?.[1]).toBeCloseTo(0.9506933, 6);
  });

  it("matches Excel's CORREL documentation example", () => {
    // support.microsoft.com, CORREL function: =CORREL({3,2,4,5,6},{9,7,12,15,17}) = 0.997054486.
    expect(correlate([3, 2, 4, 5, 6], [9, 7, 12, 15, 17], "pearson").r).toBeCloseTo(0.997054486, 9);
  });

  it("gives Spearman's rho on average ranks when there are ties (worked by hand)", () => {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4: rho = 4.5 / sqrt(4.5 × 5) = 3 / sqrt(10) = 0.9486833.
    expect(correlate([1, 2, 2, 3], [1, 3, 2, 4], "spearman").r).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it("gives Kendall's tau-b with ties in x and in both (worked by hand)", () => {
    // 5 concordant, 0 discordant, one tie in x: 5 / sqrt((6 - 1) × 6) = 0.9128709.
    expect(correlate([1, 2, 2, 3], [1, 3, 2, 4], "kendall").r).toBeCloseTo(5 / Math.sqrt(30), 12);
    // 4 concordant, one tie in x, one in y: 4 / sqrt(5 × 5) = 0.8.
    expect(kendallTauB([1, 1, 2, 3], [1, 2, 2, 3]).tau).toBeCloseTo(0.8, 12);
    // No ties, 8 concordant and 2 discordant of 10: 0.6.
    expect(kendallTauB([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toMatchObject({ tau: 0.6, s: 6 });
  });

  it("agrees with a brute-force count of concordant and discordant pairs on larger input", () => {
    const x = Array.from({ length: 200 }, (_, i) => (i * 37) % 23);
    const y = Array.from({ length: 200 }, (_, i) => (i * 11) % 17);
    let s = 0;
    let tx = 0;
    let ty = 0;
    for (let i = 0; i < x.length; i++) {
      for (let j = i + 1; j < x.length; j++) {
        const dx = Math.sign((x[j] as number) - (x[i] as number));
        const dy = Math.sign((y[j] as number) - (y[i] as number));
        s += dx * dy;
        if (dx === 0) tx++;
        if (dy === 0) ty++;
      }
    }
    const n0 = (x.length * (x.length - 1)) / 2;
    expect(kendallTauB(x, y).tau).toBeCloseTo(s / Math.sqrt((n0 - tx) * (n0 - ty)), 12);
  });

  it("refuses fewer than 3 pairs and constant input with codes the adapters map to #DIV/0!", () => {
    expect(() => correlate([1, 2], [3, 4], "pearson")).toThrow(DomainError);
    expect(() => correlate([1, 2, 3], [5, 5, 5], "spearman")).toThrow(/y does not vary/);
    expect(() => correlate([5, 5, 5], [1, 2, 3], "kendall")).toThrow(/x does not vary/);
  });

  it("does not overflow or underflow on huge or tiny magnitudes", () => {
    const r = correlate(X1, Y1, "pearson").r;
    expect(
      correlate(
        X1.map((v) => v * 1e300),
        Y1,
        "pearson",
      ).r,
    ).toBeCloseTo(r, 12);
    expect(
      correlate(
        X1.map((v) => v * 1e-300),
        Y1.map((v) => v * 1e-300),
        "pearson",
      ).r,
    ).toBeCloseTo(r, 12);
  });

  it("reports a perfect correlation with p = 0 and a degenerate interval, never NaN", () => {
    const result = correlate([1, 2, 3, 4], [2, 4, 6, 8], "pearson");
    expect(result.r).toBe(1);
    expect(result.p).toBe(0);
    expect(result.ci).toEqual([1, 1]);
  });
});

describe("averageRanks and trendStrength", () => {
  it("averages tied ranks and does not mutate its input", () => {
    const input = [30, 10, 20, 20];
    expect(Array.from(averageRanks(input))).toEqual([4, 1, 2.5, 2.5]);
    expect(input).toEqual([30, 10, 20, 20]);
  });

  it("is 1 for a rising series and near 0 for an alternating one", () => {
    expect(trendStrength([1, 3, 4, 8, 9])).toBeCloseTo(1, 12);
    expect(Math.abs(trendStrength([1, 5, 1, 5, 1, 5]))).toBeLessThan(0.3);
  });
});
