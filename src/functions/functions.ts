/**
 * INNO's custom functions. Only declarations live here: each normalises nothing itself, calls the core and maps
 * its failures to Excel errors (excelResult.ts). The JSDoc is the one source of functions.json; the ids after
 * @customfunction are permanent (they are stored in users' workbooks): never rename one.
 */
import { catalogListing } from "../core/catalogListing";
import { cointegration } from "../core/cointegrationFunction";
import { correlation } from "../core/correlationFunction";
import { dependence as dependenceOf } from "../core/dependenceFunction";
import { grangerCausality } from "../core/grangerFunction";
import { regression } from "../core/regressionFunction";
import { seriesInfo } from "../core/seriesInfo";
import { seriesTable } from "../core/seriesTable";
import { unitRoot } from "../core/unitRootFunction";
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
  /** Log change on the year before, ln v[t] - ln v[t-1] (continuous growth, not x 100). */
  dlog = "dlog",
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
  /** Log change on the year (or value) before, ln v[t] - ln v[t-1]. */
  dlog = "dlog",
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
 * Transforms applied to every input of INNO.REGRESS and INNO.GRANGER.
 * @customenum {string}
 */
export enum EconTransforms {
  /** The values as given (default). Trending levels can give spurious results. */
  level = "level",
  /** Percent change on the year (or value) before. */
  yoy = "yoy",
  /** Change on the year (or value) before. */
  diff = "diff",
  /** Natural logarithm. */
  log = "log",
  /** Log change on the year (or value) before, ln v[t] - ln v[t-1]: growth, usually stationary. */
  dlog = "dlog",
}

/**
 * Standard errors of INNO.REGRESS ("hac:L" also works: Newey-West with lag L).
 * @customenum {string}
 */
export enum StandardErrors {
  /** Classic OLS standard errors (default): homoskedastic, uncorrelated errors. */
  classic = "classic",
  /** White's heteroskedasticity-robust errors with the n/(n-k) correction (Stata's robust). */
  hc1 = "hc1",
  /** Heteroskedasticity-robust errors for small samples (MacKinnon-White HC3). */
  hc3 = "hc3",
  /** Newey-West: robust to heteroskedasticity and autocorrelation; lag floor(4(n/100)^(2/9)). */
  hac = "hac",
}

/**
 * What INNO.REGRESS returns.
 * @customenum {string}
 */
export enum RegressOutputs {
  /** The coefficient table and labelled statistics ending with a note (default). */
  table = "table",
  /** The coefficients alone, one column in term order. */
  coef = "coef",
  /** The standard errors alone. */
  se = "se",
  /** The p-values alone. */
  p = "p",
}

/**
 * What INNO.GRANGER, INNO.UNITROOT and INNO.COINT return.
 * @customenum {string}
 */
export enum TestOutputs {
  /** The labelled statistics ending with a note (default). */
  stats = "stats",
  /** The p-value alone. */
  p = "p",
}

/**
 * Unit-root tests of INNO.UNITROOT.
 * @customenum {string}
 */
export enum UnitRootTests {
  /** Augmented Dickey-Fuller (default). Null: a unit root (non-stationary). */
  adf = "adf",
  /** KPSS. Null: stationary. The opposite null to ADF's. */
  kpss = "kpss",
}

/**
 * Deterministic terms in a unit-root or cointegration test.
 * @customenum {string}
 */
export enum Trends {
  /** A constant (default). */
  c = "c",
  /** A constant and a linear time trend. */
  ct = "ct",
  /** Neither (ADF and COINT only). */
  n = "n",
}

/**
 * How many lagged differences a unit-root or cointegration test uses (or a whole number).
 * @customenum {string}
 */
