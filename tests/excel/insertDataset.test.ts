import { insertPlan } from "../../src/excel/commands";
import { FIGURE_DATASETS, findDataset } from "../../src/excel/datasets";
import { buildPlan, PlanOptions } from "../../src/excel/insertionPlan";
import { FakeWorkbook } from "./fakeWorkbook";
import { installExcel } from "./excelMock";

const VALUES: PlanOptions = { mode: "values", chart: true, note: true, lang: "en" };

function planOf(key: string, options: Partial<PlanOptions> = {}) {
  const dataset = findDataset(key);
  if (!dataset) throw new Error(key);
  return buildPlan(dataset, { ...VALUES, ...options });
}

function cellValue(book: FakeWorkbook, sheet: string, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cell = book.sheet(sheet).cells.get(`${Number(m[2]) - 1},${col}`);
  return cell?.formula ?? cell?.value;
}

describe("inserting a figure on a new sheet", () => {
  it.each(FIGURE_DATASETS.map((d) => [d.key]))(
    "writes %s as a table with a native chart in two syncs, and its alt text in a third",
    async (key) => {
      const book = new FakeWorkbook();
      const { sync } = installExcel(book);
      const plan = planOf(key);
      const outcome = await insertPlan(plan, { kind: "newSheet" });
      expect(sync).toHaveBeenCalledTimes(3);
      expect(outcome).toMatchObject({ status: "inserted", skipped: [] });
      const sheet = book.sheets[1];
      expect(sheet?.sheetName).toBe(plan.sheetName);
      expect(sheet?.tableRecords).toHaveLength(1);
      expect(sheet?.chartRecords).toHaveLength(1);
      expect(sheet?.chartRecords[0]?.seriesBy).toBe("Columns");
      expect(sheet?.chartRecords[0]?.series.every((s) => s.xAxisValues !== undefined)).toBe(true);
      expect(sheet?.activated).toBe(true);
    },
  );

  it("writes figure 1's values, formats, table, and the growth line on a secondary axis", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    const outcome = await insertPlan(planOf("figure-1"), { kind: "newSheet" });
    expect(outcome).toMatchObject({
      status: "inserted",
      sheetName: "Figure 1",
      address: "Figure 1!A1:C23",
      tableName: "INNO_figure_1",
    });
    // Final 2022 communique: 30,782.9 亿元 in row 21 (2003 is row 2); growth 2022 = 10.1%.
    expect(cellValue(book, "Figure 1", "A21")).toBe(2022);
    expect(cellValue(book, "Figure 1", "B21")).toBe(30782.9);
    expect(cellValue(book, "Figure 1", "C21")).toBeCloseTo(10.11, 2);
    expect(cellValue(book, "Figure 1", "C2")).toBe("");
    const cells = book.sheet("Figure 1").cells;
    expect([cells.get("1,0")?.numberFormat, cells.get("1,1")?.numberFormat, cells.get("1,2")?.numberFormat]).toEqual([
      "0",
      "#,##0.0",
      "0.0",
    ]);
    const sheet = book.sheet("Figure 1");
    expect(sheet.tableRecords[0]).toEqual({
      address: "A1:C23",
      hasHeaders: true,
      name: "INNO_figure_1",
      style: "TableStyleMedium2",
    });
    const chart = sheet.chartRecords[0];
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      sourceAddress: "B1:C23",
      name: "INNO figure-1",
      title: { text: "Figure 1 — R&D expenditure and its growth" },
      legend: { visible: true, position: "Bottom" },
    });
    expect(chart?.series).toEqual([
      { xAxisValues: "A2:A23", setXAxisValues: expect.any(Function) },
      { xAxisValues: "A2:A23", chartType: "Line", axisGroup: "Secondary", setXAxisValues: expect.any(Function) },
    ]);
    expect(chart?.axes["Category/Primary"]?.title.text).toBe("Year");
    expect(chart?.axes["Value/Primary"]?.title.text).toBe("100 million yuan");
    expect(chart?.axes["Value/Secondary"]?.title.text).toBe("Growth (%)");
    expect(chart?.position).toEqual(["E1", "L18"]);
    // Alt text goes on the chart's shape (charts have no alt-text property of their own).
    expect(chart?.altTextTitle).toBe("Figure 1 — R&D expenditure and its growth");
    expect(chart?.altTextDescription).toMatch(
      /^Column chart of R&D expenditure .*2003-2024; growth drawn as a line on the right-hand axis\.$/,
    );
    expect(String(cellValue(book, "Figure 1", "E19"))).toMatch(/^Source: Final figures from NBS/);
    expect(String(cellValue(book, "Figure 1", "A25"))).toMatch(/^Source:/);
  });

  it("draws figure 6 as three lines with a legend and unit on the value axis", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    await insertPlan(planOf("figure-6"), { kind: "newSheet" });
    const chart = book.sheet("Figure 6").chartRecords[0];
    expect(chart).toMatchObject({ type: "Line", sourceAddress: "B1:D23" });
    expect(chart?.series).toHaveLength(3);
    expect(chart?.series.some((s) => s.axisGroup)).toBe(false);
    expect(chart?.axes["Value/Primary"]?.title.text).toBe("%");
  });

  it("draws figure 7 as bars by province for the chosen year, sorted from largest", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    await insertPlan(planOf("figure-7", { year: 2022 }), { kind: "newSheet" });
    expect(cellValue(book, "Figure 7", "A2")).toBe("Guangdong");
    expect(cellValue(book, "Figure 7", "B2")).toBe(14155.7);
    expect(cellValue(book, "Figure 7", "A32")).toBe("Tibet");
    const chart = book.sheet("Figure 7").chartRecords[0];
    expect(chart).toMatchObject({ type: "BarClustered", sourceAddress: "B1:B32", legend: { visible: false } });
    expect(chart?.title.text).toBe("Figure 7 — Trade of the 31 provinces, 2022");
  });

  it("makes the sheet and table names unique when the figure was inserted before", async () => {
    const book = new FakeWorkbook(["Sheet1", "Figure 6"]);
    installExcel(book);
    const first = await insertPlan(planOf("figure-6"), { kind: "newSheet" });
    const second = await insertPlan(planOf("figure-6"), { kind: "newSheet" });
    expect(first).toMatchObject({ sheetName: "Figure 6 (2)", tableName: "INNO_figure_6" });
    expect(second).toMatchObject({ sheetName: "Figure 6 (3)", tableName: "INNO_figure_6_2" });
  });

  it("writes live formulas that spill, without a table (a table cannot hold a spill)", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    const outcome = await insertPlan(planOf("figure-4", { mode: "formulas" }), { kind: "newSheet" });
    expect(outcome).toMatchObject({ status: "inserted", tableName: null });
    expect(cellValue(book, "Figure 4", "A2")).toBe('=INNO.SERIES("exports_usd",2003,2024,,,"noheader")');
    // B2 is the spill of A2: 2003 exports, 4,384 亿美元 (MOFCOM via CRI, data/national.csv).
    expect(book.sheet("Figure 4").cells.get("1,1")).toMatchObject({ value: 4384, formula: null, spilledFrom: "1,0" });
    expect(cellValue(book, "Figure 4", "C2")).toBe('=INNO.SERIES("imports_usd",2003,2024,,,"values")');
    expect(cellValue(book, "Figure 4", "D2")).toBe('=INNO.SERIES("trade_usd",2003,2024,,,"values")');
    expect(book.sheet("Figure 4").tableRecords).toHaveLength(0);
    expect(book.sheet("Figure 4").chartRecords).toHaveLength(1);
  });
});

