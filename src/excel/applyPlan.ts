import { InsertionPlan } from "./insertionPlan";
import { supportsExcelApi } from "./apiSupport";
import { AltText, OPTIONAL_API, setAltTexts, SkippedStep, unsupported } from "./bestEffort";
import { uniqueChartName, uniqueSheetName, uniqueTableName } from "./names";

/** Where an insertion goes. */
export type InsertTarget =
  | { readonly kind: "newSheet" }
  | { readonly kind: "selection" }
  | { readonly kind: "cell"; readonly sheetName: string; readonly row: number; readonly column: number };

/** What an insertion did: wrote, or stopped because the target holds the user's data. */
export type InsertOutcome =
  | {
      readonly status: "inserted";
      readonly sheetName: string;
      readonly address: string;
      readonly tableName: string | null;
      readonly chartName: string | null;
      /** Finishing touches this Excel could not apply (alt text, year axis, secondary axis), shown as notes. */
      readonly skipped: readonly SkippedStep[];
    }
  | {
      readonly status: "occupied";
      readonly sheetName: string;
      /** The first non-empty cell found in the target area. */
      readonly firstUsedCell: string;
      /** The free area below the sheet's used range, where the same insertion fits. */
      readonly nextFree: { readonly sheetName: string; readonly row: number; readonly column: number };
    };

/** Rows and columns an insertion covers: the table, a blank row, the note lines; the chart's source line. */
export function footprint(plan: InsertionPlan): { rows: number; columns: number; chartColumn: number } {
  const columns = plan.values[0]?.length ?? 0;
  const rows = plan.values.length + (plan.note.length > 0 ? plan.note.length + 1 : 0);
  return { rows, columns, chartColumn: columns + 1 };
}

/** Chart height in rows, and the row of the source line under it. */
const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cellName(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The first cell (A1 name) of a block read as formulas that holds anything, a formula returning "" included. */
export function firstNonEmpty(formulas: unknown[][] | undefined, rowIndex: number, columnIndex: number): string | null {
  if (!formulas) return null;
  for (let i = 0; i < formulas.length; i++) {
    const row = formulas[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      if (row[j] !== "" && row[j] !== null && row[j] !== undefined) return cellName(rowIndex + i, columnIndex + j);
    }
  }
  return null;
}

function gridOfFormats(plan: InsertionPlan): string[][] {
  return plan.values.map((_, r) => plan.columnFormats.map((f) => (r === 0 ? "@" : f)));
}

/** What queueing a plan left to do after the sync (alt text) and what it skipped on this host. */
export interface QueuedWrites {
  readonly altTexts: AltText[];
  readonly skipped: SkippedStep[];
}

/**
 * Queues the chart: native type, explicit series orientation, years as categories, titles, legend, axes. Features
 * above the manifest's ExcelApi 1.1 are queued only where the host has them, else recorded as skipped. Alt text is
 * returned for a later round trip: charts have no alt-text property of their own; their shape (ExcelApi 1.9),
 * found by the chart's name, has, and that lookup may fail (see setAltTexts).
 */
function queueChart(
  sheet: Excel.Worksheet,
  table: Excel.Range,
  plan: InsertionPlan,
  chartName: string,
  queued: QueuedWrites,
): void {
  const spec = plan.chart;
  if (!spec) return;
  const rows = plan.values.length;
  const source = table.getCell(0, spec.firstValueColumn).getResizedRange(rows - 1, spec.valueColumnCount - 1);
  const categories = table.getCell(1, 0).getResizedRange(rows - 2, 0);
  const type =
    spec.type === "ColumnClustered"
      ? Excel.ChartType.columnClustered
      : spec.type === "BarClustered"
        ? Excel.ChartType.barClustered
        : Excel.ChartType.line;
  // Series orientation is always explicit: "Auto" guesses differently from Excel's own UI.
  const chart = sheet.charts.add(type, source, Excel.ChartSeriesBy.columns);
  chart.name = chartName;
  chart.title.text = spec.title;
  if (supportsExcelApi(OPTIONAL_API.yearAxis)) {
    for (let i = 0; i < spec.valueColumnCount; i++) chart.series.getItemAt(i).setXAxisValues(categories);
  } else {
    queued.skipped.push(unsupported("yearAxis"));
  }
  chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  chart.legend.visible = spec.legend !== "None";
  if (spec.legend === "Bottom") chart.legend.position = Excel.ChartLegendPosition.bottom;
  if (spec.secondary && supportsExcelApi(OPTIONAL_API.secondaryAxis)) {
    const growth = chart.series.getItemAt(spec.secondary.seriesIndex);
    growth.chartType = Excel.ChartType.line;
    growth.axisGroup = Excel.ChartAxisGroup.secondary;
    chart.axes.getItem(Excel.ChartAxisType.value, Excel.ChartAxisGroup.secondary).title.text = spec.secondary.axisTitle;
  } else if (spec.secondary) {
    queued.skipped.push(unsupported("secondaryAxis"));
  }
  const topLeft = table.getCell(0, (plan.values[0]?.length ?? 0) + 1);
  chart.setPosition(topLeft, topLeft.getOffsetRange(CHART_ROWS - 1, CHART_COLUMNS - 1));
  topLeft.getOffsetRange(CHART_ROWS, 0).values = [[spec.source]];
  queued.altTexts.push({ sheet, chartName, title: spec.title, description: spec.altText });
}

/**
 * Queues every write of a plan at `anchor` (the plan's top-left cell) into `queued`: what is left for after the
 * sync (alt text) and what this host cannot do.
 */
export function queueWrites(
  sheet: Excel.Worksheet,
  anchor: Excel.Range,
  plan: InsertionPlan,
  tableName: string | null,
  chartName: string | null,
  queued: QueuedWrites,
): void {
  const rows = plan.values.length;
  const columns = plan.values[0]?.length ?? 0;
  const table = anchor.getResizedRange(rows - 1, columns - 1);
  if (plan.formulas) {
    plan.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula !== null) anchor.getOffsetRange(r, c).formulas = [[formula]];
      }),
    );
  } else {
    table.values = plan.values as unknown[][];
  }
  table.numberFormat = gridOfFormats(plan);
  if (plan.table && tableName) {
    const excelTable = sheet.tables.add(table, true);
    excelTable.name = tableName;
    excelTable.style = plan.table.style;
  } else {
    table.getRow(0).format.font.bold = true;
  }
  table.format.autofitColumns();
  if (plan.note.length > 0) {
    const note = anchor.getOffsetRange(rows + 1, 0).getResizedRange(plan.note.length - 1, 0);
    note.values = plan.note.map((line) => [line]);
    note.format.font.italic = true;
  }
  if (chartName) queueChart(sheet, table, plan, chartName, queued);
  sheet.activate();
  table.select();
}

