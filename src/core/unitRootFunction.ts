import { numberOrWord, optionalInteger, optionWord } from "./arguments";
import { Cell, CellError, DomainError } from "./errors";
import { formatNumber } from "./formatNumber";
import { adfTest } from "./statistics/adf";
import { kpssTest } from "./statistics/kpss";
import { DeterministicTerms } from "./statistics/mackinnonTables";
import { AlignedInputs, contiguousSpan, readTimeInputs, TimeColumn } from "./timeSeriesInputs";

export const UNITROOT_TESTS = ["adf", "kpss"] as const;
export const ADF_TRENDS = ["c", "ct", "n"] as const;
export const KPSS_TRENDS = ["c", "ct"] as const;
export const ADF_LAG_WORDS = ["aic", "bic"] as const;
export const KPSS_LAG_WORDS = ["auto"] as const;
export const STATS_OUTPUTS = ["stats", "p"] as const;

/** The labels of UNITROOT's and COINT's spill, in order: part of the functions' contract. */
export const UNITROOT_LABELS = [
  "test",
  "trend",
  "stat",
  "p_value",
  "crit_1",
  "crit_5",
  "crit_10",
  "lags",
  "n",
  "null",
  "note",
] as const;

/** Below this many observations a unit-root test has little power, which the note says. */
const FEW_OBSERVATIONS = 25;

/** What a unit-root or cointegration spill shows, before it is laid out. */
export interface UnitRootSummary {
  readonly test: string;
  readonly trend: string;
  readonly stat: number;
  readonly pValue: number;
  readonly critical: readonly [number, number, number] | undefined;
  readonly lags: number;
  readonly n: number;
  readonly nullHypothesis: string;
  readonly notes: readonly string[];
}

/** The labelled two-column spill shared by UNITROOT and COINT (or the p-value alone). */
export function unitRootSpill(summary: UnitRootSummary, output: (typeof STATS_OUTPUTS)[number]): Cell | Cell[][] {
  if (output === "p") return summary.pValue;
  const noCritical = new CellError("#N/A", "MacKinnon (2010) gives no critical values without a constant.");
  const values: Cell[] = [
    summary.test,
    summary.trend,
    Number.isFinite(summary.stat) ? summary.stat : new CellError("#DIV/0!", "The statistic is infinite."),
    summary.pValue,
    summary.critical ? summary.critical[0] : noCritical,
    summary.critical ? summary.critical[1] : noCritical,
    summary.critical ? summary.critical[2] : noCritical,
    summary.lags,
    summary.n,
    summary.nullHypothesis,
    summary.notes.join(" "),
  ];
  return UNITROOT_LABELS.map((label, i) => [label, values[i] as Cell]);
}

/** The values of the columns over their one unbroken span, with a sentence naming the span. */
export function spanValues(inputs: AlignedInputs, columns: readonly TimeColumn[]) {
  const { from, to } = contiguousSpan(inputs, columns);
  const values = columns.map((c) => Array.from(c.values.subarray(from, to + 1)));
  const unit = inputs.kind === "series" ? "years" : "rows";
  return { values, described: `${to - from + 1} ${unit} (${inputs.label(from)}-${inputs.label(to)})` };
}

/** The deterministic terms in words, for notes. */
export const TREND_WORDS: Readonly<Record<string, string>> = {
  n: "no constant",
  c: "a constant",
  ct: "a constant and a linear trend",
};

/** How the ADF lags were set, in words: fixed, or chosen by a criterion from a range. */
export function lagWords(lags: number | string, usedLag: number, maxLag: number): string {
  return typeof lags === "number"
    ? `${lags} lags (fixed)`
    : `${usedLag} lags chosen by ${lags.toUpperCase()} from 0-${maxLag}`;
}

