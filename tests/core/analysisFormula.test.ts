import {
  AnalysisSpec,
  analysisFormula,
  computeAnalysis,
  DEFAULT_SPEC,
  normalizeSpec,
} from "../../src/core/analysisFormula";
import { PAPER_QUESTIONS } from "../../src/core/paperQuestions";
import { transformSuggestion } from "../../src/core/transformSuggestion";
import { evaluateFormula, JsonResult } from "../../src/functions/evaluateFormula";
import { parseFormula } from "../../src/functions/formulaParser";
import { CellError, CellResult } from "../../src/core/errors";

const series = (id: string) => ({ kind: "series", id }) as const;
const spec = (patch: Partial<AnalysisSpec>): AnalysisSpec => ({ ...DEFAULT_SPEC, ...patch });

/** A result as the CLI prints it, so the pane's computation and `inno eval` compare cell by cell. */
function asJson(result: CellResult): JsonResult {
  const cell = (c: unknown) => (c instanceof CellError ? { error: c.code, message: c.message } : c);
  if (!Array.isArray(result)) return cell(result) as JsonResult;
  return result.map((row) => row.map(cell)) as JsonResult;
}

const rdExports = spec({
  test: "granger",
  x: [series("rd_expenditure")],
  y: series("exports_usd"),
  transform: "dlog",
  lag: 2,
});

describe("the Analyse tab's formula", () => {
  it("writes the issue's Granger example exactly, stopping before the defaults", () => {
    expect(analysisFormula(rdExports)).toBe('=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")');
    expect(analysisFormula({ ...rdExports, transform: "level", lag: 1 })).toBe(
      '=INNO.GRANGER("rd_expenditure","exports_usd")',
    );
  });

  it("writes each test with its arguments in the function's order", () => {
    const x = [series("rd_expenditure")];
    const y = series("exports_usd");
    expect(analysisFormula(spec({ test: "correlation", x, y, lag: 0, transform: "dlog" }))).toBe(
      '=INNO.CORR("rd_expenditure","exports_usd","pearson",0,"dlog","stats")',
    );
    expect(analysisFormula(spec({ test: "regression", x: [...x, series("gdp")], y, lag: 1, se: "hac" }))).toBe(
      '=INNO.REGRESS("exports_usd",{"rd_expenditure","gdp"},"level",1,"hac")',
    );
    expect(analysisFormula(spec({ test: "unitroot", y, unitRootTest: "kpss", trend: "ct" }))).toBe(
      '=INNO.UNITROOT("exports_usd","kpss","ct")',
    );
    expect(analysisFormula(spec({ test: "cointegration", x, y }))).toBe('=INNO.COINT("exports_usd","rd_expenditure")');
  });

  it("leaves omitted arguments empty before the years", () => {
    expect(analysisFormula({ ...rdExports, startYear: 2005, endYear: 2020 })).toBe(
      '=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog",,2005,2020)',
    );
  });

  it("transforms UNITROOT and COINT inputs through INNO.SERIES, which carries the years", () => {
    expect(
      analysisFormula(spec({ test: "unitroot", y: series("exports_usd"), transform: "dlog", startYear: 2004 })),
    ).toBe('=INNO.UNITROOT(INNO.SERIES("exports_usd",2004,,"dlog",,"values"))');
  });

  it("writes a selected range by its address and keeps ranges at level where only series can be transformed", () => {
    const range = { kind: "range", address: "Sheet1!B2:B21", values: [[1], [2]] } as const;
    const unitRoot = spec({ test: "unitroot", y: range, transform: "dlog", trend: "n", unitRootTest: "kpss" });
    expect(normalizeSpec(unitRoot)).toMatchObject({ transform: "level", trend: "c" });
    expect(analysisFormula(unitRoot)).toBe('=INNO.UNITROOT(Sheet1!B2:B21,"kpss")');
  });
});

