import { findSeries, CatalogEntry } from "../data/catalog";
import { Lang, SeriesId } from "../data/seriesDefinitions";
import { lastYear } from "../data/annualSeries";
import { Cell } from "../core/errors";
import { seriesWindow } from "../core/seriesWindow";
import { toCell } from "../core/seriesTable";
import { Dataset, DatasetColumn, figureLabel, primaryEntry } from "./datasets";

/** Choices the user makes in the pane. */
export interface PlanOptions {
  readonly mode: "values" | "formulas";
  readonly chart: boolean;
  readonly note: boolean;
  readonly lang: Lang;
  /** For province and country bars: the year shown (default: the latest with data). */
  readonly year?: number;
  /** For provincial data: the full province × year table instead of one year's bars. */
  readonly fullTable?: boolean;
}

/** A native chart, described as data; the writer turns it into Office.js calls. */
export interface ChartPlan {
  readonly type: "ColumnClustered" | "Line" | "BarClustered";
  readonly name: string;
  readonly title: string;
  /** Table columns plotted as series (contiguous, after the category column 0). */
  readonly firstValueColumn: number;
  readonly valueColumnCount: number;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  /** A series drawn as a line on the secondary axis (the growth rate of figures 1-3). */
  readonly secondary?: { readonly seriesIndex: number; readonly axisTitle: string };
  readonly legend: "Bottom" | "None";
  /** Describes the chart for people who cannot see it. */
  readonly altText: string;
  /** The citation written under the chart. */
  readonly source: string;
}

/** Everything an insertion writes, computed without Office.js. */
export interface InsertionPlan {
  readonly datasetKey: string;
  /** Name for a new sheet (made unique by the writer). */
  readonly sheetName: string;
  /** Header row then data rows; a gap is "". */
  readonly values: readonly (readonly Cell[])[];
  /** In formula mode: the cells to write (header texts and spilling formulas); null elsewhere, left to the spill. */
  readonly formulas: readonly (readonly (string | null)[])[] | null;
  /** Number format of each column's data cells. */
  readonly columnFormats: readonly string[];
  /** An Excel table over the values (values mode only: a table cannot hold a spill). */
  readonly table: { readonly name: string; readonly style: string } | null;
  readonly chart: ChartPlan | null;
  /** Lines written under the table: source and notes. */
  readonly note: readonly string[];
  /** The series the insertion uses, for its citation. */
  readonly seriesIds: readonly SeriesId[];
}

const STYLE = "TableStyleMedium2";

function entryOf(column: DatasetColumn): CatalogEntry {
  return findSeries(column.series) as CatalogEntry;
}

function numberFormat(entry: CatalogEntry, column: DatasetColumn): string {
  if (column.transform === "yoy") return "0.0";
  const decimals = entry.def.decimals;
  if (entry.def.unit.en.startsWith("%")) return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

function columnHeader(entry: CatalogEntry, column: DatasetColumn, lang: Lang): string {
  const title = entry.def.title[lang];
  if (column.transform === "yoy") return lang === "zh" ? `${title}增长率 (%)` : `${title}, growth (%)`;
  return `${title} (${entry.def.unit[lang]})`;
}

function sourceLine(entries: readonly CatalogEntry[], lang: Lang): string {
  const ids = [...new Set(entries.map((e) => e.def.id))];
  const vintages = [...new Set(entries.map((e) => e.def.vintage[lang]))].join("; ");
  if (lang === "zh")
    return `来源：${vintages}。INNO 序列 ${ids.join(", ")}；每个数值的出处：=INNO.INFO("${ids[0]}","source")。`;
  return `Source: ${vintages}. INNO series ${ids.join(", ")}; every value's citation: =INNO.INFO("${ids[0]}","source").`;
}

function notesOf(entries: readonly CatalogEntry[], lang: Lang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entries) {
    for (const n of e.notes) {
      if (!seen.has(n[lang])) {
        seen.add(n[lang]);
        out.push(`${e.def.id}: ${n[lang]}`);
      }
    }
  }
  return out;
}

function formulaArgs(
  id: string,
  start: number,
  end: number,
  transform: string,
  region: string,
  layout: string,
): string {
  const args = [
    `"${id}"`,
    String(start),
    String(end),
    transform === "level" ? "" : `"${transform}"`,
    region ? `"${region}"` : "",
    `"${layout}"`,
  ];
  return `=INNO.SERIES(${args.join(",")})`;
}