/**
 * Applies an insertion plan in one Excel.run-provided context with two round trips: the first reads what the
 * target holds (and the names in use), the second writes everything; a third, whose failure is only a note, sets
 * the chart's alt text where the host has ExcelApi 1.9. A target with any non-empty cell is never
 * written: the outcome says where the user's data is and where the insertion would fit instead.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: InsertionPlan,
  target: InsertTarget,
): Promise<InsertOutcome> {
  const { rows, columns, chartColumn } = footprint(plan);
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  const tables = workbook.tables;
  tables.load("items/name");

  let sheet: Excel.Worksheet | null = null;
  let anchor: Excel.Range | null = null;
  // The cells an insertion would write, each with its offset from the anchor: the table block, the chart's source line.
  let probes: { range: Excel.Range; rowOffset: number; columnOffset: number }[] = [];
  let used: Excel.Range | null = null;
  if (target.kind !== "newSheet") {
    sheet = target.kind === "selection" ? workbook.getSelectedRange().worksheet : sheets.getItem(target.sheetName);
    anchor =
      target.kind === "selection"
        ? workbook.getSelectedRange().getCell(0, 0)
        : sheet.getRangeByIndexes(target.row, target.column, 1, 1);
    anchor.load("rowIndex,columnIndex");
    sheet.load("name");
    const block = anchor.getResizedRange(rows - 1, columns - 1);
    block.load("formulas");
    probes = [{ range: block, rowOffset: 0, columnOffset: 0 }];
    if (plan.chart) {
      const chartSource = anchor.getOffsetRange(CHART_ROWS, chartColumn);
      chartSource.load("formulas");
      probes.push({ range: chartSource, rowOffset: CHART_ROWS, columnOffset: chartColumn });
    }
    used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    sheet.charts.load("items/name");
  }
  await context.sync();

  const sheetNames = sheets.items.map((s) => s.name);
  const tableName = plan.table
    ? uniqueTableName(
        plan.table.name,
        tables.items.map((t) => t.name),
      )
    : null;
  if (sheet && anchor) {
    for (const probe of probes) {
      const usedCell = firstNonEmpty(
        probe.range.formulas,
        anchor.rowIndex + probe.rowOffset,
        anchor.columnIndex + probe.columnOffset,
      );
      if (usedCell) {
        const nextRow = used && !used.isNullObject ? used.rowIndex + used.rowCount + 1 : 0;
        return {
          status: "occupied",
          sheetName: sheet.name,
          firstUsedCell: usedCell,
          nextFree: { sheetName: sheet.name, row: nextRow, column: anchor.columnIndex },
        };
      }
    }
  } else {
    sheet = sheets.add(uniqueSheetName(plan.sheetName, sheetNames));
    sheet.load("name");
    anchor = sheet.getRange("A1");
  }

  const chartNames = target.kind === "newSheet" ? [] : sheet.charts.items.map((c) => c.name);
  const chartName = plan.chart ? uniqueChartName(plan.chart.name, chartNames) : null;
  const queued: QueuedWrites = { altTexts: [], skipped: [] };
  queueWrites(sheet, anchor, plan, tableName, chartName, queued);
  const address = anchor.getResizedRange(plan.values.length - 1, columns - 1);
  address.load("address");
  await context.sync();
  const altTextSkipped = await setAltTexts(context, queued.altTexts);
  return {
    status: "inserted",
    sheetName: sheet.name,
    address: address.address,
    tableName,
    chartName,
    skipped: [...queued.skipped, ...altTextSkipped],
  };
}
