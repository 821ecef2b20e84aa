import fc from "fast-check";
import { sampleCorrelation } from "simple-statistics";
import { collectRangePairs } from "../../src/core/pairedValues";
import { pearson, pearsonOfCollected } from "../../src/core/statistics/pearson";

// INNO's Pearson kernel (src/core/statistics/coMoments.ts) against simple-statistics' sampleCorrelation, the oracle.

const column = (values: readonly unknown[]) => values.map((v) => [v]);

/** r the way INNO.CORR computes it on two columns: the fast reading, then the kernel (or its screened fallback). */
function rOfColumns(x: readonly number[], y: readonly number[]): number {
  return pearsonOfCollected(collectRangePairs(column(x), column(y)));
}

/** Agreement to 1e-12 relative to r; below |r| = 1e-3 to 1e-15 absolute, since there the co-moment Σ dx dy is a
 * difference of much larger terms and any two orders of summation differ by about n ε / |r| relative. */
function expectAgreement(r: number, oracle: number): void {
  expect(Math.abs(r - oracle)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(oracle), 1e-3));
}

/** Anscombe's quartet (Anscombe 1973, "Graphs in statistical analysis"; R's datasets::anscombe). */
const X123 = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE: readonly (readonly [readonly number[], readonly number[], number])[] = [
  // The last number: R 4.x, cor(anscombe$xi, anscombe$yi) printed with options(digits = 17).
  [X123, [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68], 0.81642051634483992],
  [X123, [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74], 0.81623650600024289],
  [X123, [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73], 0.81628673948959818],
  [
    [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
    [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
    0.81652143688850287,
  ],
];

/** None so tiny that simple-statistics' squares underflow (the kernel rescales those: tested apart, below). */
const flushTiny = (v: number) => (Math.abs(v) < 1e-100 ? 0 : v);

/** Values of moderate size with a spread of correlations: y = slope x + noise. */
const correlatedPairs = fc
  .tuple(
    fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), {
      minLength: 3,
      maxLength: 300,
    }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
  )
  .map(([rows, slope, noise]) => ({
    x: rows.map(([x]) => flushTiny(x)),
    y: rows.map(([x, e]) => flushTiny(slope * flushTiny(x) + noise * e)),
  }))
  .filter(({ x, y }) => new Set(x).size > 1 && new Set(y).size > 1);

describe("Pearson's r from INNO's kernel", () => {
  it("gives r = 0.816 for each of Anscombe's four sets, as published, and R's value to 1e-15", () => {
    for (const [x, y, fromR] of ANSCOMBE) {
      expect(Math.abs(rOfColumns(x, y) - 0.816)).toBeLessThan(0.001);
      expect(Math.abs(rOfColumns(x, y) - fromR)).toBeLessThan(1e-15);
      expect(Math.abs(pearson(x, y) - fromR)).toBeLessThan(1e-15);
      expectAgreement(rOfColumns(x, y), sampleCorrelation([...x], [...y]));
    }
  });

  it("agrees with simple-statistics to 1e-12 on random pairs, through both entry points", () => {
    fc.assert(
      fc.property(correlatedPairs, ({ x, y }) => {
        const oracle = sampleCorrelation(x, y);
        expectAgreement(rOfColumns(x, y), oracle);
        expectAgreement(pearson(x, y), oracle);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with simple-statistics on near-constant sides (a large level, variation in the last digits)", () => {
    // Multiples of 2^-20 added to a level: exact doubles, varying in a part in 1e10 to 1e13 of the level. The
    // oracle sees them shifted exactly back to the origin (r does not change under a shift): on the raw values its
    // plain two-pass formula loses digits to the rounding of the mean (e.g. 0.99997 for a perfect correlation of
    // 5 pairs at the level -4.5e7), which the kernel's correction removes.
    const nearConstant = fc.tuple(
      fc.constantFrom(1e3, 1e6, 1e8, -4.5e7),
      fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1, max: 1, noNaN: true })), {
        minLength: 3,
        maxLength: 200,
      }),
    );
    fc.assert(
      fc.property(nearConstant, ([level, rows]) => {
        const x = rows.map(([k]) => level + k * 2 ** -20);
        const y = rows.map(([k, e]) => k + e);
        fc.pre(new Set(x).size > 1 && new Set(y).size > 1);
        const oracle = sampleCorrelation(
          rows.map(([k]) => k * 2 ** -20),
          y,
        );
        expectAgreement(rOfColumns(x, y), oracle);
        expectAgreement(pearson(x, y), oracle);
      }),
      { numRuns: 200 },
    );
  });

  it("gives simple-statistics' r of the unscaled values for huge and tiny magnitudes, where squares overflow or underflow", () => {
    // Scaling by a power of two is exact, and r does not change under scaling.
    const scales = fc.constantFrom(2 ** 1000, 2 ** 520, 2 ** -520, 2 ** -1000, 1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 })), {
          minLength: 3,
          maxLength: 100,
        }),
        scales,
        scales,
        (rows, sx, sy) => {
          const x = rows.map(([a]) => a / 1000);
          const y = rows.map(([a, b]) => (a + b) / 1000);
          fc.pre(new Set(x).size > 1 && new Set(y).size > 1);
          const oracle = sampleCorrelation(x, y);
          const xs = x.map((v) => v * sx);
          const ys = y.map((v) => v * sy);
          expectAgreement(rOfColumns(xs, ys), oracle);
          expectAgreement(pearson(xs, ys), oracle);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses a constant side of any value and length (#DIV/0!), although its mean is rounded", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 3, max: 3000 }),
        (value, n) => {
          const x = Array.from({ length: n }, () => value);
          const y = Array.from({ length: n }, (_, i) => i);
          expect(() => rOfColumns(x, y)).toThrow(/x does not vary/);
          expect(() => rOfColumns(y, x)).toThrow(/y does not vary/);
        },
      ),
      { numRuns: 200 },
    );
    // 0.1 is not a double: a thousand of them sum to 100.00000000000098, whose mean is not 0.1.
    expect(() =>
      rOfColumns(
        Array(1000).fill(0.1),
        Array.from({ length: 1000 }, (_, i) => i),
      ),
    ).toThrow(/x does not vary/);
  });

  it("gives exactly ±1 for perfect correlations, never a hair past", () => {
    // Eighths and their multiples by 3 are exact doubles: these pairs lie exactly on a line.
    const x = Array.from({ length: 1000 }, (_, i) => i / 8);
    expect(
      rOfColumns(
        x,
        x.map((v) => 3 * v + 0.5),
      ),
    ).toBe(1);
    expect(
      rOfColumns(
        x,
        x.map((v) => -3 * v),
      ),
    ).toBe(-1);
  });
});
