import { AnalysisSpec, DEFAULT_SPEC } from "./analysisFormula";

/** A question the paper raises, as the test that checks it. */
export interface PaperQuestion {
  /** Stable key; the pane's dictionary holds the question's words under `question<Key>`. */
  readonly key: "RdExports" | "AppliedHightech" | "BasicShare";
  readonly spec: AnalysisSpec;
}

const series = (id: string) => ({ kind: "series", id }) as const;

/**
 * The paper's claims as ready-made tests, in growth rates (dlog) since the levels trend:
 * - "R&D investment has not led to an increase in exports": does R&D growth Granger-predict export growth
 *   (order 2, as two years of lags is what 20-odd years support)?
 * - "little correlation between applied research and the export growth of high-tech products": the correlation
 *   of their growth rates;
 * - China's basic-research share (about 6.6%) against 15-23% elsewhere: the elasticity of basic research to all
 *   R&D (a slope above 1 means the share rises), with Newey-West standard errors for autocorrelated growth.
 */
export const PAPER_QUESTIONS: readonly PaperQuestion[] = [
  {
    key: "RdExports",
    spec: {
      ...DEFAULT_SPEC,
      test: "granger",
      x: [series("rd_expenditure")],
      y: series("exports_usd"),
      transform: "dlog",
      lag: 2,
    },
  },
  {
    key: "AppliedHightech",
    spec: {
      ...DEFAULT_SPEC,
      test: "correlation",
      x: [series("rd_applied")],
      y: series("hightech_exports_usd"),
      transform: "dlog",
      lag: 0,
    },
  },
  {
    key: "BasicShare",
    spec: {
      ...DEFAULT_SPEC,
      test: "regression",
      x: [series("rd_expenditure")],
      y: series("rd_basic"),
      transform: "dlog",
      lag: 0,
      se: "hac",
    },
  },
];
