import { applyPaperWorkbook } from "../src/excel/applyPaperWorkbook";
import { insertPlan } from "../src/excel/commands";
import { findDataset } from "../src/excel/datasets";
import { buildPlan } from "../src/excel/insertionPlan";
import { createExcelMock } from "../tests/excel/excelMock";
import { FakeWorkbook } from "../tests/excel/fakeWorkbook";

/** context.sync() round trips, counted on office-addin-mock with the tests' strict workbook. */
export async function countSyncs(): Promise<{ insertDataset: number; paperWorkbook: number }> {
  const insertBook = new FakeWorkbook();
  createExcelMock(insertBook);
  await insertPlan(
    buildPlan(findDataset("figure-6") as never, { mode: "values", chart: true, note: true, lang: "en" }),
    { kind: "selection" },
  );
  const paperBook = new FakeWorkbook();
  const mock = createExcelMock(paperBook) as unknown as {
    run: <T>(f: (c: Excel.RequestContext) => Promise<T>) => Promise<T>;
  };
  await mock.run((context) => applyPaperWorkbook(context, "en"));
  return { insertDataset: insertBook.syncs, paperWorkbook: paperBook.syncs };
}
