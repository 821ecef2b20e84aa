import { applyPaperWorkbook, PAPER_SHEETS_SETTING } from "../../src/excel/applyPaperWorkbook";
import { ANALYSIS_BLOCKS, buildPaperWorkbook } from "../../src/excel/paperWorkbook";
import { FakeWorkbook } from "./fakeWorkbook";
import { installExcel } from "./excelMock";
import { PAPER_SHEET_NAMES } from "../paperSheets";

const build = (lang: "en" | "zh" = "en") =>
  (
    globalThis as unknown as { Excel: { run: <T>(f: (c: Excel.RequestContext) => Promise<T>) => Promise<T> } }
  ).Excel.run((context) => applyPaperWorkbook(context, lang));

describe("building the paper workbook", () => {
  it("writes contents, a sheet per figure with table and chart, analysis and sources in three syncs, alt text in a fourth", async () => {
    const book = new FakeWorkbook();
    const { sync } = installExcel(book);
    const result = await build();
    expect(sync).toHaveBeenCalledTimes(4);
    expect(result).toEqual({ sheets: PAPER_SHEET_NAMES, replaced: 0, skipped: [] });
    expect(book.sheet("Figure 1").chartRecords[0]?.altTextTitle).toBe("Figure 1 — R&D expenditure and its growth");
    expect(book.sheets.map((s) => s.sheetName)).toEqual(["Sheet1", ...PAPER_SHEET_NAMES]);
    for (const name of PAPER_SHEET_NAMES.slice(1, 9)) {
      expect(book.sheet(name).tableRecords).toHaveLength(1);
      expect(book.sheet(name).chartRecords).toHaveLength(1);
    }
    expect(book.sheet("INNO Contents").activated).toBe(true);
  });

  it("puts live INNO formulas on the Analysis sheet, which spill to the findings", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    await build();
    const analysis = book.sheet("INNO Analysis");
    const formulas = [...analysis.cells.values()]
      .map((c) => c.formula)
      .filter((f): f is string => typeof f === "string");
    expect(formulas).toEqual(ANALYSIS_BLOCKS.flatMap((b) => b.formulas.map((f) => f.formula)));
    const levels = [...analysis.cells.entries()].find(([, c]) => c.value === "r");
    expect(levels).toBeDefined();
    const [row, col] = (levels?.[0] as string).split(",").map(Number) as [number, number];
    expect(analysis.cells.get(`${row},${col + 1}`)?.value).toBeCloseTo(0.957, 3);
  });

  it("tests the paper's claims with live unit-root, Granger, regression and cointegration formulas, all numbers", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    await build();
    const analysis = book.sheet("INNO Analysis");
    const cells = [...analysis.cells.entries()];
    expect(cells.filter(([, c]) => typeof c.value === "string" && c.value.startsWith("#"))).toEqual([]);
    expect(cells.some(([, c]) => c.value === "Testing the paper's claims")).toBe(true);
    const calls = (name: string) => cells.filter(([, c]) => c.formula?.startsWith(`=INNO.${name}(`)).length;
    // Per pair (R&D/exports, applied research/high-tech exports): 2 series × levels and dlog; 2 orders × 2 ways.
    expect([calls("UNITROOT"), calls("GRANGER"), calls("REGRESS"), calls("COINT")]).toEqual([8, 8, 2, 2]);

    /** The value spilled i rows below and j columns right of the cell holding `formula`. */
    const spilled = (formula: string, i: number, j: number) => {
      const anchor = cells.find(([, c]) => c.formula === formula)?.[0];
      if (!anchor) throw new Error(`no cell holds ${formula}`);
      const [row, col] = anchor.split(",").map(Number) as [number, number];
      return analysis.cells.get(`${row + i},${col + j}`)?.value;
    };
    // References from statsmodels 0.13.5 on the same data (`inno export <id> --format csv`), by year:
    // grangercausalitytests(DataFrame({"ex": dlog exports_usd, "rd": dlog rd_expenditure}).dropna()[["ex","rd"]],
    // maxlag=2)[2][0]["ssr_ftest"] → F 2.2384490504436574, df_den 14;
    expect(spilled('=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")', 0, 1)).toBeCloseTo(2.23844905044, 9);
    expect(spilled('=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")', 2, 1)).toBe(14);
    // the same on rd_applied → hightech_exports_usd over 2015-2023 → F 17.01297493262475 with df_den 1;
    const applied = '=INNO.GRANGER("rd_applied","hightech_exports_usd",2,"dlog",,2015)';
    expect(spilled(applied, 0, 1)).toBeCloseTo(17.0129749326, 8);
    expect(spilled(applied, 2, 1)).toBe(1);
    // OLS(dlog exports, const + dlog R&D a year earlier).fit(cov_type="HAC", cov_kwds={"maxlags": 2}, use_t=True)
    // → slope 1.01978626, std error 0.39005927, p 0.01755779;
    const regression = '=INNO.REGRESS("exports_usd","rd_expenditure","dlog",1,"hac")';
    expect([0, 1, 2, 3, 4].map((j) => spilled(regression, 2, j))).toEqual([
      "rd_expenditure",
      expect.closeTo(1.01978626, 7),
      expect.closeTo(0.39005927, 7),
      expect.any(Number),
      expect.closeTo(0.01755779, 7),
    ]);
    // coint(log exports_usd, log rd_expenditure, 2003-2024, trend="c", maxlag=2, autolag="aic") → -3.154194220052389.
    const cointegration =
      '=INNO.COINT(INNO.SERIES("exports_usd",2003,2024,"log",,"values"),INNO.SERIES("rd_expenditure",2003,2024,"log",,"values"))';
    expect(spilled(cointegration, 2, 1)).toBeCloseTo(-3.15419422005, 9);
  });

  it("replaces its own sheets when run again and leaves the user's sheets alone", async () => {
    const book = new FakeWorkbook(["Sheet1", "Figure 1"]);
    book.sheet("Figure 1").writeValue(0, 0, "my own figure 1");
    installExcel(book);
    await build();
    const firstIds = JSON.parse(book.settings.get(PAPER_SHEETS_SETTING) as string) as string[];
    const again = await build();
    expect(again.replaced).toBe(PAPER_SHEET_NAMES.length);
    expect(book.sheets).toHaveLength(2 + PAPER_SHEET_NAMES.length);
    expect(book.sheet("Figure 1").cells.get("0,0")?.value).toBe("my own figure 1");
    expect(book.sheets.map((s) => s.sheetName)).toContain("Figure 1 (2)");
    const secondIds = JSON.parse(book.settings.get(PAPER_SHEETS_SETTING) as string) as string[];
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    const tableNames = book.sheets.flatMap((s) => s.tableRecords.map((t) => t.name));
    expect(tableNames).toContain("INNO_figure_6");
    expect(new Set(tableNames).size).toBe(tableNames.length);
  });

  it("names sheets and labels charts in Chinese when the pane is in Chinese", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    const result = await build("zh");
    expect(result.sheets).toContain("图6");
    expect(book.sheet("图6").chartRecords[0]?.title.text).toBe("图6 — 外贸依存度");
  });
});

