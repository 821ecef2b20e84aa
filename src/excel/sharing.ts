import { findSeries } from "../data/catalog";
import { SERIES_IDS, SeriesId } from "../data/seriesDefinitions";
import { uniqueSheetName } from "./names";

/** What "Prepare for sharing" converts. */
export type ShareScope = "selection" | "sheet" | "workbook";

/** The sheet that records every conversion, so that "Restore formulas" can undo it. */
export const SHARED_SOURCES_SHEET = "INNO Sources (shared)";

const HEADER = ["sheet", "range", "anchor", "formula", "series", "title", "unit", "source", "vintage"];

export interface ShareResult {
  readonly formulas: number;
  readonly cells: number;
  readonly sheets: number;
}

export interface RestoreResult {
  readonly formulas: number;
}

/** True for a formula that calls one of INNO's functions. */
export function usesInno(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /\bINNO\.[A-Z]+\s*\(/i.test(formula);
}

/** The series a formula uses: quoted series ids, and DEPENDENCE's kinds ("total" → dependence_total). */
export function seriesInFormula(formula: string): SeriesId[] {
  const ids = new Set<SeriesId>();
  for (const match of formula.matchAll(/"([^"]*)"/g)) {
    const word = (match[1] as string).trim().toLowerCase();
    if ((SERIES_IDS as readonly string[]).includes(word)) ids.add(word as SeriesId);
  }
  for (const match of formula.matchAll(/INNO\.DEPENDENCE\s*\(\s*"(total|export|import)"/gi)) {
    ids.add(`dependence_${(match[1] as string).toLowerCase()}` as SeriesId);
  }
  return [...ids];
}

function citationColumns(formula: string): string[] {
  const entries = seriesInFormula(formula)
    .map((id) => findSeries(id))
    .filter((e) => e !== undefined);
  return [
    entries.map((e) => e.def.id).join(", "),
    entries.map((e) => e.def.title.en).join("; "),
    entries.map((e) => e.def.unit.en).join("; "),
    entries.map((e) => e.sourceSummary).join(" | "),
    [...new Set(entries.map((e) => e.def.vintage.en))].join(" | "),
  ];
}

/** A text cell that Excel must not read as a formula. */
const asText = (text: string) => `'${text}`;

function stripSheet(address: string): string {
  return address.includes("!") ? (address.split("!").pop() as string) : address;
}

/**
 * Replaces every INNO formula in scope by its current value — a spill's whole range, not just its anchor — and
 * records each conversion (address, formula, series with title, unit, source and vintage) on the sources sheet.
 * Nothing else changes: formats stay, other formulas stay. Round trips: one to find the sheets (workbook scope
 * only), one to read formulas, one to read spilled values, one to write.
 */
export async function prepareForSharing(context: Excel.RequestContext, scope: ShareScope): Promise<ShareResult> {
  const workbook = context.workbook;
  let scanned: Excel.Range[];
  if (scope === "workbook") {
    workbook.worksheets.load("items/name");
    await context.sync();
    scanned = workbook.worksheets.items
      .filter((s) => s.name !== SHARED_SOURCES_SHEET)
      .map((s) => s.getUsedRangeOrNullObject());
  } else {
    scanned = [
      scope === "sheet"
        ? workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject()
        : workbook.getSelectedRange(),
    ];
  }
  for (const range of scanned) range.load("formulas,rowIndex,columnIndex,address");
  const sourcesSheet = workbook.worksheets.getItemOrNullObject(SHARED_SOURCES_SHEET);
  const sourcesUsed = sourcesSheet.getUsedRangeOrNullObject();
  sourcesUsed.load("rowCount");
  workbook.worksheets.load("items/name");
  await context.sync();

  const anchors: { cell: Excel.Range; spill: Excel.Range; formula: string; sheet: string }[] = [];
  for (const range of scanned) {
    if ((range as Excel.Range & { isNullObject?: boolean }).isNullObject) continue;
    const sheetName = range.address.split("!")[0]?.replace(/^'|'$/g, "") ?? "";
    range.formulas.forEach((row, i) =>
      row.forEach((formula, j) => {
        if (!usesInno(formula)) return;
        const cell = range.getCell(i, j);
        const spill = cell.getSpillingToRangeOrNullObject();
        cell.load("values,address");
        spill.load("values,address");
        anchors.push({ cell, spill, formula, sheet: sheetName });
      }),
    );
  }
  if (anchors.length === 0) return { formulas: 0, cells: 0, sheets: 0 };
  await context.sync();

  let cells = 0;
  const rows: string[][] = [];
  for (const { cell, spill, formula, sheet } of anchors) {
    const target = spill.isNullObject ? cell : spill;
    // One assignment of the whole array: writing the anchor alone would collapse the spill.
    target.values = target.values;
    cells += target.values.reduce((n, r) => n + r.length, 0);
    rows.push([
      sheet,
      stripSheet(target.address),
      stripSheet(cell.address),
      asText(formula),
      ...citationColumns(formula),
    ]);
  }
  let log: Excel.Worksheet;
  let start = 0;
  if (sourcesSheet.isNullObject) {
    log = workbook.worksheets.add(
      uniqueSheetName(
        SHARED_SOURCES_SHEET,
        workbook.worksheets.items.map((s) => s.name),
      ),
    );
    log.getRangeByIndexes(0, 0, 1, HEADER.length).values = [HEADER];
    log.getRangeByIndexes(0, 0, 1, HEADER.length).format.font.bold = true;
    start = 1;
  } else {
    log = sourcesSheet;
    start = sourcesUsed.isNullObject ? 0 : sourcesUsed.rowCount;
  }
  log.getRangeByIndexes(start, 0, rows.length, HEADER.length).values = rows;
  await context.sync();
  return { formulas: anchors.length, cells, sheets: new Set(anchors.map((a) => a.sheet)).size };
}

/**
 * Puts back every formula recorded on the sources sheet: clears the converted range (so the formula can spill
 * again), writes the formula at its anchor, and removes the sources sheet. Two round trips.
 */
export async function restoreFormulas(context: Excel.RequestContext): Promise<RestoreResult> {
  const workbook = context.workbook;
  const log = workbook.worksheets.getItemOrNullObject(SHARED_SOURCES_SHEET);
  const used = log.getUsedRangeOrNullObject();
  used.load("values");
  await context.sync();
  if (log.isNullObject || used.isNullObject) return { formulas: 0 };
  const records = used.values.slice(1).filter((r) => r[3] !== "" && r[0] !== "");
  for (const [sheet, range, anchor, formula] of records) {
    const target = workbook.worksheets.getItem(String(sheet));
    target.getRange(String(range)).clear(Excel.ClearApplyTo.contents);
    target.getRange(String(anchor)).formulas = [[String(formula)]];
  }
  log.delete();
  await context.sync();
  return { formulas: records.length };
}
