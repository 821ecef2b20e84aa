import type { InsertOutcome, InsertTarget } from "../excel/applyPlan";
import type { InsertionPlan } from "../excel/insertionPlan";

/** What the pane needs from Excel. Tests put a stand-in on `window.__INNO_TEST_HOST__`. */
export interface WorkbookHost {
  insert(plan: InsertionPlan, target: InsertTarget): Promise<InsertOutcome>;
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
  const { insertPlan } = await import("../excel/commands");
  return { insert: insertPlan };
}
