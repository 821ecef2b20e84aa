import { DomainError, CellError } from "./errors";
import { describe } from "./arguments";

/**
 * The values of a range argument in reading order, NaN for a blank. Excel passes blanks in an `any[][]` range as
 * "" (or null); those are missing values, never zeros. Text, logicals and errors are refused naming the first bad
 * cell; a range of both several rows and several columns is read row by row.
 */
export function rangeValues(range: readonly (readonly unknown[])[], name: string): Float64Array {
  const rows = range.length;
  const width = rows > 0 ? Math.max(...range.map((r) => (Array.isArray(r) ? r.length : 0))) : 0;
  if (rows === 0 || width === 0) throw new DomainError("insufficient-data", `${name} is empty.`);
  const out = new Float64Array(rows * width);
  let k = 0;
  for (let i = 0; i < rows; i++) {
    const row = range[i];
    if (!Array.isArray(row) || row.length !== width) {
      throw new DomainError(
        "shape-mismatch",
        `${name} is not a rectangular range (row ${i + 1} has a different width).`,
      );
    }
    for (let j = 0; j < width; j++) {
      const cell: unknown = row[j];
      if (typeof cell === "number") {
        if (!Number.isFinite(cell))
          throw new DomainError(
            "impossible-value",
            `${name} holds a non-finite number at row ${i + 1}, column ${j + 1}.`,
          );
        out[k++] = cell;
      } else if (cell === "" || cell === null || cell === undefined) out[k++] = Number.NaN;
      else if (cell instanceof CellError || (typeof cell === "object" && "code" in (cell as object))) {
        throw new DomainError("wrong-type", `${name} holds an error value at row ${i + 1}, column ${j + 1}.`);
      } else {
        throw new DomainError(
          "wrong-type",
          `${name} must hold numbers; row ${i + 1}, column ${j + 1} holds ${describe(cell)}.`,
        );
      }
    }
  }
  return out;
}

/**
 * Pairs x[i] with y[i + lag] and keeps the pairs complete on both sides (pairwise deletion, as CORREL does).
 */
export function completePairs(x: Float64Array, y: Float64Array, lag: number): { x: number[]; y: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  const from = Math.max(0, -lag);
  const to = Math.min(x.length, y.length - lag);
  for (let i = from; i < to; i++) {
    const a = x[i] as number;
    const b = y[i + lag] as number;
    if (a === a && b === b) {
      xs.push(a);
      ys.push(b);
    }
  }
  return { x: xs, y: ys };
}