/** The years every column covers (the intersection, so that live formulas line up too). */
function commonSpan(columns: readonly DatasetColumn[]): { start: number; end: number } {
  const entries = columns.map(entryOf);
  return { start: Math.max(...entries.map((e) => e.firstYear)), end: Math.min(...entries.map((e) => e.lastYear)) };
}

function timeSeriesPlan(dataset: Dataset, options: PlanOptions): InsertionPlan {
  const { lang } = options;
  const { start, end } = commonSpan(dataset.columns);
  const entries = dataset.columns.map(entryOf);
  const windows = dataset.columns.map((c) =>
    seriesWindow({ id: c.series, transform: c.transform, startYear: start, endYear: end }),
  );
  const header: Cell[] = [
    lang === "zh" ? "年份" : "Year",
    ...dataset.columns.map((c, k) => columnHeader(entries[k] as CatalogEntry, c, lang)),
  ];
  const rows: Cell[][] = [];
  for (let year = start; year <= end; year++) {
    rows.push([year, ...windows.map((w) => toCell(w.rows[0]?.[year - start] as number))]);
  }
  // Live formulas: the first series spills Year and Value ("noheader"); each further series spills its values.
  const formulas =
    options.mode === "formulas"
      ? [
          header.map(String),
          dataset.columns.flatMap((c, k) =>
            k === 0
              ? [formulaArgs(c.series, start, end, c.transform, "", "noheader"), null]
              : [formulaArgs(c.series, start, end, c.transform, "", "values")],
          ),
        ]
      : null;
  const primary = entries[0] as CatalogEntry;
  const growthChart = dataset.chart === "columnsWithGrowth";
  const seriesNames = header.slice(1).join(", ");
  const chart: ChartPlan | null = options.chart
    ? {
        type: growthChart ? "ColumnClustered" : "Line",
        name: `INNO ${dataset.key}`,
        title: dataset.title[lang],
        firstValueColumn: 1,
        valueColumnCount: dataset.columns.length,
        categoryAxisTitle: lang === "zh" ? "年份" : "Year",
        valueAxisTitle: primary.def.unit[lang],
        secondary: growthChart ? { seriesIndex: 1, axisTitle: lang === "zh" ? "增长率 (%)" : "Growth (%)" } : undefined,
        legend: dataset.columns.length > 1 ? "Bottom" : "None",
        altText:
          lang === "zh"
            ? `${growthChart ? "柱形图" : "折线图"}：${seriesNames}，${start}—${end}年${growthChart ? "；增长率为右侧坐标轴上的折线" : ""}。`
            : `${growthChart ? "Column" : "Line"} chart of ${seriesNames}, ${start}-${end}${growthChart ? "; growth drawn as a line on the right-hand axis" : ""}.`,
        source: sourceLine(entries, lang),
      }
    : null;
  return {
    datasetKey: dataset.key,
    sheetName: sheetNameOf(dataset, lang),
    values: [header, ...rows],
    formulas,
    columnFormats: ["0", ...dataset.columns.map((c, k) => numberFormat(entries[k] as CatalogEntry, c))],
    table: options.mode === "values" ? { name: `INNO_${dataset.key}`, style: STYLE } : null,
    chart,
    note: options.note ? [sourceLine(entries, lang), ...notesOf(entries, lang)] : [],
    seriesIds: [...new Set(dataset.columns.map((c) => c.series))],
  };
}

function sheetNameOf(dataset: Dataset, lang: Lang): string {
  if (dataset.key.startsWith("series-")) return dataset.columns[0]?.series ?? dataset.key;
  return figureLabel(dataset.figure, lang);
}

/** Years with at least one region's value, latest first. */
export function regionYears(entry: CatalogEntry): number[] {
  const years = new Set<number>();
  for (const region of entry.regions) {
    region.series.values.forEach((v, i) => {
      if (!Number.isNaN(v)) years.add(region.series.firstYear + i);
    });
  }
  return [...years].sort((a, b) => b - a);
}