describe("inserting at the selected cell", () => {
  it("writes at the selection when the area is empty, in two syncs", async () => {
    const book = new FakeWorkbook();
    book.selection = book.sheet("Sheet1").getRangeByIndexes(4, 2, 1, 1);
    const { sync } = installExcel(book);
    const outcome = await insertPlan(planOf("series-gdp", { chart: false, note: false }), { kind: "selection" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome).toMatchObject({ status: "inserted", address: "Sheet1!C5:D27" });
    expect(cellValue(book, "Sheet1", "C6")).toBe(2003);
    expect(cellValue(book, "Sheet1", "D6")).toBe(136564.6);
  });

  it("never overwrites a non-empty cell: it stops after one sync and says where the data is and where it fits", async () => {
    const book = new FakeWorkbook();
    const sheet = book.sheet("Sheet1");
    sheet.getRangeByIndexes(9, 1, 1, 1).values = [["my note"]];
    sheet.getRangeByIndexes(30, 0, 1, 1).values = [[42]];
    const before = JSON.stringify([...sheet.cells]);
    book.selection = sheet.getRangeByIndexes(0, 0, 1, 1);
    const { sync } = installExcel(book);
    const outcome = await insertPlan(planOf("figure-6"), { kind: "selection" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({
      status: "occupied",
      sheetName: "Sheet1",
      firstUsedCell: "B10",
      nextFree: { sheetName: "Sheet1", row: 32, column: 0 },
    });
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(sheet.tableRecords).toHaveLength(0);
    expect(sheet.chartRecords).toHaveLength(0);
  });

  it("also protects the cell where the chart's source line goes, and a formula returning blank", async () => {
    const book = new FakeWorkbook();
    const sheet = book.sheet("Sheet1");
    sheet.getRangeByIndexes(18, 4, 1, 1).formulas = [['=""']];
    installExcel(book);
    const outcome = await insertPlan(planOf("figure-1"), { kind: "selection" });
    expect(outcome).toMatchObject({ status: "occupied", firstUsedCell: "E19" });
  });

  it("inserts in the next free area the guard offered", async () => {
    const book = new FakeWorkbook();
    const sheet = book.sheet("Sheet1");
    sheet.getRangeByIndexes(0, 0, 1, 1).values = [["mine"]];
    installExcel(book);
    const first = await insertPlan(planOf("series-gdp"), { kind: "selection" });
    if (first.status !== "occupied") throw new Error("expected the guard");
    const second = await insertPlan(planOf("series-gdp"), { kind: "cell", ...first.nextFree });
    expect(second).toMatchObject({ status: "inserted", address: "Sheet1!A3:B25" });
    expect(cellValue(book, "Sheet1", "A1")).toBe("mine");
  });

  it("names a second chart of the same dataset on a sheet uniquely, so its alt text finds the right shape", async () => {
    const book = new FakeWorkbook();
    installExcel(book);
    const first = await insertPlan(planOf("series-gdp"), { kind: "selection" });
    book.selection = book.sheet("Sheet1").getRangeByIndexes(40, 0, 1, 1);
    const second = await insertPlan(planOf("series-gdp"), { kind: "selection" });
    expect([first, second].map((o) => (o.status === "inserted" ? o.chartName : null))).toEqual([
      "INNO series-gdp",
      "INNO series-gdp (2)",
    ]);
    expect(book.sheet("Sheet1").chartRecords.map((c) => c.altTextDescription)).toEqual([
      expect.stringMatching(/^Line chart of Gross domestic product/),
      expect.stringMatching(/^Line chart of Gross domestic product/),
    ]);
  });
});

describe("finishing touches that this Excel may lack never fail an insertion", () => {
  /** Plays a host whose ExcelApi goes up to 1.`minor` (versions compare part by part: 1.9 < 1.14). */
  function hostWithExcelApiUpTo(minor: number): void {
    (globalThis as unknown as { Office: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && Number(version.split(".")[1]) <= minor,
        },
      },
    };
  }

  it("inserts table and chart when the sheet does not list charts among its shapes, and notes the missing alt text", async () => {
    const book = new FakeWorkbook();
    book.chartsAreShapes = false;
    const { sync } = installExcel(book);
    const outcome = await insertPlan(planOf("figure-1"), { kind: "newSheet" });
    // Two syncs write everything; the third, for the alt text, fails with ItemNotFound and becomes a note.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(outcome).toMatchObject({
      status: "inserted",
      address: "Figure 1!A1:C23",
      skipped: [{ step: "altText", reason: "failed", detail: "ItemNotFound: shape INNO figure-1" }],
    });
    const sheet = book.sheet("Figure 1");
    expect(sheet.tableRecords).toHaveLength(1);
    expect(sheet.chartRecords).toHaveLength(1);
    expect(sheet.chartRecords[0]).toMatchObject({ type: "ColumnClustered", title: { text: expect.any(String) } });
    expect(sheet.chartRecords[0]?.altTextDescription).toBeUndefined();
  });

  it("skips the alt text without a third sync where ExcelApi 1.9 is absent (1.8 present), and says so", async () => {
    const book = new FakeWorkbook();
    const { sync } = installExcel(book);
    hostWithExcelApiUpTo(8);
    const outcome = await insertPlan(planOf("figure-1"), { kind: "newSheet" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome).toMatchObject({
      status: "inserted",
      skipped: [{ step: "altText", reason: "unsupported", detail: "ExcelApi 1.9" }],
    });
    const chart = book.sheet("Figure 1").chartRecords[0];
    expect(book.sheet("Figure 1").tableRecords).toHaveLength(1);
    expect(chart?.series[1]).toMatchObject({ chartType: "Line", axisGroup: "Secondary" });
    expect(chart?.altTextDescription).toBeUndefined();
  });

  it("still inserts table and chart on a host with only ExcelApi 1.1, naming each feature it left out", async () => {
    const book = new FakeWorkbook();
    const { sync } = installExcel(book);
    hostWithExcelApiUpTo(1);
    const outcome = await insertPlan(planOf("figure-1"), { kind: "newSheet" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome.status === "inserted" && outcome.skipped.map((s) => `${s.step}: ${s.detail}`)).toEqual([
      "yearAxis: ExcelApi 1.7",
      "secondaryAxis: ExcelApi 1.8",
      "altText: ExcelApi 1.9",
    ]);
    expect(book.sheet("Figure 1").tableRecords).toHaveLength(1);
    expect(book.sheet("Figure 1").chartRecords).toHaveLength(1);
  });
});
