import { optionalInteger, optionWord } from "./arguments";
import { Cell, DomainError } from "./errors";
import { formatNumber } from "./formatNumber";
import { adfTest } from "./statistics/adf";
import { grangerTest } from "./statistics/granger";
import {
  AlignedInputs,
  contiguousSpan,
  ECON_TRANSFORMS,
  laggedRows,
  readTimeInputs,
  TimeColumn,
} from "./timeSeriesInputs";
import { STATS_OUTPUTS } from "./unitRootFunction";

/** The labels of GRANGER's spill, in order: part of the function's contract. */
export const GRANGER_LABELS = ["F", "df_num", "df_den", "p_value", "n", "order", "transform", "note"] as const;

/** The ADF p-value above which the note calls an input non-stationary. */
const NONSTATIONARY_P = 0.1;

/** An ADF check of one input for the note: a sentence when it looks non-stationary or cannot be checked. */
function stationarityCaution(inputs: AlignedInputs, column: TimeColumn, transform: string): string | undefined {
  try {
    const { from, to } = contiguousSpan(inputs, [column]);
    const result = adfTest(Array.from(column.values.subarray(from, to + 1)), { trend: "c", lags: "aic" });
    return result.pValue > NONSTATIONARY_P
      ? `${column.name}${transform === "level" ? "" : ` (${transform})`} looks non-stationary (ADF p = ${formatNumber(result.pValue)} > ${NONSTATIONARY_P}): the F test assumes stationary inputs${transform === "level" || transform === "log" ? '; try transform "dlog" or "diff"' : ", though with few years ADF often fails to reject"}.`
      : undefined;
  } catch {
    return `${column.name} could not be checked for a unit root (too few consecutive values).`;
  }
}

/**
 * INNO.GRANGER: does the cause help predict the effect? The F test of lags 1..order of the cause added to an
 * intercept and lags 1..order of the effect, on the periods where all of them exist (statsmodels'
 * `grangercausalitytests` ssr F test; R's `lmtest::grangertest`). "Granger-causes" means "helps predict", not
 * "causes": the note says so, and warns when an input looks non-stationary.
 */
export function grangerCausality(
  causeArg: unknown,
  effectArg: unknown,
  orderArg?: unknown,
  transformArg?: unknown,
  outputArg?: unknown,
  startArg?: unknown,
  endArg?: unknown,
): Cell | Cell[][] {
  const order = optionalInteger(orderArg, "order") ?? 1;
  if (order < 1) throw new DomainError("impossible-value", `order must be 1 or more; got ${order}.`);
  const transform = optionWord(transformArg, "transform", ECON_TRANSFORMS, "level");
  const output = optionWord(outputArg, "output", STATS_OUTPUTS, "stats");
  const start = optionalInteger(startArg, "start_year");
  const end = optionalInteger(endArg, "end_year");
  const inputs = readTimeInputs(
    [
      { value: causeArg, name: "cause" },
      { value: effectArg, name: "effect" },
    ],
    transform,
    start,
    end,
  );
  const [causeGroup, effectGroup] = inputs.groups as [readonly TimeColumn[], readonly TimeColumn[]];
  if (causeGroup.length !== 1 || effectGroup.length !== 1) {
    throw new DomainError("wrong-type", "cause and effect must each be one series or one column.");
  }
  const cause = causeGroup[0] as TimeColumn;
  const effect = effectGroup[0] as TimeColumn;
  const lags = Array.from({ length: order }, (_, j) => j + 1);
  const { rows, positions } = laggedRows([
    { values: effect.values, lag: 0 },
    ...lags.map((lag) => ({ values: effect.values, lag })),
    ...lags.map((lag) => ({ values: cause.values, lag })),
  ]);
  const needed = 2 * order + 2;
  if (rows.length < needed) {
    throw new DomainError(
      "insufficient-data",
      `A Granger test of order ${order} needs at least ${needed} ${inputs.kind === "series" ? "years" : "rows"} with the effect and ${order} lag${order > 1 ? "s" : ""} of both inputs; there are ${rows.length}.`,
    );
  }
  const effectNow = rows.map((row) => row[0] as number);
  if (effectNow.every((v) => v === effectNow[0])) {
    throw new DomainError("zero-variance", `The effect (${effect.name}) is constant over the rows used.`);
  }
  const result = grangerTest(
    effectNow,
    rows.map((row) => row.slice(1, 1 + order)),
    rows.map((row) => row.slice(1 + order)),
    order,
  );
  if (!Number.isFinite(result.F)) {
    throw new DomainError("zero-variance", "The unrestricted model fits the effect exactly: F is infinite.");
  }
  if (output === "p") return result.pValue;
  const first = inputs.label(positions[0] as number);
  const last = inputs.label(positions[positions.length - 1] as number);
  const notes = [
    `F test that lags 1-${order} of ${cause.name} add nothing to an intercept and lags 1-${order} of ${effect.name}, on ${result.nobs} ${inputs.kind === "series" ? "years" : "rows"} (${first}-${last}), transform "${transform}". "Granger-causes" means "helps predict", not "causes".`,
    ...[cause, effect]
      .map((column) => stationarityCaution(inputs, column, transform))
      .filter((s): s is string => s !== undefined),
    ...(result.dfDen < 10 ? [`Only ${result.dfDen} residual degrees of freedom: the test has little power.`] : []),
  ];
  const values: Cell[] = [
    result.F,
    result.dfNum,
    result.dfDen,
    result.pValue,
    result.nobs,
    order,
    transform,
    notes.join(" "),
  ];
  return GRANGER_LABELS.map((label, i) => [label, values[i] as Cell]);
}
