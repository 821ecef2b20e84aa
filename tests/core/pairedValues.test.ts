import { collectRangePairs, completePairs, pairedRanges } from "../../src/core/pairedValues";
import { DomainError } from "../../src/core/errors";

const column = (values: unknown[]) => values.map((v) => [v]);

describe("pairedRanges", () => {
  it("drops a pair when either side is blank, as CORREL does", () => {
    const pairs = pairedRanges(column([1, "", 3, 4, null]), column([10, 20, "", 40, 50]));
    expect(Array.from(pairs.x)).toEqual([1, 4]);
    expect(Array.from(pairs.y)).toEqual([10, 40]);
  });

  it("reads rows and multi-column ranges in reading order", () => {
    const pairs = pairedRanges(
      [
        [1, 2],
        [3, 4],
      ],
      column([5, 6, 7, 8]),
    );
    expect(Array.from(pairs.x)).toEqual([1, 2, 3, 4]);
    expect(Array.from(pairs.y)).toEqual([5, 6, 7, 8]);
  });

  it("refuses text, ragged ranges and different sizes, naming the place", () => {
    expect(() => pairedRanges(column([1, "a", 3]), column([1, 2, 3]))).toThrow(/x must hold numbers; row 2, column 1/);
    expect(() => pairedRanges([[1], [2, 3], [4]], column([1, 2, 3]))).toThrow(/row 2 has a different width/);
    expect(() => pairedRanges(column([1, 2, 3]), column([1, 2]))).toThrow(DomainError);
  });

  it("screens both sides: extremes give the largest magnitude and constancy", () => {
    const { screens } = pairedRanges(column([-7, -3, -5]), column([2, 2, 2]));
    expect(screens).toEqual({ x: { constant: false, maxAbs: 7 }, y: { constant: true, maxAbs: 2 } });
  });

  it("gives each call its own pairs although the arrays are reused (large, small, then large again)", () => {
    const big = Array.from({ length: 1000 }, (_, i) => i);
    const first = Array.from(pairedRanges(column(big), column(big)).x);
    expect(first).toEqual(big);
    const small = pairedRanges(column([9, 8, 7]), column([1, 2, 3]));
    expect(Array.from(small.x)).toEqual([9, 8, 7]);
    expect(small.x.length).toBe(3);
    const again = pairedRanges(column(big.map((v) => v * 2)), column(big));
    expect(again.x.length).toBe(1000);
    expect(again.x[999]).toBe(1998);
  });
});

describe("collectRangePairs", () => {
  it("sums both sides of the complete pairs, which stay in the first n places of the reused arrays", () => {
    const pairs = collectRangePairs(column([1, "", 3, 4, null]), column([10, 20, "", 40, 50]));
    expect(pairs).toMatchObject({ n: 2, sumX: 5, sumY: 50 });
    expect(Array.from(pairs.x.subarray(0, pairs.n))).toEqual([1, 4]);
    expect(Array.from(pairs.y.subarray(0, pairs.n))).toEqual([10, 40]);
  });

  it("names the first bad cell in reading order, wherever the quick reading of columns first noticed trouble", () => {
    // A non-finite number is noticed by the sums at the end, or not at all in an incomplete pair; text at once.
    expect(() => collectRangePairs(column([1, Infinity, 3, 4]), column([1, "", 3, 4]))).toThrow(
      /x holds a non-finite number at row 2, column 1/,
    );
    expect(() => collectRangePairs(column([1, Infinity, 3, "a"]), column([1, 2, 3, 4]))).toThrow(
      /x holds a non-finite number at row 2, column 1/,
    );
    expect(() => collectRangePairs(column([1, 2, 3, 4]), [[1], [2], [3, 3], ["a"]])).toThrow(
      /y is not a rectangular range \(row 3 has a different width\)/,
    );
  });

  it("collects huge values whose sums overflow, leaving the rescaling to pearson", () => {
    const pairs = collectRangePairs(column([1e308, 1e308, -1e308]), column([1, 2, 3]));
    expect(pairs.n).toBe(3);
    expect(Array.from(pairs.x.subarray(0, 3))).toEqual([1e308, 1e308, -1e308]);
  });
});

describe("completePairs", () => {
  it("pairs x[i] with y[i + lag] and skips incomplete pairs", () => {
    const x = Float64Array.from([1, 2, Number.NaN, 4]);
    const y = Float64Array.from([10, 20, 30, 40]);
    const pairs = completePairs(x, y, 1);
    expect(Array.from(pairs.x)).toEqual([1, 2]);
    expect(Array.from(pairs.y)).toEqual([20, 30]);
  });
});
