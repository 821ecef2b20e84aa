/**
 * INNO's custom functions. Only declarations live here: each normalises nothing itself, calls the core and maps
 * its failures to Excel errors (excelResult.ts). The JSDoc is the one source of functions.json; the ids after
 * @customfunction are permanent (they are stored in users' workbooks): never rename one.
 */
import { catalogListing } from "../core/catalogListing";
import { correlation } from "../core/correlationFunction";
import { dependence as dependenceOf } from "../core/dependenceFunction";
import { seriesInfo } from "../core/seriesInfo";
import { seriesTable } from "../core/seriesTable";
import { toExcelMatrix } from "./excelResult";
import { memoize } from "./memoize";

// Pure over data fixed at build time: identical calls (the same series in many cells) are computed once.
const seriesMemo = memoize((...a) => toExcelMatrix(() => seriesTable(a[0], a[1], a[2], a[3], a[4], a[5])));
const listMemo = memoize((topic) => toExcelMatrix(() => catalogListing(topic)));
const infoMemo = memoize((id, field) => toExcelMatrix(() => seriesInfo(id, field)));

/**
 * The series of the paper's datasets.
 * @customenum {string}
 */
export enum SeriesIds {
  /** R&D expenditure */
  rd_expenditure = "rd_expenditure",
  /** R&D expenditure on basic research */
  rd_basic = "rd_basic",
  /** R&D expenditure on applied research */
  rd_applied = "rd_applied",
  /** R&D expenditure on experimental development */
  rd_experimental = "rd_experimental",
  /** R&D intensity (R&D expenditure / GDP) */
  rd_intensity = "rd_intensity",
  /** R&D personnel, full-time equivalent */
  rd_personnel_fte = "rd_personnel_fte",
  /** Patents granted */
  patents_granted = "patents_granted",
  /** Patent applications */
  patent_applications = "patent_applications",
  /** Gross domestic product */
  gdp = "gdp",
  /** Goods exports (US$) */
  exports_usd = "exports_usd",
  /** Goods imports (US$) */
  imports_usd = "imports_usd",
  /** Total goods trade (US$) */
  trade_usd = "trade_usd",
  /** Goods exports (yuan) */
  exports_cny = "exports_cny",
  /** Goods imports (yuan) */
  imports_cny = "imports_cny",
  /** Exchange rate (annual average) */
  exchange_rate = "exchange_rate",
  /** High-tech product exports */
  hightech_exports_usd = "hightech_exports_usd",
  /** High-tech product imports */
  hightech_imports_usd = "hightech_imports_usd",
  /** High-tech share of exports */
  hightech_export_share = "hightech_export_share",
  /** High-tech share of imports */
  hightech_import_share = "hightech_import_share",
  /** Trade dependence (total trade / GDP) */
  dependence_total = "dependence_total",
  /** Export dependence (exports / GDP) */
  dependence_export = "dependence_export",
  /** Import dependence (imports / GDP) */
  dependence_import = "dependence_import",
  /** Basic research share of R&D expenditure */
  basic_research_share = "basic_research_share",
  /** Goods trade by province (by domestic destination and source of goods) */
  provincial_trade_usd = "provincial_trade_usd",
}

/**
 * How a series is transformed before it is shown.
 * @customenum {string}
 */
export enum Transforms {
  /** The values as published (default). */
  level = "level",
  /** Percent change on the year before. */
  yoy = "yoy",
  /** Change on the year before, in the series' unit. */
  diff = "diff",
  /** Natural logarithm. */
  log = "log",
  /** Index: the first year shown = 100. */
  index = "index",
}

/**
 * How INNO.SERIES lays out its spill.
 * @customenum {string}
 */
export enum Layouts {
  /** A header row, then Year and Value columns (default). */
  table = "table",
  /** Year and Value columns without a header. */
  noheader = "noheader",
  /** The Value column only, for use inside other formulas. */
  values = "values",
}

/**
 * Correlation coefficients INNO.CORR computes.
 * @customenum {string}
 */
export enum Methods {
  /** Pearson's r, linear association (default). */
  pearson = "pearson",
  /** Spearman's rho: Pearson on ranks, ties averaged. */
  spearman = "spearman",
  /** Kendall's tau-b, corrected for ties. */
  kendall = "kendall",
}

/**
 * Transforms applied to both inputs of INNO.CORR.
 * @customenum {string}
 */
export enum CorrTransforms {
  /** The values as given (default). Trending levels correlate spuriously. */
  level = "level",
  /** Percent change on the year (or value) before. */
  yoy = "yoy",
  /** Change on the year (or value) before. */
  diff = "diff",
  /** Natural logarithm. */
  log = "log",
}

/**
 * What INNO.CORR returns.
 * @customenum {string}
 */
export enum Outputs {
  /** The coefficient alone (default). */
  r = "r",
  /** A table: r, n, t, p-value, 95% CI and a trend warning. */
  stats = "stats",
}

