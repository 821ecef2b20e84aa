import { cointegration } from "./cointegrationFunction";
import { correlation } from "./correlationFunction";
import { CellResult, DomainError, ExcelErrorCode } from "./errors";
import { grangerCausality } from "./grangerFunction";
import { regression } from "./regressionFunction";
import { seriesTable } from "./seriesTable";
import { ADF_TRENDS, KPSS_TRENDS, UNITROOT_TESTS, unitRoot } from "./unitRootFunction";
import { METHODS } from "./statistics/correlation";
import { REGRESS_SE } from "./regressionFunction";
import { ECON_TRANSFORMS } from "./timeSeriesInputs";

/** The tests the Analyse tab builds, each one INNO function. */
export const ANALYSIS_TESTS = ["correlation", "regression", "granger", "unitroot", "cointegration"] as const;
export type AnalysisTest = (typeof ANALYSIS_TESTS)[number];

/** The option words the builder offers: the functions' own lists, so the pane never offers a word they refuse. */
export const ANALYSIS_TRANSFORMS = ECON_TRANSFORMS;
export type AnalysisTransform = (typeof ANALYSIS_TRANSFORMS)[number];
export const ANALYSIS_METHODS = METHODS;
export const ANALYSIS_SE = REGRESS_SE;
export const ANALYSIS_UNIT_ROOT_TESTS = UNITROOT_TESTS;
export const ANALYSIS_TRENDS = ADF_TRENDS;

/** An input of a test: a catalog series, or a range of the workbook (its address and the values read from it). */
export type AnalysisInput =
  | { readonly kind: "series"; readonly id: string }
  | { readonly kind: "range"; readonly address: string; readonly values: readonly (readonly unknown[])[] };

/** Everything the builder holds; the formula and the live result are both derived from it. */
export interface AnalysisSpec {
  readonly test: AnalysisTest;
  /** correlation: x · regression: the regressors · granger: the cause · cointegration: the other variable. */
  readonly x: readonly AnalysisInput[];
  /** correlation and regression: y · granger: the effect · unit root: the series · cointegration: y. */
  readonly y: AnalysisInput | null;
  readonly transform: AnalysisTransform;
  /** correlation and regression: the lag in years; granger: the order. */
  readonly lag: number;
  readonly method: (typeof ANALYSIS_METHODS)[number];
  readonly se: (typeof ANALYSIS_SE)[number];
  readonly unitRootTest: (typeof ANALYSIS_UNIT_ROOT_TESTS)[number];
  readonly trend: (typeof ANALYSIS_TRENDS)[number];
  readonly startYear?: number;
  readonly endYear?: number;
}

/** The builder's starting point: each option at the function's own default. */
export const DEFAULT_SPEC: AnalysisSpec = {
  test: "granger",
  x: [],
  y: null,
  transform: "level",
  lag: 1,
  method: "pearson",
  se: "classic",
  unitRootTest: "adf",
  trend: "c",
};

/** The lag (or order) a test starts at: Granger needs at least one lag; the others default to none. */
export function defaultLag(test: AnalysisTest): number {
  return test === "granger" ? 1 : 0;
}

/** Whether a test takes a transform argument itself; UNITROOT and COINT are given transformed INNO.SERIES instead. */
export function hasTransformArgument(test: AnalysisTest): boolean {
  return test !== "unitroot" && test !== "cointegration";
}

/** The trends a spec's test accepts: KPSS has no "n" (its null is stationarity around a constant or a trend). */
export function trendsOf(spec: Pick<AnalysisSpec, "test" | "unitRootTest">): readonly AnalysisSpec["trend"][] {
  return spec.test === "unitroot" && spec.unitRootTest === "kpss" ? KPSS_TRENDS : ADF_TRENDS;
}

/**
 * The spec with the choices its inputs rule out undone, so what the builder shows is what the formula says:
 * a range of regressors holds them all in its columns (series added beside it go); UNITROOT and COINT get a
 * transform through INNO.SERIES, which a range cannot go through (it stays at level); KPSS has no "n" trend.
 */
export function normalizeSpec(spec: AnalysisSpec): AnalysisSpec {
  const range = spec.x.find((i) => i.kind === "range");
  const x = range && spec.x.length > 1 ? [range] : spec.x;
  const inputs = [...x, ...(spec.y ? [spec.y] : [])];
  const untransformable = !hasTransformArgument(spec.test) && inputs.some((i) => i.kind === "range");
  const trend = trendsOf(spec).includes(spec.trend) ? spec.trend : "c";
  if (x === spec.x && !untransformable && trend === spec.trend) return spec;
  return { ...spec, x, transform: untransformable ? "level" : spec.transform, trend };
}

/** One argument: its text in the formula and the value Excel passes for it (null when omitted). */
interface Argument {
  readonly text: string;
  readonly value: () => unknown;
}

const OMITTED: Argument = { text: "", value: () => null };

function literal(value: string | number): Argument {
  return { text: typeof value === "string" ? `"${value.replace(/"/g, '""')}"` : String(value), value: () => value };
}

/**
 * An input as an argument. Series keep their ids (aligned by year); for UNITROOT and COINT a transform is applied
 * by nesting INNO.SERIES(...,"values"), whose years then travel inside it.
 */
