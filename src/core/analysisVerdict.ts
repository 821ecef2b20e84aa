import { findSeries } from "../data/catalog";
import type { Lang } from "../data/seriesDefinitions";
import type { AnalysisInput, AnalysisTest, AnalysisTransform } from "./analysisFormula";
import type { CellResult } from "./errors";

/** The significance level the verdicts speak at. */
const LEVEL = 0.05;
/** Below this many observations a verdict adds that the test has little power (20-odd annual values, as here). */
const FEW_OBSERVATIONS = 30;

/** What a verdict is about: the test and its inputs, already named in words. */
export interface VerdictSubject {
  readonly test: AnalysisTest;
  /** correlation: x · regression: the regressors in term order · granger: the cause · cointegration: x. */
  readonly x: readonly string[];
  /** correlation and regression: y · granger: the effect · unit root: the series · cointegration: y. */
  readonly y: string;
  /** For regression: how many years the regressors lead y. */
  readonly lag?: number;
  /** Series are counted in years, ranges in observations. */
  readonly unit: "years" | "observations";
}

function lowerFirst(title: string): string {
  // "R&D expenditure" and "GDP" keep their capitals; "Goods exports" does not need its own.
  return /^[A-Z][a-z]/.test(title) ? title[0]?.toLowerCase() + title.slice(1) : title;
}

/**
 * An input in words for a verdict: the series' title as transformed ("growth of R&D expenditure",
 * "R&D经费支出增长率"), or the range's address.
 *
 * @example variableName({ kind: "series", id: "exports_usd" }, "dlog", "en") // "growth of goods exports (US$)"
 */
export function variableName(input: AnalysisInput, transform: AnalysisTransform, lang: Lang): string {
  if (input.kind === "range") return input.address;
  const title = findSeries(input.id)?.def.title[lang] ?? input.id;
  if (lang === "zh") {
    if (transform === "dlog" || transform === "yoy") return `${title}增长率`;
    if (transform === "diff") return `${title}年度变化量`;
    if (transform === "log") return `${title}的对数`;
    return title;
  }
  const lower = lowerFirst(title);
  if (transform === "dlog" || transform === "yoy") return `growth of ${lower}`;
  if (transform === "diff") return `the yearly change in ${lower}`;
  if (transform === "log") return `the log of ${lower}`;
  return lower;
}

type Spill = readonly (readonly unknown[])[];

/** The value beside a label in a labelled spill (first column labels, second values). */
function labelled(spill: Spill, label: string): unknown {
  return spill.find((row) => row[0] === label)?.[1];
}

