import { applyPlan, InsertOutcome, InsertTarget } from "./applyPlan";
import { InsertionPlan } from "./insertionPlan";

/** Inserts a plan into the open workbook: one Excel.run, two round trips (check, then write). */
export function insertPlan(plan: InsertionPlan, target: InsertTarget): Promise<InsertOutcome> {
  return Excel.run((context) => applyPlan(context, plan, target));
}
