import { corr, dependence, series } from "../../src/functions/functions";
import { call } from "./callFunction";

type CorrArgs = Parameters<typeof corr>;
type DepArgs = Parameters<typeof dependence>;
const runCorr = (...args: unknown[]) => call(corr, ...(args as CorrArgs));
const runDep = (...args: unknown[]) => call(dependence, ...(args as DepArgs));
const column = (values: unknown[]) => values.map((v) => [v]);
const valueOf = (outcome: ReturnType<typeof call>) => (outcome as { value: unknown[][] }).value;

const X1 = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

describe("INNO.CORR", () => {
  it("gives r, n, t, p and the Fisher-z interval of R's cor.test on Anscombe's first set", () => {
    const rows = valueOf(runCorr(column(X1), column(Y1), "pearson", 0, "level", "stats"));
    const stat = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(rows[0]).toEqual(["statistic", "value"]);
    expect(stat("r")).toBeCloseTo(0.8164, 4);
    expect(stat("n")).toBe(11);
    expect(stat("t")).toBeCloseTo(4.2415, 4);
    expect(stat("p-value (two-sided)")).toBeCloseTo(0.00217, 5);
    expect(stat("95% CI low")).toBeCloseTo(0.424, 3);
    expect(stat("95% CI high")).toBeCloseTo(0.951, 3);
  });

  it("returns r alone by default, for rows as for columns", () => {
    expect(valueOf(runCorr([X1], [Y1]))[0]?.[0]).toBeCloseTo(0.8164205, 7);
    expect(valueOf(runCorr(column(X1), column(Y1)))[0]?.[0]).toBeCloseTo(0.8164205, 7);
  });

  it("skips blank cells pairwise, as CORREL does", () => {
    // Complete pairs (1,2), (2,4), (5,10) lie on one line: r = 1.
    expect(valueOf(runCorr(column([1, 2, "", 4, 5]), column([2, 4, 6, "", 10])))[0]?.[0]).toBeCloseTo(1, 12);
    expect(valueOf(runCorr(column([1, 2, null, 4, 5]), column([2, 4, 6, null, 10])))[0]?.[0]).toBeCloseTo(1, 12);
  });

  it("pairs x[i] with y[i + lag] for ranges", () => {
    // Pairs (1,1), (2,2), (3,3), (4,5): r = 6.5 / sqrt(5 × 8.75) = 0.982708 (by hand).
    expect(valueOf(runCorr([[1, 2, 3, 4, 5]], [[9, 1, 2, 3, 5]], null, 1))[0]?.[0]).toBeCloseTo(
      6.5 / Math.sqrt(43.75),
      12,
    );
  });

  it("aligns series by year, x in year t with y in year t + lag, after the transform", () => {
    const growth = (id: string) =>
      valueOf(call(series, id as never, 2004, 2024, "yoy" as never, undefined, "noheader" as never));
    const rd = growth("rd_expenditure");
    const ex = growth("exports_usd");
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [year, value] of rd) {
      const next = ex.find((r) => r[0] === (year as number) + 1)?.[1];
      if (typeof value === "number" && typeof next === "number") {
        xs.push(value);
        ys.push(next);
      }
    }
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] as number) - my), 0);
    const r = cov / Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0) * ys.reduce((s, y) => s + (y - my) ** 2, 0));
    expect(valueOf(runCorr("rd_expenditure", "exports_usd", "pearson", 1, "yoy", "r", 2004, 2024))[0]?.[0]).toBeCloseTo(
      r,
      12,
    );
  });

  it("warns when both inputs are trending levels, and not on growth rates", () => {
    const note = (transform: string) =>
      valueOf(runCorr("rd_expenditure", "exports_usd", "pearson", 0, transform, "stats")).find(
        (r) => r[0] === "note",
      )?.[1];
    expect(note("level")).toMatch(/Both inputs trend over time.*"yoy" or "diff"/);
    expect(note("yoy")).toBe("");
  });

  it("accepts a series id held in a cell (a 1×1 range)", () => {
    expect(runCorr([["rd_expenditure"]], [["exports_usd"]])).toEqual(runCorr("rd_expenditure", "exports_usd"));
  });

  it("gives Excel's errors with a message for bad input", () => {
    expect(runCorr([[1, 2, 3]], [[1, 2]])).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/x has 3 values and y has 2/),
    });
    expect(runCorr([[1, 2]], [[3, 4]])).toMatchObject({
      error: "#DIV/0!",
      message: expect.stringMatching(/at least 3 complete pairs/),
    });
    expect(runCorr([[1, 2, 3]], [[7, 7, 7]])).toMatchObject({ error: "#DIV/0!" });
    expect(runCorr([[1, 2, "x"]], [[1, 2, 3]])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/row 1, column 3 holds the text "x"/),
    });
    expect(runCorr([[1, true, 3]], [[1, 2, 3]])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/the logical TRUE/),
    });
    expect(runCorr([[1, -2, 3]], [[1, 2, 3]], null, null, "log")).toMatchObject({ error: "#NUM!" });
    expect(runCorr("rd_expenditure", [[1, 2, 3]])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/both be series ids or both be ranges/),
    });
    expect(runCorr("nope", "gdp")).toMatchObject({ error: "#N/A" });
    expect(runCorr("gdp", "rd_expenditure", "cosine")).toMatchObject({ error: "#VALUE!" });
    expect(runCorr("provincial_trade_usd", "gdp")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/one series per region/),
    });
  });
});

describe("INNO.DEPENDENCE", () => {
  it("divides trade by GDP in percent, element by element", () => {
    expect(runDep([[100], [200]], [[1000], [1000]])).toEqual({ value: [[10], [20]] });
  });

  it("converts trade with an exchange rate, one number or a range", () => {
    expect(runDep([[100, 50]], [[1000, 1000]], [[7]])).toEqual({ value: [[70, 35]] });
    expect(runDep([[100, 50]], [[1000, 1000]], [[7, 8]])).toEqual({ value: [[70, 40]] });
    expect(runDep(100, 1000, 7)).toEqual({ value: [[70]] });
  });

  it("keeps blanks blank and marks GDP of 0 with #DIV/0! in that cell", () => {
    const rows = valueOf(runDep([[100], [""], [50]], [[1000], [1000], [0]]));
    expect(rows[0]).toEqual([10]);
    expect(rows[1]).toEqual([""]);
    expect((rows[2]?.[0] as { code: string }).code).toBe("#DIV/0!");
  });

  it("refuses ranges of different shapes with #VALUE!", () => {
    expect(runDep([[1], [2]], [[1, 2]])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/same shape/),
    });
    expect(runDep([[1, 2]], [[1, 2]], [[1], [2]])).toMatchObject({ error: "#VALUE!" });
  });

  it("gives China's official series by kind, exactly as the dependence_* series", () => {
    for (const kind of ["total", "export", "import"]) {
      expect(runDep(kind, 2010, 2022)).toEqual(call(series, `dependence_${kind}` as never, 2010, 2022));
    }
    expect(runDep("imports")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/total, export, import/),
    });
  });
});
