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
