import { CellError, type Cell } from "../core/errors";

/**
 * A spill cell as the pane shows it: numbers to six significant digits (Excel's General format shows about ten;
 * six is what a narrow pane can hold), errors as their code, everything else as text.
 *
 * @example displayCell(2.238449050443656) // "2.23845"
 */
export function displayCell(cell: Cell | unknown): string {
  if (cell instanceof CellError) return cell.code;
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(6)));
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "object" && cell !== null && "error" in cell) return String((cell as { error: unknown }).error);
  return String(cell ?? "");
}
