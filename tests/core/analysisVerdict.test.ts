import { AnalysisSpec, computeAnalysis, DEFAULT_SPEC } from "../../src/core/analysisFormula";
import { analysisVerdict, VerdictSubject, variableName } from "../../src/core/analysisVerdict";
import type { Cell } from "../../src/core/errors";

const series = (id: string) => ({ kind: "series", id }) as const;

/** The spill of a spec, computed by the function the cell calls. */
function spillOf(patch: Partial<AnalysisSpec>): Cell[][] {
  const outcome = computeAnalysis({ ...DEFAULT_SPEC, ...patch });
  if (!outcome.ok || !Array.isArray(outcome.result)) throw new Error(outcome.ok ? "not a spill" : outcome.message);
  return outcome.result;
}

const growth: Omit<VerdictSubject, "test"> = {
  x: ["R&D growth"],
  y: "export growth",
  unit: "years",
};

describe("verdicts in words", () => {
  it("says the issue's Granger example as the issue writes it, with the caution on power", () => {
    // The illustrative spill of issue 11 (F = 0.42, p = 0.66, n = 17), with GRANGER's labels.
    const spill: Cell[][] = [
      ["F", 0.42],
      ["df_num", 2],
      ["df_den", 10],
      ["p_value", 0.66],
      ["n", 17],
      ["order", 2],
      ["transform", "dlog"],
      ["note", ""],
    ];
    expect(analysisVerdict(spill, { test: "granger", ...growth }, "en")).toBe(
      "At the 5% level, R&D growth does not help predict export growth (F = 0.42, p = 0.66, n = 17 years). With 17 years the test has little power.",
    );
    expect(analysisVerdict(spill, { test: "granger", x: ["R&D增长率"], y: "出口增长率", unit: "years" }, "zh")).toBe(
      "在5%的显著性水平下，R&D增长率不能帮助预测出口增长率（F = 0.42，p = 0.66，n = 17年）。只有17年数据，检验的功效很低。",
    );
  });

  it("reads the Granger test of the paper's series from its labelled spill (GRANGER of R&D and exports, dlog, order 2)", () => {
    const spill = spillOf({
      test: "granger",
      x: [series("rd_expenditure")],
      y: series("exports_usd"),
      lag: 2,
      transform: "dlog",
    });
    const F = spill.find((r) => r[0] === "F")?.[1] as number;
    const sentence = analysisVerdict(spill, { test: "granger", ...growth }, "en");
    expect(sentence).toContain(`F = ${F.toFixed(2)}`);
    expect(sentence).toMatch(/^At the 5% level, R&D growth (helps|does not help) predict export growth/);
  });

  it("says a significant correlation is one, and warns about trending levels from CORR's note", () => {
    const spill: Cell[][] = [
      ["statistic", "value"],
      ["r", 0.9],
      ["n", 22],
      ["p-value (two-sided)", 0.00001],
      ["note", "Both inputs trend over time"],
    ];
    expect(analysisVerdict(spill, { test: "correlation", x: ["R&D"], y: "exports", unit: "years" }, "en")).toBe(
      "At the 5% level, R&D and exports are correlated (r = 0.90, p < 0.001, n = 22 years). Both trend over time: a correlation of levels may be spurious. With 22 years the test has little power.",
    );
  });

  it("says per regressor whether its coefficient differs from 0, with R²", () => {
    const spill = spillOf({
      test: "regression",
      x: [series("rd_expenditure")],
      y: series("rd_basic"),
      transform: "dlog",
      lag: 0,
      se: "hac",
    });
    const en = analysisVerdict(
      spill,
      { test: "regression", x: ["R&D growth"], y: "basic-research growth", lag: 0, unit: "years" },
      "en",
    );
    expect(en).toMatch(
      /^At the 5% level, R&D growth has (a|no) significant effect on basic-research growth \(coefficient = -?\d+\.\d{3}, p [=<] [\d.]+, R² = \d\.\d\d, n = \d+ years\)\./,
    );
    const zh = analysisVerdict(
      spill,
      { test: "regression", x: ["R&D增长率"], y: "基础研究增长率", lag: 1, unit: "years" },
      "zh",
    );
    expect(zh).toMatch(/^在5%的显著性水平下，1年前的R&D增长率对基础研究增长率(有|没有)显著影响（系数 = /);
  });

  it("runs ADF and KPSS verdicts in opposite directions: ADF's null is a unit root, KPSS's is stationarity", () => {
    const rejects = (test: "adf" | "kpss"): Cell[][] => [
      ["test", test],
      ["stat", test === "adf" ? -4.1 : 0.8],
      ["p_value", 0.01],
      ["n", 21],
    ];
    const subject: VerdictSubject = { test: "unitroot", x: [], y: "exports", unit: "years" };
    expect(analysisVerdict(rejects("adf"), subject, "en")).toBe(
      "At the 5% level, the ADF test rejects a unit root: exports looks stationary (stat = -4.10, p = 0.010, n = 21 years). With 21 years the test has little power.",
    );
    expect(analysisVerdict(rejects("kpss"), subject, "en")).toBe(
      "At the 5% level, the KPSS test rejects stationarity: exports looks non-stationary (stat = 0.80, p ≤ 0.01, n = 21 years). Test its growth (dlog) or yearly change (diff) before using it in a regression or Granger test. With 21 years the test has little power.",
    );
    expect(analysisVerdict(spillOf({ test: "unitroot", y: series("exports_usd") }), subject, "zh")).toMatch(
      /ADF检验(不能拒绝单位根：exports可能是非平稳的|拒绝单位根：exports看起来是平稳的)/,
    );
  });

  it("shows KPSS's p at the bound of its table as a bound", () => {
    const spill: Cell[][] = [
      ["test", "kpss"],
      ["stat", 0.1],
      ["p_value", 0.1],
      ["n", 40],
    ];
    expect(analysisVerdict(spill, { test: "unitroot", x: [], y: "x", unit: "observations" }, "en")).toBe(
      "At the 5% level, the KPSS test does not reject stationarity: x may be stationary (stat = 0.10, p ≥ 0.10, n = 40 observations).",
    );
  });

  it("says whether two series are cointegrated (COINT of log R&D and log exports)", () => {
    const spill = spillOf({
      test: "cointegration",
      x: [series("rd_expenditure")],
      y: series("exports_usd"),
      transform: "log",
    });
    expect(
      analysisVerdict(spill, { test: "cointegration", x: ["log R&D"], y: "log exports", unit: "years" }, "en"),
    ).toMatch(
      /^At the 5% level, (log exports and log R&D are cointegrated|there is no evidence that log exports and log R&D are cointegrated)/,
    );
  });

  it("is empty for a result that is not a labelled spill", () => {
    expect(analysisVerdict(0.5, { test: "granger", ...growth }, "en")).toBe("");
    expect(analysisVerdict([["F", 1]], { test: "granger", ...growth }, "en")).toBe("");
  });
});

describe("names of inputs in a verdict", () => {
  it("names a series by its title as transformed, in both languages, and a range by its address", () => {
    expect(variableName(series("exports_usd"), "dlog", "en")).toBe("growth of goods exports (US$)");
    expect(variableName(series("rd_expenditure"), "level", "en")).toBe("R&D expenditure");
    expect(variableName(series("exports_usd"), "diff", "zh")).toBe("货物出口总额(美元)年度变化量");
    expect(variableName({ kind: "range", address: "Sheet1!A1:A9", values: [] }, "log", "en")).toBe("Sheet1!A1:A9");
  });
});