/** Cautions every unit-root note carries: sample size and p at the bound of MacKinnon's approximation. */
export function sampleCautions(n: number, pValue: number): string[] {
  const notes: string[] = [];
  if (n < FEW_OBSERVATIONS)
    notes.push(`With ${n} observations the test has little power: failing to reject is weak evidence.`);
  if (pValue === 0 || pValue === 1)
    notes.push(`p = ${pValue} is the bound of MacKinnon's approximation, not an exact value.`);
  return notes;
}

/**
 * INNO.UNITROOT: the augmented Dickey–Fuller test (null: a unit root) or the KPSS test (null: stationary) of one
 * series or range over an unbroken span, as statsmodels' `adfuller` and `kpss`.
 */
export function unitRoot(
  xArg: unknown,
  testArg?: unknown,
  trendArg?: unknown,
  lagsArg?: unknown,
  outputArg?: unknown,
  startArg?: unknown,
  endArg?: unknown,
): Cell | Cell[][] {
  const test = optionWord(testArg, "test", UNITROOT_TESTS, "adf");
  const trend =
    test === "adf" ? optionWord(trendArg, "trend", ADF_TRENDS, "c") : optionWord(trendArg, "trend", KPSS_TRENDS, "c");
  const lags =
    test === "adf"
      ? numberOrWord(lagsArg, "lags", ADF_LAG_WORDS, "aic")
      : numberOrWord(lagsArg, "lags", KPSS_LAG_WORDS, "auto");
  const output = optionWord(outputArg, "output", STATS_OUTPUTS, "stats");
  const start = optionalInteger(startArg, "start_year");
  const end = optionalInteger(endArg, "end_year");
  const inputs = readTimeInputs([{ value: xArg, name: "x" }], "level", start, end);
  const columns = inputs.groups[0] as readonly TimeColumn[];
  if (columns.length !== 1) throw new DomainError("wrong-type", "x must be one series or one column.");
  const { values, described } = spanValues(inputs, columns);
  const x = values[0] as number[];
  if (test === "adf") {
    const result = adfTest(x, { trend: trend as DeterministicTerms, lags: lags as number | "aic" | "bic" });
    const chosen = lagWords(lags, result.usedLag, result.maxLag);
    const notes = [
      `ADF regression with ${TREND_WORDS[trend]} on ${described}, ${chosen}; p from MacKinnon (1994), critical values from MacKinnon (2010) at ${result.nobs} observations.`,
      ...(result.maxLagCapped ? [`The most lags tried was lowered to ${result.maxLag} to fit the sample.`] : []),
      ...sampleCautions(x.length, result.pValue),
    ];
    return unitRootSpill(
      {
        test: "adf",
        trend,
        stat: result.stat,
        pValue: result.pValue,
        critical: result.critical,
        lags: result.usedLag,
        n: result.nobs,
        nullHypothesis: `x has a unit root (is not stationary${trend === "ct" ? " around a trend" : ""})`,
        notes,
      },
      output,
    );
  }
  const result = kpssTest(x, trend as "c" | "ct", lags as number | "auto");
  const notes = [
    `KPSS test with ${TREND_WORDS[trend]} on ${described}, ${result.lags} lags (${typeof lags === "number" ? "fixed" : "Hobijn et al. 1998"}); p interpolated in the KPSS (1992) table.`,
    ...(result.pAtBound
      ? [
          `The statistic is outside the table: p = ${formatNumber(result.pValue)} is a bound (the true p is ${result.pValue === 0.1 ? "larger" : "smaller"}).`,
        ]
      : []),
    ...(x.length < FEW_OBSERVATIONS ? [`With ${x.length} observations the test has little power.`] : []),
  ];
  return unitRootSpill(
    {
      test: "kpss",
      trend,
      stat: result.stat,
      pValue: result.pValue,
      critical: result.critical,
      lags: result.lags,
      n: result.nobs,
      nullHypothesis: `x is stationary ${trend === "ct" ? "around a linear trend" : "around a constant level"}`,
      notes,
    },
    output,
  );
}