function numberAt(spill: Spill, label: string): number | undefined {
  const value = labelled(spill, label);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function fixed(value: number, digits = 2): string {
  return value.toFixed(digits).replace(/^-(0\.0*)$/, "$1");
}

/** p as a reader wants it: two decimals, three below 0.1, "< 0.001" below that; a table's bound shown as such. */
function pText(p: number, bounded?: { low: number; high: number }): string {
  if (bounded && p >= bounded.high) return `p ≥ ${fixed(bounded.high)}`;
  if (bounded && p <= bounded.low) return `p ≤ ${fixed(bounded.low)}`;
  if (p < 0.001) return "p < 0.001";
  return `p = ${p < 0.1 ? fixed(p, 3) : fixed(p)}`;
}

const WORDS = {
  en: {
    at: "At the 5% level, ",
    count: (n: number, unit: VerdictSubject["unit"]) => `n = ${n} ${unit}`,
    power: (n: number, unit: VerdictSubject["unit"]) => ` With ${n} ${unit} the test has little power.`,
    helps: (x: string, y: string, yes: boolean) => `${x} ${yes ? "helps" : "does not help"} predict ${y}`,
    correlated: (x: string, y: string, yes: boolean) =>
      `${x} and ${y} are ${yes ? "correlated" : "not significantly correlated"}`,
    trending: " Both trend over time: a correlation of levels may be spurious.",
    explains: (x: string, y: string, yes: boolean, lag: number) =>
      `${x}${lag > 0 ? ` (${lag} year${lag === 1 ? "" : "s"} earlier)` : ""} ${yes ? "has a" : "has no"} significant effect on ${y}`,
    adf: (x: string, yes: boolean) =>
      yes
        ? `the ADF test rejects a unit root: ${x} looks stationary`
        : `the ADF test cannot reject a unit root: ${x} may be non-stationary`,
    kpss: (x: string, yes: boolean) =>
      yes
        ? `the KPSS test rejects stationarity: ${x} looks non-stationary`
        : `the KPSS test does not reject stationarity: ${x} may be stationary`,
    tryGrowth: " Test its growth (dlog) or yearly change (diff) before using it in a regression or Granger test.",
    coint: (y: string, x: string, yes: boolean) =>
      yes
        ? `${y} and ${x} are cointegrated: they move together in the long run`
        : `there is no evidence that ${y} and ${x} are cointegrated (move together in the long run)`,
    coefficient: "coefficient",
    open: " (",
    close: ")",
    and: "; ",
    sep: ", ",
    end: ".",
  },
  zh: {
    at: "在5%的显著性水平下，",
    count: (n: number, unit: VerdictSubject["unit"]) => `n = ${n}${unit === "years" ? "年" : "个观测值"}`,
    power: (n: number, unit: VerdictSubject["unit"]) =>
      `只有${n}${unit === "years" ? "年数据" : "个观测值"}，检验的功效很低。`,
    helps: (x: string, y: string, yes: boolean) => `${x}${yes ? "有助于" : "不能帮助"}预测${y}`,
    correlated: (x: string, y: string, yes: boolean) => `${x}与${y}${yes ? "显著相关" : "没有显著相关"}`,
    trending: "两者都随时间呈趋势变化：水平值之间的相关可能是伪相关。",
    explains: (x: string, y: string, yes: boolean, lag: number) =>
      `${lag > 0 ? `${lag}年前的` : ""}${x}对${y}${yes ? "有" : "没有"}显著影响`,
    adf: (x: string, yes: boolean) =>
      yes ? `ADF检验拒绝单位根：${x}看起来是平稳的` : `ADF检验不能拒绝单位根：${x}可能是非平稳的`,
    kpss: (x: string, yes: boolean) =>
      yes ? `KPSS检验拒绝平稳性：${x}看起来是非平稳的` : `KPSS检验不拒绝平稳性：${x}可能是平稳的`,
    tryGrowth: "在回归或格兰杰检验中使用前，请改用其增长率（dlog）或年度变化量（diff）。",
    coint: (y: string, x: string, yes: boolean) =>
      yes ? `${y}与${x}存在协整关系：二者长期同向变动` : `没有证据表明${y}与${x}存在协整关系（长期同向变动）`,
    coefficient: "系数",
    open: "（",
    close: "）",
    and: "；",
    sep: "，",
    end: "。",
  },
} as const;

/** The regressors' rows of a REGRESS table: term, coefficient and p, found by the header's labels. */
function regressionTerms(spill: Spill): { term: string; coefficient: number; p: number }[] {
  const header = spill[0] ?? [];
  const coefficientColumn = header.indexOf("coefficient");
  const pColumn = header.indexOf("p_value");
  const terms: { term: string; coefficient: number; p: number }[] = [];
  for (const row of spill.slice(1)) {
    if (row[0] === "n") break;
    const coefficient = row[coefficientColumn];
    const p = row[pColumn];
    if (row[0] !== "intercept" && typeof coefficient === "number" && typeof p === "number") {
      terms.push({ term: String(row[0]), coefficient, p });
    }
  }
  return terms;
}

/**
 * A result in plain words, in English or Chinese: what the test says at the 5% level, with its statistic, p and
 * n, and a caution when there are few observations. It reads the labelled spill the function returns (labels such
 * as F, p_value, n, stat), so the pane, the paper workbook and a user's sheet all get the same sentence. ADF's null
 * is a unit root and KPSS's is stationarity: their verdicts run in opposite directions. Empty when the result is
 * not a labelled spill (a single number, an error).
 *
 * @example
 * analysisVerdict(grangerSpill, { test: "granger", x: ["growth of R&D expenditure"], y: "growth of goods exports (US$)", unit: "years" }, "en")
 * // "At the 5% level, growth of R&D expenditure does not help predict growth of goods exports (US$) (F = 0.42, p = 0.66, n = 17 years). With 17 years the test has little power."
 */
export function analysisVerdict(result: CellResult, subject: VerdictSubject, lang: Lang): string {
  if (!Array.isArray(result)) return "";
  const spill = result as Spill;
  const w = WORDS[lang];
  const n = numberAt(spill, "n");
  if (n === undefined) return "";
  const x = subject.x.join(lang === "zh" ? "、" : ", ");
  const y = subject.y;
  const power = n < FEW_OBSERVATIONS ? w.power(n, subject.unit) : "";
  const sentence = (claim: string, figures: string[]) =>
    `${w.at}${claim}${w.open}${[...figures, w.count(n, subject.unit)].join(w.sep)}${w.close}${w.end}`;

  switch (subject.test) {
    case "correlation": {
      const r = numberAt(spill, "r");
      const p = numberAt(spill, "p-value (two-sided)") ?? numberAt(spill, "p_value");
      if (r === undefined || p === undefined) return "";
      const trending = labelled(spill, "note") ? w.trending : "";
      return sentence(w.correlated(x, y, p < LEVEL), [`r = ${fixed(r)}`, pText(p)]) + trending + power;
    }
    case "regression": {
      const terms = regressionTerms(spill);
      if (terms.length === 0) return "";
      const r2 = numberAt(spill, "r2");
      const fit = r2 === undefined ? [] : [`R² = ${fixed(r2)}`];
      const claim = (t: (typeof terms)[number], i: number) =>
        w.explains(subject.x[i] ?? t.term, y, t.p < LEVEL, subject.lag ?? 0);
      const figures = (t: (typeof terms)[number]) => [`${w.coefficient} = ${fixed(t.coefficient, 3)}`, pText(t.p)];
      const only = terms.length === 1 ? terms[0] : undefined;
      if (only) return sentence(claim(only, 0), [...figures(only), ...fit]) + power;
      // Several regressors: each claim carries its own coefficient; the fit and n close the sentence.
      const claims = terms.map((t, i) => `${claim(t, i)}${w.open}${figures(t).join(w.sep)}${w.close}`);
      return sentence(claims.join(w.and), fit) + power;
    }
    case "granger": {
      const F = numberAt(spill, "F");
      const p = numberAt(spill, "p_value");
      if (F === undefined || p === undefined) return "";
      return sentence(w.helps(x, y, p < LEVEL), [`F = ${fixed(F)}`, pText(p)]) + power;
    }
    case "unitroot":
    case "cointegration": {
      const stat = numberAt(spill, "stat");
      const p = numberAt(spill, "p_value");
      if (stat === undefined || p === undefined) return "";
      const kpss = String(labelled(spill, "test")).toLowerCase() === "kpss";
      // KPSS's p is interpolated in a table from 0.01 to 0.10 and bounded there.
      const pWords = kpss ? pText(p, { low: 0.01, high: 0.1 }) : pText(p);
      const figures = [`stat = ${fixed(stat)}`, pWords];
      if (subject.test === "cointegration") return sentence(w.coint(y, x, p < LEVEL), figures) + power;
      const rejects = p < LEVEL;
      const nonStationary = kpss ? rejects : !rejects;
      return (
        sentence(kpss ? w.kpss(y, rejects) : w.adf(y, rejects), figures) + (nonStationary ? w.tryGrowth : "") + power
      );
    }
  }
}