export enum LagChoices {
  /** Chosen by Akaike's criterion from 0 to trunc((n-1)^(1/3)) (ADF and COINT default). */
  aic = "aic",
  /** Chosen by the Bayesian (Schwarz) criterion. */
  bic = "bic",
  /** Hobijn et al. (1998) automatic bandwidth (KPSS default). */
  auto = "auto",
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
 * @param [transform] "level" (default), "yoy" (% change), "diff", "log", "dlog" (log change) or "index" (first year = 100).
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
 * @param [transform] Applied to both before pairing: "level" (default), "yoy" (% change), "diff", "log" or "dlog" (log change).
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

/**
 * Regresses y on one or more regressors (OLS with an intercept, by QR) with classic, robust or Newey-West standard errors.
 * @customfunction REGRESS
 * @param y A series id such as "exports_usd", or one column of numbers.
 * @param x A series id, an array of ids such as {"rd_expenditure","gdp"}, or a range with one column per regressor.
 * @param [transform] Applied to every input first: "level" (default), "yoy" (% change), "diff", "log" or "dlog" (log change).
 * @param [lag] Years (or rows) by which the regressors lead y: x in year t - lag explains y in year t. Default 0.
 * @param [se] "classic" (default), "hc1", "hc3", "hac" (Newey-West) or "hac:L" (Newey-West with lag L).
 * @param [output] "table" (default: coefficients, statistics and a note), "coef", "se" or "p" (one column in term order).
 * @param [start_year] For series ids: the first year to use.
 * @param [end_year] For series ids: the last year to use.
 * @returns The coefficient table with n, R2, F, Durbin-Watson and a note; or one column.
 */
export function regress(
  y: any[][],
  x: any[][],
  transform?: EconTransforms,
  lag?: number,
  se?: StandardErrors,
  output?: RegressOutputs,
  start_year?: number,
  end_year?: number,
): any[][] {
  return toExcelMatrix(() => regression(y, x, transform, lag, se, output, start_year, end_year));
}

/**
 * Tests whether one series helps predict another (Granger causality F test, as R's lmtest::grangertest).
 * @customfunction GRANGER
 * @param cause A series id such as "rd_expenditure", or one column of numbers: the candidate cause.
 * @param effect A series id such as "exports_usd", or a column as long as cause: the series to predict.
 * @param [order] Number of lags of both series, 1 or more (default 1).
 * @param [transform] Applied to both first: "level" (default), "yoy", "diff", "log" or "dlog" (log change; usually right for growing series).
 * @param [output] "stats" (default: F, df, p-value, n and a note) or "p" (the p-value alone).
 * @param [start_year] For series ids: the first year to use.
 * @param [end_year] For series ids: the last year to use.
 * @returns F, its degrees of freedom, the p-value, n, the order, the transform and a note.
 */
export function granger(
  cause: any[][],
  effect: any[][],
  order?: number,
  transform?: EconTransforms,
  output?: TestOutputs,
  start_year?: number,
  end_year?: number,
): any[][] {
  return toExcelMatrix(() => grangerCausality(cause, effect, order, transform, output, start_year, end_year));
}

/**
 * Tests a series for a unit root: augmented Dickey-Fuller (MacKinnon p-values) or KPSS, over consecutive years.
 * @customfunction UNITROOT
 * @param x A series id such as "rd_expenditure", or one column of consecutive values (e.g. INNO.SERIES(...,"dlog","values")).
 * @param [test] "adf" (default; null: unit root) or "kpss" (null: stationary).
 * @param [trend] "c" (default: constant), "ct" (constant and trend) or "n" (none; ADF only).
 * @param [lags] A whole number of lags, or "aic" (ADF default), "bic", or "auto" (KPSS default).
 * @param [output] "stats" (default: statistic, p-value, critical values, lags, n, null hypothesis, note) or "p".
 * @param [start_year] For series ids: the first year to use.
 * @param [end_year] For series ids: the last year to use.
 * @returns The test's statistics with the null hypothesis in words and a note.
 */
export function unitroot(
  x: any[][],
  test?: UnitRootTests,
  trend?: Trends,
  lags?: LagChoices,
  output?: TestOutputs,
  start_year?: number,
  end_year?: number,
): any[][] {
  return toExcelMatrix(() => unitRoot(x, test, trend, lags, output, start_year, end_year));
}

/**
 * Tests whether series are cointegrated (Engle-Granger: ADF on the residuals of y on x, MacKinnon p-values).
 * @customfunction COINT
 * @param y A series id such as "exports_usd", or one column of consecutive values.
 * @param x A series id, an array of ids, or a range with one column per series (up to 5).
 * @param [trend] "c" (default: constant), "ct" (constant and trend) or "n" (none).
 * @param [lags] A whole number of lags, or "aic" (default) or "bic".
 * @param [output] "stats" (default) or "p" (the p-value alone).
 * @param [start_year] For series ids: the first year to use.
 * @param [end_year] For series ids: the last year to use.
 * @returns The test's statistics with the null hypothesis in words and a note.
 */
export function coint(
  y: any[][],
  x: any[][],
  trend?: Trends,
  lags?: LagChoices,
  output?: TestOutputs,
  start_year?: number,
  end_year?: number,
): any[][] {
  return toExcelMatrix(() => cointegration(y, x, trend, lags, output, start_year, end_year));
}
