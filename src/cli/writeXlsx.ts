import ExcelJS from "exceljs";
import type { Lang } from "../data/seriesDefinitions";
import { uniqueTableName } from "../excel/names";
import { buildPaperWorkbook, FigureSheet, GridSheet } from "../excel/paperWorkbook";

function writeGrid(sheet: ExcelJS.Worksheet, grid: GridSheet): void {
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.value === undefined) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cell.value;
      if (cell.bold) target.font = { bold: true };
    });
  });
  grid.widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
}

function writeFigure(sheet: ExcelJS.Worksheet, figure: FigureSheet, tableNames: string[]): void {
  const { plan } = figure;
  const [header, ...rows] = plan.values;
  const name = uniqueTableName(plan.table?.name ?? `INNO_${plan.datasetKey}`, tableNames);
  tableNames.push(name);
  sheet.addTable({
    name,
    ref: "A1",
    headerRow: true,
    style: { theme: plan.table?.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: (header ?? []).map((h) => ({ name: String(h) })),
    // A gap is an empty cell, never 0.
    rows: rows.map((row) => row.map((v) => (v === "" ? null : v))),
  });
  plan.columnFormats.forEach((format, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = c === 0 ? 16 : 22;
    for (let r = 2; r <= plan.values.length; r++) sheet.getCell(r, c + 1).numFmt = format === "@" ? "@" : format;
  });
  plan.note.forEach((line, k) => {
    const cell = sheet.getCell(plan.values.length + 2 + k, 1);
    cell.value = line;
    cell.font = { italic: true };
  });
}

/**
 * Writes the paper workbook with ExcelJS: the same sheets and plans as the add-in builds in Excel, with the
 * Analysis formulas' current values and their text. ExcelJS writes no charts: the Contents sheet says so.
 */
export async function writePaperXlsx(path: string, lang: Lang): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "INNO";
  workbook.title = "Impact of China's Import and Export Trade on Innovation — INNO data";
  const tableNames: string[] = [];
  const sheets = buildPaperWorkbook(lang, false);
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    if (spec.kind === "grid") writeGrid(sheet, spec);
    else writeFigure(sheet, spec, tableNames);
  }
  await workbook.xlsx.writeFile(path);
  return sheets.map((s) => s.name);
}