/**
 * Fields of a series' metadata.
 * @customenum {string}
 */
export enum InfoFields {
  /** Every field, as a two-column table (default). */
  all = "all",
  /** The series title in English. */
  title = "title",
  /** The series title in Chinese. */
  title_zh = "title_zh",
  /** The unit in English. */
  unit = "unit",
  /** The unit in Chinese. */
  unit_zh = "unit_zh",
  /** What the series measures. */
  definition = "definition",
  /** The paper figure the series belongs to. */
  figure = "figure",
  /** The years with data, and the gaps. */
  years = "years",
  /** Where the values come from, with counts. */
  source = "source",
  /** How INNO computes a derived series. */
  derivation = "derivation",
  /** Gaps, revisions and where the paper's figures differ. */
  notes = "notes",
  /** Which releases the figures are. */
  vintage = "vintage",
  /** A citation to paste into a report. */
  citation = "citation",
}

/**
 * Spills a dataset of the paper (China's R&D, patents, trade, dependence, provinces) with its years; gaps are blank.
 * @customfunction SERIES
 * @param series Series id, e.g. "rd_expenditure". INNO.LIST() lists them all.
 * @param [start_year] First year, e.g. 2003 (default: the first year with data).
 * @param [end_year] Last year, e.g. 2022 (default: the last year with data).
 * @param [transform] "level" (default), "yoy" (% change), "diff", "log" or "index" (first year = 100).
 * @param [region] For provincial_trade_usd a province (English or Chinese name) or "all"; for basic_research_share a country or "all".
 * @param [layout] "table" (default, with a header row), "noheader", or "values" (the values only).
 * @returns The years and values of the series.
 */
export function series(
  series: SeriesIds,
  start_year?: number,
  end_year?: number,
  transform?: Transforms,
  region?: string,
  layout?: Layouts,
): any[][] {
  return seriesMemo(series, start_year, end_year, transform, region, layout);
}

/**
 * Lists INNO's series: id, title, unit, years, paper figure and source.
 * @customfunction LIST
 * @param [topic] A topic (rd, patents, trade, hightech, dependence, macro, provinces), a figure ("6" or "3.2"), or a word of a title.
 * @returns One row per series, under a header row.
 */
export function list(topic?: string): any[][] {
  return listMemo(topic);
}

/**
 * Tells what a series is and how to cite it: title, unit, definition, source, notes, vintage, years.
 * @customfunction INFO
 * @param series Series id, e.g. "rd_expenditure".
 * @param [field] One field (title, unit, source, definition, notes, vintage, years, citation...) or "all" (default).
 * @returns The field's text, or every field as a two-column table.
 */
export function info(series: SeriesIds, field?: InfoFields): any[][] {
  return infoMemo(series, field);
}

/**
 * Correlates two series (aligned by year) or two ranges (by position); blanks are skipped pairwise, as CORREL does.
 * @customfunction CORR
 * @param x A series id such as "rd_expenditure", or a row or column of numbers.
 * @param y A series id such as "exports_usd", or a range with as many values as x.
 * @param [method] "pearson" (default), "spearman" (ranks, ties averaged) or "kendall" (tau-b).
 * @param [lag] Years (or positions) by which x leads y: x in year t is paired with y in year t + lag. Default 0.
 * @param [transform] Applied to both before pairing: "level" (default), "yoy" (% change), "diff" or "log".
 * @param [output] "r" (default: the coefficient) or "stats" (r, n, t, p-value, 95% CI, trend warning).
 * @param [start_year] For series ids: the first year to use.
 * @param [end_year] For series ids: the last year to use.
 * @returns The correlation coefficient, or a table of statistics.
 */
export function corr(
  x: any[][],
  y: any[][],
  method?: Methods,
  lag?: number,
  transform?: CorrTransforms,
  output?: Outputs,
  start_year?: number,
  end_year?: number,
): any[][] {
  return toExcelMatrix(() => correlation(x, y, method, lag, transform, output, start_year, end_year));
}

/**
 * Trade dependence in percent: China's official series by kind, or trade x rate / GDP x 100 for your own ranges.
 * @customfunction DEPENDENCE
 * @param kind_or_trade "total", "export" or "import" for China's series; or your trade figures (a number or range).
 * @param [start_year_or_gdp] With a kind: the first year. With trade: GDP in the same currency and magnitude as trade x rate.
 * @param [end_year_or_exchange_rate] With a kind: the last year. With trade: the rate converting trade into GDP's currency (one number or a range).
 * @returns Year and dependence (%), or the ratio for each cell of trade.
 */
export function dependence(
  kind_or_trade: any[][],
  start_year_or_gdp?: any[][],
  end_year_or_exchange_rate?: any[][],
): any[][] {
  return toExcelMatrix(() => dependenceOf(kind_or_trade, start_year_or_gdp, end_year_or_exchange_rate));
}
