import { AnalysisInput, AnalysisSpec, computeAnalysis, DEFAULT_SPEC, hasTransformArgument } from "./analysisFormula";

/** The ADF p-value above which a level counts as non-stationary (as INNO.GRANGER's note says). */
const NONSTATIONARY_P = 0.1;

/** A transform to suggest, with the inputs whose levels look non-stationary and their ADF p-values. */
export interface TransformSuggestion {
  readonly transform: "dlog" | "diff";
  readonly inputs: readonly { readonly input: AnalysisInput; readonly p: number }[];
}

function pValueOf(spec: AnalysisSpec): number | undefined {
  const outcome = computeAnalysis(spec);
  if (!outcome.ok || !Array.isArray(outcome.result)) return undefined;
  const p = outcome.result.find((row) => row[0] === "p_value")?.[1];
  return typeof p === "number" ? p : undefined;
}

/**
 * Whether to suggest a transform: when the spec works on levels and an ADF test (constant, lags by AIC, the
 * years chosen) cannot reject a unit root in an input at 10%, a regression or a Granger test on those levels may
 * be spurious. Growth (dlog) is suggested for positive series, the yearly change (diff) for the others (a log
 * needs positive values). Cointegration is about levels: no suggestion there. Null when nothing looks wrong.
 */
export function transformSuggestion(spec: AnalysisSpec): TransformSuggestion | null {
  if (spec.transform !== "level" || !hasTransformArgument(spec.test)) return null;
  const inputs = [...spec.x, ...(spec.y ? [spec.y] : [])];
  const years = { startYear: spec.startYear, endYear: spec.endYear };
  const flagged = inputs.flatMap((input) => {
    const check: AnalysisSpec = { ...DEFAULT_SPEC, ...years, test: "unitroot", y: input };
    const p = pValueOf(check);
    return p !== undefined && p > NONSTATIONARY_P ? [{ input, p }] : [];
  });
  if (flagged.length === 0) return null;
  const positive = inputs.every((input) =>
    input.kind === "range"
      ? input.values.every((row) => row.every((v) => typeof v !== "number" || v > 0))
      : // A series' log is defined where all its values are positive: the ADF check of its logs computes only then.
        computeAnalysis({ ...DEFAULT_SPEC, ...years, test: "unitroot", y: input, transform: "log" }).ok,
  );
  return { transform: positive ? "dlog" : "diff", inputs: flagged };
}
