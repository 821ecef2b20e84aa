import { describe, isOmitted, optionalInteger, optionWord } from "./arguments";
import { Cell, CellError, DomainError, finiteOrError } from "./errors";
import { collectRangePairs, completePairs, Pairs, pairedRanges, rangeValues } from "./pairedValues";
import { seriesWindow } from "./seriesWindow";
import { coefficient, correlate, METHODS, trendStrength } from "./statistics/correlation";
import { pearsonOfCollected } from "./statistics/pearson";
import { applyTransform } from "./transforms";

/** The transforms INNO.CORR applies to both inputs (an index would not change a correlation). */
export const CORR_TRANSFORMS = ["level", "yoy", "diff", "log", "dlog"] as const;
export const CORR_OUTPUTS = ["r", "stats"] as const;

/** |Spearman rho with time| from which a series counts as trending. */
const TREND_THRESHOLD = 0.9;

type Input = { kind: "series"; id: string } | { kind: "range"; range: readonly (readonly unknown[])[] };

/** The text of a one-cell range holding a series id (a reference such as A1 to a cell with "rd_expenditure"). */
function seriesIdCell(range: readonly unknown[]): string | undefined {
  const only = range.length === 1 && Array.isArray(range[0]) && range[0].length === 1 ? range[0][0] : undefined;
  return typeof only === "string" && only.trim() !== "" ? only.trim() : undefined;
}

function readInput(value: unknown, name: string): Input {
  if (typeof value === "string") return { kind: "series", id: value.trim() };
  if (Array.isArray(value)) {
    const id = seriesIdCell(value);
    return id === undefined ? { kind: "range", range: value as unknown[][] } : { kind: "series", id };
  }
  throw new DomainError(
    "wrong-type",
    `${name} must be a series id such as "rd_expenditure" or a range; got ${describe(value)}.`,
  );
}

/** A range of values (not a series id in a cell): what the fast path takes as it is. */
function isValueRange(value: unknown): value is readonly (readonly unknown[])[] {
  return Array.isArray(value) && seriesIdCell(value) === undefined;
}

/** The transformed values of a series id for the years asked, with the first year. */
function seriesValues(
  id: string,
  name: string,
  transform: (typeof CORR_TRANSFORMS)[number],
  start?: number,
  end?: number,
) {
  const window = seriesWindow({ id, transform, startYear: start, endYear: end });
  if (window.allRegions) {
    throw new DomainError(
      "wrong-type",
      `${name}: ${window.entry.def.id} has one series per region; pass one region as a range, e.g. INNO.SERIES("${window.entry.def.id}",,,,"Guangdong","values").`,
    );
  }
  return { firstYear: window.startYear, values: window.rows[0] as Float64Array };
}

/** Pairs two inputs: series by year (x in year t with y in year t + lag), ranges by position. */
function pairInputs(
  x: Input,
  y: Input,
  transform: (typeof CORR_TRANSFORMS)[number],
  lag: number,
  start?: number,
  end?: number,
): Pairs {
  if (x.kind === "series" && y.kind === "series") {
    const a = seriesValues(x.id, "x", transform, start, end);
    const b = seriesValues(y.id, "y", transform, start, end);
    // Re-base y so that position i of both arrays is year a.firstYear + i; then the lag pairs years t and t + lag.
    const shifted = new Float64Array(a.values.length).fill(Number.NaN);
    for (let i = 0; i < a.values.length; i++) {
      const j = a.firstYear + i + lag - b.firstYear;
      if (j >= 0 && j < b.values.length) shifted[i] = b.values[j] as number;
    }
    return completePairs(a.values, shifted, 0);
  }
  if (x.kind === "range" && y.kind === "range") {
    if (start !== undefined || end !== undefined) {
      throw new DomainError(
        "wrong-type",
        "start_year and end_year apply to series ids; select the years of a range instead.",
      );
    }
    if (transform === "level" && lag === 0) return pairedRanges(x.range, y.range);
    const label = (name: string) => (i: number) => `${name} value ${i + 1}`;
    const a = applyTransform(rangeValues(x.range, "x"), transform, label("x"));
    const b = applyTransform(rangeValues(y.range, "y"), transform, label("y"));
    if (a.length !== b.length) {
      throw new DomainError(
        "length-mismatch",
        `x has ${a.length} values and y has ${b.length}; they must have the same number.`,
      );
    }
    return completePairs(a, b, lag);
  }
  throw new DomainError("wrong-type", "x and y must both be series ids or both be ranges.");
}