describe("the live result", () => {
  const cases: [string, AnalysisSpec][] = [
    ["the issue's Granger test", rdExports],
    ...PAPER_QUESTIONS.map((q): [string, AnalysisSpec] => [`paper question ${q.key}`, q.spec]),
    ["ADF on levels", spec({ test: "unitroot", y: series("rd_expenditure") })],
    [
      "KPSS on growth",
      spec({ test: "unitroot", y: series("rd_expenditure"), unitRootTest: "kpss", transform: "dlog" }),
    ],
    [
      "cointegration of log levels",
      spec({ test: "cointegration", x: [series("rd_expenditure")], y: series("exports_usd"), transform: "log" }),
    ],
  ];

  it.each(cases)("of %s is what `inno eval` gives for its formula, cell for cell", (_, s) => {
    const outcome = computeAnalysis(s);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(asJson(outcome.result)).toEqual(evaluateFormula(parseFormula(analysisFormula(s))));
  });

  it("gives the error and message the cell shows for too few years, as `inno eval` does", () => {
    const short = { ...rdExports, startYear: 2019, endYear: 2024 };
    const outcome = computeAnalysis(short);
    expect(outcome.ok).toBe(false);
    const cell = evaluateFormula(parseFormula(analysisFormula(short)));
    expect(outcome).toMatchObject({
      code: (cell as { error: string }).error,
      message: (cell as { message: string }).message,
    });
    expect(outcome).toMatchObject({ code: "#DIV/0!" });
  });

  it("gives #VALUE! naming the cell for a selection holding text, and #N/A for inputs of different lengths", () => {
    const text = { kind: "range", address: "Sheet1!A1:A4", values: [[1], [2], ["n/a"], [4]] } as const;
    const four = { kind: "range", address: "Sheet1!B1:B4", values: [[1], [3], [2], [5]] } as const;
    const three = { kind: "range", address: "Sheet1!C1:C3", values: [[1], [3], [2]] } as const;
    expect(computeAnalysis(spec({ test: "correlation", x: [text], y: four, lag: 0 }))).toMatchObject({
      ok: false,
      code: "#VALUE!",
      message: expect.stringContaining("row 3"),
    });
    expect(computeAnalysis(spec({ test: "regression", x: [three], y: four, lag: 0 }))).toMatchObject({
      ok: false,
      code: "#N/A",
    });
  });

  it("gives an error, never a throw, for an empty selection", () => {
    const empty = { kind: "range", address: "Sheet1!A1:A3", values: [[""], [""], [""]] } as const;
    const outcome = computeAnalysis(spec({ test: "unitroot", y: empty }));
    expect(outcome.ok).toBe(false);
  });
});

describe("the transform suggestion", () => {
  it("suggests dlog when ADF cannot reject a unit root in positive levels (R&D expenditure, exports)", () => {
    const suggestion = transformSuggestion({ ...rdExports, transform: "level" });
    expect(suggestion?.transform).toBe("dlog");
    expect(suggestion?.inputs.length).toBeGreaterThan(0);
  });

  it("suggests nothing once the inputs are transformed, nor for cointegration (a test of levels)", () => {
    expect(transformSuggestion(rdExports)).toBeNull();
    expect(transformSuggestion({ ...rdExports, test: "cointegration", transform: "level" })).toBeNull();
  });

  it("suggests diff for a range with values that are not positive", () => {
    const trending = Array.from({ length: 20 }, (_, i) => [i - 5 + (i % 3)]);
    const other = Array.from({ length: 20 }, (_, i) => [2 * i - 3 - (i % 2)]);
    const suggestion = transformSuggestion(
      spec({
        test: "regression",
        x: [{ kind: "range", address: "A1:A20", values: trending }],
        y: { kind: "range", address: "B1:B20", values: other },
        lag: 0,
      }),
    );
    expect(suggestion?.transform).toBe("diff");
  });
});

describe("normalizing the builder", () => {
  it("keeps a range of regressors alone, since its columns are the regressors", () => {
    const range = { kind: "range", address: "Sheet1!B2:C21", values: [[1, 2]] } as const;
    const mixed = spec({ test: "regression", x: [range, series("gdp")], y: series("exports_usd"), lag: 0 });
    expect(normalizeSpec(mixed).x).toEqual([range]);
    expect(analysisFormula(mixed)).toBe('=INNO.REGRESS("exports_usd",Sheet1!B2:C21)');
  });
});
