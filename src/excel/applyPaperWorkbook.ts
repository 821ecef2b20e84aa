import type { Lang } from "../data/seriesDefinitions";
import { QueuedWrites, queueWrites } from "./applyPlan";
import { setAltTexts, SkippedStep } from "./bestEffort";
import { uniqueSheetName, uniqueTableName } from "./names";
import { buildPaperWorkbook, GridSheet, PaperSheet } from "./paperWorkbook";

/** The workbook setting that lists the ids of the sheets INNO built, so a re-run replaces exactly those. */
export const PAPER_SHEETS_SETTING = "inno.paperWorkbookSheets";

export interface PaperBuildResult {
  readonly sheets: readonly string[];
  readonly replaced: number;
  /** Finishing touches this Excel could not apply to the charts, once each, shown as notes. */
  readonly skipped: readonly SkippedStep[];
}

export type ProgressStep = "reading" | "writing" | "saving";

function queueGrid(sheet: Excel.Worksheet, grid: GridSheet): void {
  const hasFormulas = grid.rows.some((row) => row.some((cell) => cell.formula !== undefined));
  if (!hasFormulas) {
    // A sheet of plain values (Sources, Contents) goes in one assignment of the whole 2-D array.
    const width = Math.max(...grid.rows.map((r) => r.length), 1);
    const values = grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ""));
    sheet.getRangeByIndexes(0, 0, values.length, width).values = values;
  }
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.value === undefined && cell.formula === undefined) return;
      const range = sheet.getRangeByIndexes(r, c, 1, 1);
      // With formulas that spill, cells are written one by one: nothing is written into a spill's area.
      if (cell.formula !== undefined) range.formulas = [[cell.formula]];
      else if (hasFormulas) range.values = [[cell.value]];
      if (cell.bold) range.format.font.bold = true;
    });
  });
  grid.widths.forEach((width, c) => {
    // Excel measures column width in points; about 6 points per character of the default font.
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * 6;
  });
}

/**
 * Builds the paper as a workbook in three round trips: read the names in use and which sheets INNO built
 * before; replace those sheets and write every sheet, table, chart and formula; record the new sheets' ids. A
 * fourth, last so that its failure can only cost a note, sets the charts' alt text where the host has ExcelApi 1.9.
 * The user's own sheets are never touched; a user sheet that happens to bear an INNO name keeps it (INNO's
 * sheet takes a numbered name instead).
 */
export async function applyPaperWorkbook(
  context: Excel.RequestContext,
  lang: Lang,
  onProgress: (step: ProgressStep) => void = () => undefined,
): Promise<PaperBuildResult> {
  const workbook = context.workbook;
  onProgress("reading");
  const setting = workbook.settings.getItemOrNullObject(PAPER_SHEETS_SETTING);
  setting.load("value");
  workbook.worksheets.load("items/name,items/id");
  workbook.tables.load("items/name,items/worksheet/id");
  await context.sync();

  const previous = new Set<string>(setting.isNullObject ? [] : (JSON.parse(String(setting.value)) as string[]));
  const keptSheets = workbook.worksheets.items.filter((s) => !previous.has(s.id));
  const replaced = workbook.worksheets.items.filter((s) => previous.has(s.id));
  const usedSheetNames = keptSheets.map((s) => s.name);
  const usedTableNames = workbook.tables.items.filter((t) => !previous.has(t.worksheet.id)).map((t) => t.name);

  onProgress("writing");
  // Add the new sheets before deleting the old ones: a workbook must always keep one sheet.
  const sheets: PaperSheet[] = buildPaperWorkbook(lang, true);
  const created: { sheet: Excel.Worksheet; name: string; temporary: boolean }[] = [];
  const queued: QueuedWrites = { altTexts: [], skipped: [] };
  const staleNames = new Set(replaced.map((s) => s.name.toLowerCase()));
  const allNames = workbook.worksheets.items.map((s) => s.name);
  for (const spec of sheets) {
    const name = uniqueSheetName(spec.name, usedSheetNames);
    usedSheetNames.push(name);
    // The old INNO sheet of that name goes only after the new one exists: add under a temporary name, rename below.
    const temporary = staleNames.has(name.toLowerCase());
    const addName = temporary ? uniqueSheetName(`INNO new ${created.length + 1}`, allNames) : name;
    allNames.push(addName);
    const sheet = workbook.worksheets.add(addName);
    created.push({ sheet, name, temporary });
    if (spec.kind === "grid") queueGrid(sheet, spec);
    else {
      const tableName = spec.plan.table ? uniqueTableName(spec.plan.table.name, usedTableNames) : null;
      if (tableName) usedTableNames.push(tableName);
      queueWrites(sheet, sheet.getRange("A1"), spec.plan, tableName, spec.plan.chart?.name ?? null, queued);
    }
    sheet.load("id,name");
  }
  for (const old of replaced) workbook.worksheets.getItem(old.id).delete();
  for (const entry of created) if (entry.temporary) entry.sheet.name = entry.name;
  created[0]?.sheet.activate();
  await context.sync();

  onProgress("saving");
  workbook.settings.add(PAPER_SHEETS_SETTING, JSON.stringify(created.map((c) => c.sheet.id)));
  await context.sync();
  const altTextSkipped = await setAltTexts(context, queued.altTexts);
  // Every chart lacks the same API: one note per kind of step, not one per chart.
  const skipped = [...queued.skipped, ...altTextSkipped].filter(
    (s, i, all) => all.findIndex((t) => t.step === s.step) === i,
  );
  return { sheets: created.map((c) => c.name), replaced: replaced.length, skipped };
}
