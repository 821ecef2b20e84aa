import { analysisFormula, computeAnalysis, DEFAULT_SPEC } from "../../src/core/analysisFormula";
import { insertFormula, selectedRange } from "../../src/excel/commands";
import { spillSize } from "../../src/excel/insertFormula";
import { FakeRange, FakeWorkbook } from "./fakeWorkbook";
import { installExcel } from "./excelMock";

const granger = {
  ...DEFAULT_SPEC,
  test: "granger" as const,
  x: [{ kind: "series", id: "rd_expenditure" } as const],
  y: { kind: "series", id: "exports_usd" } as const,
  transform: "dlog" as const,
  lag: 2,
};
const formula = analysisFormula(granger);
const outcome = computeAnalysis(granger);
if (!outcome.ok) throw new Error(outcome.message);
const size = spillSize(outcome.result);

/** Records every assignment to a range's formulas or values: what the writer wrote, block by block. */
function recordWrites() {
  const writes: { address: string; grid: unknown[][] }[] = [];
  for (const property of ["formulas", "values"] as const) {
    const original = Object.getOwnPropertyDescriptor(FakeRange.prototype, property)?.set;
    jest.spyOn(FakeRange.prototype, property, "set").mockImplementation(function (this: FakeRange, grid: unknown[][]) {
      writes.push({ address: this.localAddress, grid });
      original?.call(this, grid);
    });
  }
  return writes;
}

afterEach(() => jest.restoreAllMocks());

describe("the spill size of a result", () => {
  it("is the rows by the widest row of a spill, one cell for a scalar", () => {
    expect(size).toEqual({ rows: 8, columns: 2 });
    expect(spillSize(0.5)).toEqual({ rows: 1, columns: 1 });
    expect(
      spillSize([
        ["term", "coefficient", "p"],
        ["n", 20],
      ]),
    ).toEqual({ rows: 2, columns: 3 });
  });
});

describe("inserting an analysis formula", () => {
  it("writes exactly one formula at the selected cell, read and written in one Excel.run (two syncs), and it spills", async () => {
    const book = new FakeWorkbook();
    book.selection = book.sheet("Sheet1").getRangeByIndexes(3, 1, 1, 1);
    const { mock, sync } = installExcel(book);
    const run = jest.spyOn(mock as unknown as { run: () => unknown }, "run");
    const writes = recordWrites();
    const result = await insertFormula(formula, size, { kind: "selection" });
    expect(result).toEqual({
      status: "inserted",
      sheetName: "Sheet1",
      address: "Sheet1!B4",
      skipped: [],
      tableName: null,
      chartName: null,
    });
    expect(run).toHaveBeenCalledTimes(1);
    // One round trip checks the spill area, the other writes: the write itself is one assignment of one formula.
    expect(sync).toHaveBeenCalledTimes(2);
    expect(writes).toEqual([{ address: "B4", grid: [[formula]] }]);
    const cells = book.sheet("Sheet1").cells;
    expect(cells.get("3,1")).toMatchObject({ formula, value: "F", spill: { rows: 8, columns: 2 } });
    // The spilled F is the pane's F: the same function computed both.
    expect(cells.get("3,2")?.value).toBe((outcome.result as unknown[][])[0]?.[1]);
  });

  it("answers occupied (the pane then opens the occupied-cells dialog) and writes nothing when the spill area holds data", async () => {
    const book = new FakeWorkbook();
    const sheet = book.sheet("Sheet1");
    sheet.getRangeByIndexes(6, 2, 1, 1).values = [["mine"]];
    book.selection = sheet.getRangeByIndexes(0, 1, 1, 1);
    const before = JSON.stringify([...sheet.cells]);
    const { sync } = installExcel(book);
    const writes = recordWrites();
    const result = await insertFormula(formula, size, { kind: "selection" });
    expect(result).toEqual({
      status: "occupied",
      sheetName: "Sheet1",
      firstUsedCell: "C7",
      nextFree: { sheetName: "Sheet1", row: 8, column: 1 },
    });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(writes).toEqual([]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
  });

  it("inserts where the dialog offered: below the data, or on a new sheet", async () => {
    const book = new FakeWorkbook();
    book.sheet("Sheet1").getRangeByIndexes(0, 0, 1, 1).values = [["mine"]];
    installExcel(book);
    const below = await insertFormula(formula, size, { kind: "cell", sheetName: "Sheet1", row: 2, column: 0 });
    expect(below).toMatchObject({ status: "inserted", address: "Sheet1!A3" });
    const sheet = await insertFormula(formula, size, { kind: "newSheet" });
    expect(sheet).toMatchObject({ status: "inserted", sheetName: "INNO Analyse", address: "INNO Analyse!A1" });
    expect(book.sheet("INNO Analyse").cells.get("0,0")?.formula).toBe(formula);
  });
});

describe("reading the selected range", () => {
  it("reads its address and values in one sync", async () => {
    const book = new FakeWorkbook();
    const sheet = book.sheet("Sheet1");
    sheet.getRangeByIndexes(1, 0, 3, 1).values = [[1.5], [""], ["text"]];
    book.selection = sheet.getRangeByIndexes(1, 0, 3, 1);
    const { sync } = installExcel(book);
    await expect(selectedRange()).resolves.toEqual({ address: "Sheet1!A2:A4", values: [[1.5], [""], ["text"]] });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