/**
 * INNO.CORR: correlation of two series (aligned by year) or two ranges (by position), after an optional
 * transform and lag. Output "r" gives one number; "stats" a labelled spill with n, the test statistic, the
 * two-sided p-value, the 95% confidence interval and a warning when both inputs trend.
 */
export function correlation(
  xArg: unknown,
  yArg: unknown,
  methodArg?: unknown,
  lagArg?: unknown,
  transformArg?: unknown,
  outputArg?: unknown,
  startArg?: unknown,
  endArg?: unknown,
): Cell | Cell[][] {
  // =INNO.CORR(range, range), the common call: nothing to parse, one pass over the cells, then the kernel's own.
  const noOptions =
    isOmitted(methodArg) &&
    isOmitted(lagArg) &&
    isOmitted(transformArg) &&
    isOmitted(outputArg) &&
    isOmitted(startArg) &&
    isOmitted(endArg);
  if (noOptions && isValueRange(xArg) && isValueRange(yArg)) return pearsonOfCollected(collectRangePairs(xArg, yArg));
  const method = optionWord(methodArg, "method", METHODS, "pearson");
  const lag = optionalInteger(lagArg, "lag") ?? 0;
  const transform = optionWord(transformArg, "transform", CORR_TRANSFORMS, "level");
  const output = optionWord(outputArg, "output", CORR_OUTPUTS, "r");
  const start = optionalInteger(startArg, "start_year");
  const end = optionalInteger(endArg, "end_year");
  if (isOmitted(xArg) || isOmitted(yArg))
    throw new DomainError("wrong-type", "CORR needs x and y: two series ids or two ranges.");
  const x = readInput(xArg, "x");
  const y = readInput(yArg, "y");
  const asTheyAre = transform === "level" && lag === 0 && start === undefined && end === undefined;
  // The same as the common call, with its defaults spelt out.
  if (asTheyAre && method === "pearson" && output === "r" && x.kind === "range" && y.kind === "range") {
    return pearsonOfCollected(collectRangePairs(x.range, y.range));
  }
  const pairs = pairInputs(x, y, transform, lag, start, end);
  if (output === "r") return coefficient(pairs.x, pairs.y, method, pairs.screens);
  const result = correlate(pairs.x, pairs.y, method);

  const trending =
    transform === "level" &&
    Math.abs(trendStrength(pairs.x)) >= TREND_THRESHOLD &&
    Math.abs(trendStrength(pairs.y)) >= TREND_THRESHOLD;
  const note = trending
    ? `Both inputs trend over time (|Spearman rho with time| >= ${TREND_THRESHOLD}): a high r on levels may be spurious. Try transform "yoy" or "diff".`
    : "";
  const { statistic, ci } = result;
  const noInterval = new CellError("#DIV/0!", "Too few pairs for a confidence interval.");
  return [
    ["statistic", "value"],
    ["method", method],
    ["r", result.r],
    ["n", result.n],
    [statistic.name, finiteOrError(statistic.value, "The correlation is perfect: the statistic is infinite.")],
    ["df", statistic.df ?? ""],
    ["p-value (two-sided)", result.p],
    ["95% CI low", ci ? ci[0] : noInterval],
    ["95% CI high", ci ? ci[1] : noInterval],
    ["lag", lag],
    ["transform", transform],
    ["note", note],
  ];
}