function inputArgument(input: AnalysisInput, spec: AnalysisSpec, nest: boolean): Argument {
  if (input.kind === "range") return { text: input.address, value: () => input.values };
  if (!nest) return literal(input.id);
  const args = [
    literal(input.id),
    spec.startYear === undefined ? OMITTED : literal(spec.startYear),
    spec.endYear === undefined ? OMITTED : literal(spec.endYear),
    literal(spec.transform),
    OMITTED,
    literal("values"),
  ];
  return {
    text: `INNO.SERIES(${args.map((a) => a.text).join(",")})`,
    value: () => seriesTable(...(args.map((a) => a.value()) as Parameters<typeof seriesTable>)),
  };
}

/** Several inputs as one argument: ids as an array constant, or the one range (which may have several columns). */
function inputsArgument(inputs: readonly AnalysisInput[], spec: AnalysisSpec, nest: boolean): Argument {
  const first = inputs[0];
  if (!first) return OMITTED;
  if (inputs.length === 1) return inputArgument(first, spec, nest);
  // Several inputs are series (normalizeSpec keeps a range alone): their ids go in one array constant.
  const ids = inputs.flatMap((i) => (i.kind === "series" ? [i.id] : []));
  return {
    text: `{${ids.map((id) => `"${id}"`).join(",")}}`,
    value: () => [ids],
  };
}

/** An option argument, written only when set; `isDefault` lets the formula stop before trailing defaults. */
interface Parameter {
  readonly argument: Argument;
  readonly isDefault: boolean;
}

const given = (argument: Argument, isDefault = false): Parameter => ({ argument, isDefault });
const optional = (value: number | undefined): Parameter =>
  value === undefined ? given(OMITTED, true) : given(literal(value));

/** The function and its parameters in order, for the spec. */
function callOf(spec: AnalysisSpec): { name: string; parameters: Parameter[] } {
  const nest = !hasTransformArgument(spec.test) && spec.transform !== "level";
  const years = nest ? [] : [optional(spec.startYear), optional(spec.endYear)];
  const y = spec.y ? given(inputArgument(spec.y, spec, nest)) : given(OMITTED);
  const x = given(inputsArgument(spec.x, spec, nest));
  const transform = given(literal(spec.transform), spec.transform === "level");
  const lag = given(literal(spec.lag), spec.lag === defaultLag(spec.test));
  const noOutput = given(OMITTED, true);
  switch (spec.test) {
    case "correlation":
      return {
        name: "CORR",
        parameters: [
          x,
          y,
          given(literal(spec.method)),
          given(literal(spec.lag)),
          given(literal(spec.transform)),
          given(literal("stats")),
          ...years,
        ],
      };
    case "regression":
      return {
        name: "REGRESS",
        parameters: [y, x, transform, lag, given(literal(spec.se), spec.se === "classic"), noOutput, ...years],
      };
    case "granger":
      return { name: "GRANGER", parameters: [x, y, lag, transform, noOutput, ...years] };
    case "unitroot": {
      const trend = given(literal(spec.trend), spec.trend === "c");
      return {
        name: "UNITROOT",
        parameters: [
          y,
          given(literal(spec.unitRootTest), spec.unitRootTest === "adf"),
          trend,
          noOutput,
          noOutput,
          ...years,
        ],
      };
    }
    case "cointegration":
      return {
        name: "COINT",
        parameters: [y, x, given(literal(spec.trend), spec.trend === "c"), noOutput, noOutput, ...years],
      };
  }
}

/** The arguments up to the last one that is not at its default (the formula stays as short as its meaning). */
function writtenArguments(spec: AnalysisSpec): { name: string; args: Argument[] } {
  const { name, parameters } = callOf(spec);
  let last = parameters.length - 1;
  while (last > 0 && (parameters[last] as Parameter).isDefault) last--;
  return { name, args: parameters.slice(0, last + 1).map((p) => p.argument) };
}

const CORE: Readonly<Record<string, (...args: unknown[]) => CellResult>> = {
  CORR: correlation,
  REGRESS: regression,
  GRANGER: grangerCausality,
  UNITROOT: unitRoot,
  COINT: cointegration,
};

/**
 * The formula the builder stands for, e.g. `=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")`. Options
 * before the last one set are written out (defaults included) so the formula reads without the help.
 */
export function analysisFormula(spec: AnalysisSpec): string {
  const { name, args } = writtenArguments(normalizeSpec(spec));
  return `=INNO.${name}(${args.map((a) => a.text).join(",")})`;
}

/** What a formula gives: its spill, or the Excel error (and message) its cell shows. */
export type AnalysisOutcome =
  | { readonly ok: true; readonly result: CellResult }
  | { readonly ok: false; readonly code: ExcelErrorCode; readonly message: string };

/**
 * Computes what `analysisFormula(spec)` gives in a cell, by calling the same core functions with the same
 * arguments Excel passes (null for omitted ones), so the pane's numbers are the cell's numbers.
 */
export function computeAnalysis(spec: AnalysisSpec): AnalysisOutcome {
  const { name, args } = writtenArguments(normalizeSpec(spec));
  try {
    const values = args.map((a) => a.value());
    return { ok: true, result: (CORE[name] as (...a: unknown[]) => CellResult)(...values) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.excelCode, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: "#VALUE!", message: `INNO could not compute this: ${detail}` };
  }
}
