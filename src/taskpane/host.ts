import type { InsertOutcome, InsertTarget } from "../excel/applyPlan";
import type { PaperBuildResult, ProgressStep } from "../excel/applyPaperWorkbook";
import type { SelectedRange, SpillSize } from "../excel/insertFormula";
import type { InsertionPlan } from "../excel/insertionPlan";
import type { RestoreResult, ShareResult, ShareScope } from "../excel/sharing";
import type { Lang } from "../data/seriesDefinitions";

/** What the pane needs from Excel. Tests put a stand-in on `window.__INNO_TEST_HOST__`. */
export interface WorkbookHost {
  insert(plan: InsertionPlan, target: InsertTarget): Promise<InsertOutcome>;
  buildPaper(lang: Lang, onProgress: (step: ProgressStep) => void): Promise<PaperBuildResult>;
  share(scope: ShareScope): Promise<ShareResult>;
  restore(): Promise<RestoreResult>;
  insertFormula(formula: string, size: SpillSize, target: InsertTarget): Promise<InsertOutcome>;
  readSelection(): Promise<SelectedRange>;
}

declare global {
  interface Window {
    __INNO_TEST_HOST__?: WorkbookHost;
  }
}

/** The host the pane runs in: Excel, a test stand-in, or none (a plain browser: browse and preview only). */
export async function detectHost(): Promise<WorkbookHost | null> {
  if (window.__INNO_TEST_HOST__) return window.__INNO_TEST_HOST__;
  if (typeof Office === "undefined" || typeof Excel === "undefined") return null;
  if (Office.context?.host !== Office.HostType.Excel) return null;
  const { insertPlan, buildPaper, share, restore, insertFormula, selectedRange } = await import("../excel/commands");
  return { insert: insertPlan, buildPaper, share, restore, insertFormula, readSelection: selectedRange };
}
