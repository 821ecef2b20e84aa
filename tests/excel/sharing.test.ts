import {
  prepareForSharing,
  restoreFormulas,
  seriesInFormula,
  SHARED_SOURCES_SHEET,
  usesInno,
} from "../../src/excel/sharing";
import { FakeSheet, FakeWorkbook } from "./fakeWorkbook";
import { installExcel } from "./excelMock";

type Run = <T>(f: (c: Excel.RequestContext) => Promise<T>) => Promise<T>;
const excel = () => (globalThis as unknown as { Excel: { run: Run } }).Excel;

/** Every cell of every sheet but the sources log, as it stands. */
function snapshot(book: FakeWorkbook): string {
  return JSON.stringify(
    book.sheets
      .filter((s) => s.sheetName !== SHARED_SOURCES_SHEET)
      .map((s) => [s.sheetName, [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b))]),
  );
}

/** Each cell's value by address, formulas aside: what a reader of the sheet sees. */
function valuesOf(sheet: FakeSheet): Record<string, unknown> {
  return Object.fromEntries([...sheet.cells.entries()].map(([k, c]) => [k, c.value]));
}

function userWorkbook(): FakeWorkbook {
  const book = new FakeWorkbook(["Data", "Notes"]);
  const data = book.sheet("Data");
  data.writeValue(0, 0, 10);
  data.writeValue(1, 0, 20);
  data.writeFormula(2, 0, "=SUM(A1:A2)");
  data.cell(0, 0).numberFormat = "0.00";
  data.writeFormula(5, 0, '=INNO.SERIES("gdp",2020,2022)');
  data.cell(6, 1).numberFormat = "#,##0.0";
  data.writeFormula(0, 5, '=INNO.INFO("gdp","unit")');
  data.writeFormula(12, 3, '=INNO.CORR("rd_expenditure","exports_usd","pearson",1,"yoy","stats")');
  book.sheet("Notes").writeValue(0, 0, "keep me");
  book.sheet("Notes").writeFormula(2, 2, '=INNO.DEPENDENCE("total",2021,2022)');
  return book;
}

