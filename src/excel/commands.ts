import type { Lang } from "../data/seriesDefinitions";
import { applyPaperWorkbook, PaperBuildResult, ProgressStep } from "./applyPaperWorkbook";
import { applyPlan, InsertOutcome, InsertTarget } from "./applyPlan";
import { applyFormula, readSelection, SelectedRange, SpillSize } from "./insertFormula";
import { InsertionPlan } from "./insertionPlan";
import { prepareForSharing, restoreFormulas, RestoreResult, ShareResult, ShareScope } from "./sharing";

/** Inserts a plan into the open workbook: one Excel.run, two round trips (check, then write), and one for alt text. */
export function insertPlan(plan: InsertionPlan, target: InsertTarget): Promise<InsertOutcome> {
  return Excel.run((context) => applyPlan(context, plan, target));
}

/** Builds (or rebuilds) the paper workbook: one Excel.run, three round trips, and one for alt text. */
export function buildPaper(lang: Lang, onProgress: (step: ProgressStep) => void): Promise<PaperBuildResult> {
  return Excel.run((context) => applyPaperWorkbook(context, lang, onProgress));
}

/** Converts INNO formulas in scope to values, logging their sources. */
export function share(scope: ShareScope): Promise<ShareResult> {
  return Excel.run((context) => prepareForSharing(context, scope));
}

/** Puts back the formulas "Prepare for sharing" converted. */
export function restore(): Promise<RestoreResult> {
  return Excel.run((context) => restoreFormulas(context));
}

/** Writes an analysis formula at the target unless its spill area holds data: one Excel.run, two round trips. */
export function insertFormula(formula: string, size: SpillSize, target: InsertTarget): Promise<InsertOutcome> {
  return Excel.run((context) => applyFormula(context, formula, size, target));
}

/** The selected range's address and values: one Excel.run, one round trip. */
export function selectedRange(): Promise<SelectedRange> {
  return Excel.run((context) => readSelection(context));
}