describe("the paper workbook where Excel lacks a finishing touch", () => {
  it("lands every sheet, table and chart when charts are not among the shapes, with one note for the alt text", async () => {
    const book = new FakeWorkbook();
    book.chartsAreShapes = false;
    const { sync } = installExcel(book);
    const result = await build();
    expect(sync).toHaveBeenCalledTimes(4);
    expect(result).toMatchObject({
      sheets: PAPER_SHEET_NAMES,
      skipped: [{ step: "altText", reason: "failed", detail: expect.stringMatching(/^ItemNotFound/) }],
    });
    for (const name of PAPER_SHEET_NAMES.slice(1, 9)) {
      expect(book.sheet(name).tableRecords).toHaveLength(1);
      expect(book.sheet(name).chartRecords).toHaveLength(1);
    }
    expect(book.settings.has(PAPER_SHEETS_SETTING)).toBe(true);
  });

  it("builds in three syncs where ExcelApi 1.9 is absent, with one note for all charts' alt text", async () => {
    const book = new FakeWorkbook();
    const { sync } = installExcel(book);
    (globalThis as unknown as { Office: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= 8,
        },
      },
    };
    const result = await build();
    expect(sync).toHaveBeenCalledTimes(3);
    expect(result.skipped).toEqual([{ step: "altText", reason: "unsupported", detail: "ExcelApi 1.9" }]);
    expect(book.sheets.flatMap((s) => s.chartRecords)).toHaveLength(8);
  });
});

describe("the paper workbook written outside Excel", () => {
  it("holds the values the formulas give now, with each formula as text beside them", () => {
    const analysis = buildPaperWorkbook("en", false).find((s) => s.name === "INNO Analysis");
    if (analysis?.kind !== "grid") throw new Error("no analysis sheet");
    const cells = analysis.rows.flat();
    expect(cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(cells.map((c) => c.value)).toContain(
      'formula: =INNO.CORR("rd_expenditure","exports_usd","pearson",0,"level","stats")',
    );
  });
});