describe("Prepare for sharing", () => {
  it("finds INNO formulas and the series they use", () => {
    expect(usesInno('=INNO.SERIES("gdp")')).toBe(true);
    expect(usesInno('=SUM(inno.series("gdp",,,,,"values"))')).toBe(true);
    expect(usesInno("=SUM(A1:A3)")).toBe(false);
    expect(usesInno("INNO.SERIES is text")).toBe(false);
    expect(seriesInFormula('=INNO.CORR("rd_expenditure","Exports_USD")')).toEqual(["rd_expenditure", "exports_usd"]);
    expect(seriesInFormula('=INNO.DEPENDENCE("total",2003)')).toEqual(["dependence_total"]);
    // Any INNO function counts, nested calls too: not a fixed list of names.
    const nested = '=INNO.UNITROOT(INNO.SERIES("rd_applied",2008,2024,"dlog",,"values"),"kpss")';
    expect(usesInno(nested)).toBe(true);
    expect(seriesInFormula(nested)).toEqual(["rd_applied"]);
  });

  it("turns every INNO formula of the workbook into its values, whole spills included, and logs the sources", async () => {
    const book = userWorkbook();
    const { sync } = installExcel(book);
    const spilledGdp2021 = book.sheet("Data").cells.get("7,1")?.value;
    const result = await excel().run((c) => prepareForSharing(c, "workbook"));
    expect(sync).toHaveBeenCalledTimes(4);
    // 4×2 GDP table + 1 unit + 12×2 statistics + 3×2 dependence table.
    expect(result).toEqual({ formulas: 4, cells: 8 + 1 + 24 + 6, sheets: 2 });
    const data = book.sheet("Data");
    expect(data.cells.get("5,0")).toMatchObject({ formula: null, value: "Year" });
    expect(data.cells.get("7,1")).toMatchObject({ formula: null, value: spilledGdp2021 });
    expect(data.cells.get("7,1")?.spilledFrom).toBeUndefined();
    expect(data.cells.get("0,5")).toMatchObject({ formula: null, value: "100 million yuan" });
    expect(data.cells.get("2,0")).toMatchObject({ formula: "=SUM(A1:A2)" });
    expect(data.cells.get("6,1")?.numberFormat).toBe("#,##0.0");
    const log = book.sheet(SHARED_SOURCES_SHEET);
    expect(log.cells.get("0,3")?.value).toBe("formula");
    const logged = [1, 2, 3, 4].map((r) => [
      log.cells.get(`${r},0`)?.value,
      log.cells.get(`${r},1`)?.value,
      log.cells.get(`${r},3`)?.value,
    ]);
    expect(logged).toEqual([
      ["Data", "F1", '=INNO.INFO("gdp","unit")'],
      ["Data", "A6:B9", '=INNO.SERIES("gdp",2020,2022)'],
      ["Data", "D13:E24", '=INNO.CORR("rd_expenditure","exports_usd","pearson",1,"yoy","stats")'],
      ["Notes", "C3:D5", '=INNO.DEPENDENCE("total",2021,2022)'],
    ]);
    expect(log.cells.get("2,5")?.value).toBe("Gross domestic product");
    expect(log.cells.get("3,4")?.value).toBe("rd_expenditure, exports_usd");
    expect(String(log.cells.get("2,7")?.value)).toMatch(/NBS/);
  });

  it("restores the formulas so the workbook comes back identical", async () => {
    const book = userWorkbook();
    installExcel(book);
    const before = snapshot(book);
    await excel().run((c) => prepareForSharing(c, "workbook"));
    expect(snapshot(book)).not.toBe(before);
    const { sync } = installExcel(book);
    const restored = await excel().run((c) => restoreFormulas(c));
    expect(restored).toEqual({ formulas: 4 });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(snapshot(book)).toBe(before);
    expect(book.sheets.map((s) => s.sheetName)).toEqual(["Data", "Notes"]);
  });

  it("converts the econometric functions' spills to values and restores them exactly", async () => {
    const regression = '=INNO.REGRESS("exports_usd","rd_expenditure","dlog",1,"hac")';
    const granger = '=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")';
    const book = new FakeWorkbook(["Model"]);
    const model = book.sheet("Model");
    model.writeFormula(0, 0, regression);
    model.writeFormula(0, 8, granger);
    // The table: a header, intercept and one regressor, then 13 statistics ending with the note; 7 columns.
    expect(model.cells.get("0,0")?.spill).toEqual({ rows: 16, columns: 7 });
    expect(model.cells.get("0,8")?.spill).toEqual({ rows: 8, columns: 2 });
    const shown = valuesOf(model);
    installExcel(book);
    const before = snapshot(book);

    const result = await excel().run((c) => prepareForSharing(c, "workbook"));
    expect(result).toEqual({ formulas: 2, cells: 16 * 7 + 8 * 2, sheets: 1 });
    expect(model.cells.get("0,0")).toMatchObject({ formula: null, value: "term" });
    expect(model.cells.get("2,0")).toMatchObject({ formula: null, value: "rd_expenditure" });
    expect(model.cells.get("15,0")).toMatchObject({ formula: null, value: "note" });
    expect(model.cells.get("0,8")).toMatchObject({ formula: null, value: "F" });
    expect([...model.cells.values()].every((c) => c.formula === null && c.spilledFrom === undefined)).toBe(true);
    // Every value is the one the formula showed: only the formulas and the spill marks are gone.
    expect(valuesOf(model)).toEqual(shown);
    const log = book.sheet(SHARED_SOURCES_SHEET);
    expect([1, 2].map((r) => [0, 1, 2, 3, 4].map((c) => log.cells.get(`${r},${c}`)?.value))).toEqual([
      ["Model", "A1:G16", "A1", regression, "exports_usd, rd_expenditure"],
      ["Model", "I1:J8", "I1", granger, "rd_expenditure, exports_usd"],
    ]);

    const restored = await excel().run((c) => restoreFormulas(c));
    expect(restored).toEqual({ formulas: 2 });
    expect(snapshot(book)).toBe(before);
    expect(model.cells.get("0,0")?.formula).toBe(regression);
    expect(model.cells.get("1,8")?.spilledFrom).toBe("0,8");
  });

  it("converts only the active sheet, or only the selection, when asked", async () => {
    const book = userWorkbook();
    installExcel(book);
    const sheetOnly = await excel().run((c) => prepareForSharing(c, "sheet"));
    expect(sheetOnly).toMatchObject({ formulas: 3, sheets: 1 });
    expect(book.sheet("Notes").cells.get("2,2")?.formula).toBe('=INNO.DEPENDENCE("total",2021,2022)');

    const other = userWorkbook();
    other.selection = (other.sheet("Data") as FakeSheet).getRange("A6");
    installExcel(other);
    const selection = await excel().run((c) => prepareForSharing(c, "selection"));
    expect(selection).toEqual({ formulas: 1, cells: 8, sheets: 1 });
    expect(other.sheet("Data").cells.get("0,5")?.formula).toBe('=INNO.INFO("gdp","unit")');
  });

  it("appends to the sources sheet on a second run, and reports nothing to do when there is nothing", async () => {
    const book = userWorkbook();
    installExcel(book);
    await excel().run((c) => prepareForSharing(c, "sheet"));
    book.sheet("Data").activated = false;
    book.sheet("Notes").activate();
    await excel().run((c) => prepareForSharing(c, "sheet"));
    expect(book.sheet(SHARED_SOURCES_SHEET).cells.get("4,0")?.value).toBe("Notes");
    expect(await excel().run((c) => prepareForSharing(c, "workbook"))).toEqual({ formulas: 0, cells: 0, sheets: 0 });
  });
});