function regionalPlan(dataset: Dataset, options: PlanOptions): InsertionPlan {
  const { lang } = options;
  const entry = primaryEntry(dataset);
  const provinces = entry.def.regions === "provinces";
  const regionLabel = provinces ? (lang === "zh" ? "地区" : "Province") : lang === "zh" ? "国家" : "Country";
  const name = (r: { en: string; zh: string }) => (lang === "zh" ? r.zh : r.en);
  const base = {
    datasetKey: dataset.key,
    sheetName: sheetNameOf(dataset, lang),
    seriesIds: [entry.def.id],
  };
  const note = options.note ? [sourceLine([entry], lang), ...notesOf([entry], lang)] : [];
  const format = numberFormat(entry, { series: entry.def.id, transform: "level" });

  if (options.fullTable) {
    const window = seriesWindow({ id: entry.def.id, region: "all" });
    const years: number[] = [];
    for (let y = window.startYear; y <= window.endYear; y++) years.push(y);
    const values: Cell[][] = [
      [`${regionLabel} (${entry.def.unit[lang]})`, ...years],
      ...window.rows.map((row, k) => [
        name(window.regions[k] as { en: string; zh: string }),
        ...Array.from(row, toCell),
      ]),
    ];
    return {
      ...base,
      values,
      formulas:
        options.mode === "formulas"
          ? [
              [
                formulaArgs(entry.def.id, window.startYear, window.endYear, "level", "all", "table"),
                ...years.map(() => null),
              ],
            ]
          : null,
      columnFormats: ["@", ...years.map(() => format)],
      table: options.mode === "values" ? { name: `INNO_${dataset.key}_all`, style: STYLE } : null,
      chart: null,
      note,
    };
  }

  // One year (provinces) or the latest year with data for each country, sorted from largest to smallest.
  const year = options.year ?? regionYears(entry)[0] ?? entry.lastYear;
  const rows = entry.regions
    .map((region) => {
      let y = year;
      if (!provinces)
        while (y >= region.series.firstYear && Number.isNaN(region.series.values[y - region.series.firstYear] ?? NaN))
          y--;
      const i = y - region.series.firstYear;
      const value = y <= lastYear(region.series) && i >= 0 ? (region.series.values[i] as number) : Number.NaN;
      return { name: name(region), value, year: y };
    })
    .filter((r) => !Number.isNaN(r.value))
    .sort((a, b) => b.value - a.value);
  const valueHeader = provinces
    ? `${entry.def.title[lang]} ${year} (${entry.def.unit[lang]})`
    : `${entry.def.title[lang]} (${entry.def.unit[lang]})`;
  const header: Cell[] = provinces
    ? [regionLabel, valueHeader]
    : [regionLabel, valueHeader, lang === "zh" ? "年份" : "Year"];
  const values: Cell[][] = [header, ...rows.map((r) => (provinces ? [r.name, r.value] : [r.name, r.value, r.year]))];
  const missing = entry.regions.filter((r) => !rows.some((row) => row.name === name(r))).map(name);
  const chartTitle = provinces
    ? `${dataset.title[lang]}, ${year}`
    : `${dataset.title[lang]} (${lang === "zh" ? `截至${year}年的最新年份` : `latest year up to ${year}`})`;
  return {
    ...base,
    values,
    formulas:
      options.mode === "formulas" && provinces
        ? [
            header.map(String),
            [`=SORT(${formulaArgs(entry.def.id, year, year, "level", "all", "noheader").slice(1)},2,-1)`, null],
          ]
        : null,
    columnFormats: provinces ? ["@", format] : ["@", format, "0"],
    table: options.mode === "values" || !provinces ? { name: `INNO_${dataset.key}_${year}`, style: STYLE } : null,
    chart: options.chart
      ? {
          type: "BarClustered",
          name: `INNO ${dataset.key}`,
          title: chartTitle,
          firstValueColumn: 1,
          valueColumnCount: 1,
          categoryAxisTitle: regionLabel,
          valueAxisTitle: entry.def.unit[lang],
          legend: "None",
          altText:
            lang === "zh"
              ? `条形图：${provinces ? `${year}年各地区` : "各国"}${entry.def.title.zh}，从大到小排列（最大：${rows[0]?.name}，${rows[0]?.value.toFixed(1)}）。`
              : `Bar chart of ${entry.def.title.en} by ${provinces ? "province" : "country"}${provinces ? ` in ${year}` : ""}, sorted from largest (${rows[0]?.name}, ${rows[0]?.value.toFixed(1)}) to smallest.`,
          source: sourceLine([entry], lang),
        }
      : null,
    note:
      missing.length > 0 && options.note
        ? [...note, `${lang === "zh" ? "无数据" : "No value"}: ${missing.join(", ")}.`]
        : note,
  };
}

/**
 * The insertion plan of a dataset: what to write, how to format it, the table, the chart and the citation.
 * Live formulas are offered where a formula can reproduce the table (country bars pick each country's latest
 * year, which no single formula does: they are always values).
 */
export function buildPlan(dataset: Dataset, options: PlanOptions): InsertionPlan {
  return dataset.chart === "provinceBars" || dataset.chart === "countryBars"
    ? regionalPlan(dataset, options)
    : timeSeriesPlan(dataset, options);
}
