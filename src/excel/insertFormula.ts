import type { CellResult } from "../core/errors";
import { firstNonEmpty, InsertOutcome, InsertTarget } from "./applyPlan";
import { uniqueSheetName } from "./names";

/** Rows and columns a formula's result spills over (1 × 1 for a single value). */
export interface SpillSize {
  readonly rows: number;
  readonly columns: number;
}

/** Where a new sheet for a formula is named after. */
const SHEET_NAME = "INNO Analyse";

/**
 * The cells a result covers once it spills: a scalar is one cell, a spill its rows by its widest row. Computed
 * from the pane's live result, which is the cell's result, so the check covers exactly what the spill needs.
 *
 * @example spillSize([["F", 2.24], ["p_value", 0.14]]) // { rows: 2, columns: 2 }
 */
export function spillSize(result: CellResult): SpillSize {
  if (!Array.isArray(result)) return { rows: 1, columns: 1 };
  return { rows: Math.max(1, result.length), columns: Math.max(1, ...result.map((row) => row.length)) };
}

/**
 * Writes one formula at the target in one Excel.run: the first round trip reads the cells its spill needs (and
 * the sheet's used range, to offer the free rows below it), the second writes the formula alone; Excel computes
 * and spills it. A target area holding anything is never written: the outcome says where the user's data is,
 * for the occupied-cells dialog.
 */
export async function applyFormula(
  context: Excel.RequestContext,
  formula: string,
  size: SpillSize,
  target: InsertTarget,
): Promise<InsertOutcome> {
  const workbook = context.workbook;
  if (target.kind === "newSheet") {
    const sheets = workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheet = sheets.add(
      uniqueSheetName(
        SHEET_NAME,
        sheets.items.map((s) => s.name),
      ),
    );
    return write(context, sheet, sheet.getRange("A1"), formula);
  }
  const sheet =
    target.kind === "selection" ? workbook.getSelectedRange().worksheet : workbook.worksheets.getItem(target.sheetName);
  const anchor =
    target.kind === "selection"
      ? workbook.getSelectedRange().getCell(0, 0)
      : sheet.getRangeByIndexes(target.row, target.column, 1, 1);
  anchor.load("rowIndex,columnIndex");
  sheet.load("name");
  const area = anchor.getResizedRange(size.rows - 1, size.columns - 1);
  area.load("formulas");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();

  const usedCell = firstNonEmpty(area.formulas, anchor.rowIndex, anchor.columnIndex);
  if (usedCell) {
    return {
      status: "occupied",
      sheetName: sheet.name,
      firstUsedCell: usedCell,
      nextFree: {
        sheetName: sheet.name,
        row: used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1,
        column: anchor.columnIndex,
      },
    };
  }
  return write(context, sheet, anchor, formula);
}

/** Queues the one formula and its address, and syncs once. */
async function write(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  anchor: Excel.Range,
  formula: string,
): Promise<InsertOutcome> {
  anchor.formulas = [[formula]];
  anchor.load("address");
  sheet.load("name");
  await context.sync();
  return {
    status: "inserted",
    sheetName: sheet.name,
    address: anchor.address,
    tableName: null,
    chartName: null,
    skipped: [],
  };
}

/** The selected range: its address (with its sheet) and its values. */
export interface SelectedRange {
  readonly address: string;
  readonly values: unknown[][];
}

/** Reads the selection's address and values in one round trip, for "use the selected range". */
export async function readSelection(context: Excel.RequestContext): Promise<SelectedRange> {
  const range = context.workbook.getSelectedRange();
  range.load("address,values");
  await context.sync();
  return { address: range.address, values: range.values };
}
