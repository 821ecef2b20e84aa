import { OfficeMockObject } from "office-addin-mock";
import { FakeWorkbook } from "./fakeWorkbook";

/** The Excel enums INNO's writers use, with Office.js's string values. */
const ENUMS = {
  ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
  ChartAxisType: { category: "Category", value: "Value" },
  ChartLegendPosition: { bottom: "Bottom", right: "Right" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
};

/** Installs a global `Excel` from office-addin-mock whose context.workbook is the strict fake. */
export function createExcelMock(book: FakeWorkbook) {
  const mock = new OfficeMockObject({
    context: {
      sync: async function () {
        book.commit();
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as unknown as { context: { sync: () => Promise<void>; workbook?: unknown } } & Record<string, unknown>;
  // Objects seeded into the mock read as "not loaded": attach the workbook and the enums afterwards.
  mock.context.workbook = book.api();
  Object.assign(mock, ENUMS);
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  // A host with ExcelApi up to 1.14 (Excel 2021, Microsoft 365); versions compare part by part (1.9 < 1.14).
  const minor = (version: string) => Number(version.split(".")[1] ?? 0);
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && minor(version) <= 14 },
    },
  };
  return mock;
}

/** createExcelMock, with a spy on context.sync() so tests count round trips. */
export function installExcel(book: FakeWorkbook) {
  const mock = createExcelMock(book);
  return { mock, sync: jest.spyOn(mock.context, "sync") };
}
