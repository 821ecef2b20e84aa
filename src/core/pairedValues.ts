import { describe } from "./arguments";
import { DomainError } from "./errors";
import { CollectedPairs, Screen, screen } from "./statistics/pearson";

type Matrix = readonly (readonly unknown[])[];

/** Complete pairs: x[i] goes with y[i]. */
export interface Pairs {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The screens of both sides, when the pairing computed them. */
  readonly screens?: { readonly x: Screen; readonly y: Screen };
}

/**
 * The arrays complete pairs are collected in, reused from call to call (custom functions run one at a time):
 * filling arrays that already have room costs a fraction of allocating new ones, and contiguous doubles are what
 * the Pearson kernel reads fastest.
 */
let pairedX = new Float64Array(64);
let pairedY = new Float64Array(64);

/** Makes room for `count` pairs in the reused arrays. */
function reserve(count: number): void {
  if (pairedX.length < count) {
    pairedX = new Float64Array(count);
    pairedY = new Float64Array(count);
  }
}

/** The first `count` values of the reused arrays as the pairs; valid until the next pairing. */
function collected(count: number): { x: Float64Array; y: Float64Array } {
  return { x: pairedX.subarray(0, count), y: pairedY.subarray(0, count) };
}

/** The width of a range's first row; an empty range has no pairs (#DIV/0!, as CORREL gives). */
function widthOf(range: Matrix, name: string): number {
  const first = range[0];
  const width = Array.isArray(first) ? first.length : 0;
  if (range.length === 0 || width === 0) throw new DomainError("insufficient-data", `${name} is empty.`);
  return width;
}

function notRectangular(name: string, row: number): DomainError {
  return new DomainError(
    "shape-mismatch",
    `${name} is not a rectangular range (row ${row + 1} has a different width).`,
  );
}

/** Rows × columns of a rectangular range; a ragged one is #VALUE!. */
function shapeOf(range: Matrix, name: string): { rows: number; width: number } {
  const width = widthOf(range, name);
  for (let i = 1; i < range.length; i++) {
    const row = range[i];
    if (!Array.isArray(row) || row.length !== width) throw notRectangular(name, i);
  }
  return { rows: range.length, width };
}

/** Why a cell that is neither a number nor a blank is refused, naming it. */
function badCell(cell: unknown, name: string, row: number, column: number): DomainError {
  if (typeof cell === "number")
    return new DomainError("impossible-value", `${name} holds a non-finite number at row ${row}, column ${column}.`);
  if (typeof cell === "object" && cell !== null && "code" in cell) {
    return new DomainError("wrong-type", `${name} holds an error value at row ${row}, column ${column}.`);
  }
  return new DomainError(
    "wrong-type",
    `${name} must hold numbers; row ${row}, column ${column} holds ${describe(cell)}.`,
  );
}

/** A cell as a number, NaN for a blank ("", null: Excel passes blanks in an any[][] range so); else throws. */
function cellNumber(cell: unknown, name: string, row: number, column: number): number {
  if (typeof cell === "number" && cell - cell === 0) return cell;
  if (cell === "" || cell === null || cell === undefined) return Number.NaN;
  throw badCell(cell, name, row, column);
}

/**
 * The values of a range argument in reading order (row by row), NaN for a blank. Blanks are missing values,
 * never zeros; text, logicals and errors are refused naming the first bad cell.
 */
export function rangeValues(range: Matrix, name: string): Float64Array {
  const { rows, width } = shapeOf(range, name);
  const out = new Float64Array(rows * width);
  let k = 0;
  for (let i = 0; i < rows; i++) {
    const row = range[i] as readonly unknown[];
    for (let j = 0; j < width; j++) out[k++] = cellNumber(row[j], name, i + 1, j + 1);
  }
  return out;
}

/**
 * Pairs x[i] with y[i + lag] and keeps the pairs complete on both sides (pairwise deletion, as CORREL does).
 * The pairs are reused arrays: use them before pairing again.
 */
export function completePairs(x: Float64Array, y: Float64Array, lag: number): Pairs {
  const from = Math.max(0, -lag);
  const to = Math.min(x.length, y.length - lag);
  reserve(to - from);
  let k = 0;
  for (let i = from; i < to; i++) {
    const a = x[i] as number;
    const b = y[i + lag] as number;
    if (a === a && b === b) {
      pairedX[k] = a;
      pairedY[k++] = b;
    }
  }
  return collected(k);
}

/** A cell the fast reading takes as it is: a finite number, or a blank ("", null: a missing value). */
function isNumberOrBlank(cell: unknown): boolean {
  return (typeof cell === "number" && cell - cell === 0) || cell === "" || cell === null || cell === undefined;
}

/**
 * The complete pairs of two columns (one row array per value, as Excel passes a column), read with as little per
 * cell as the common case needs: a type check, the sums, a store. Anything unusual (a row of another width, a cell
 * neither a number nor a blank, a non-finite number in a complete pair, which makes a sum non-finite) gives
 * undefined, and the caller reads again from the start, cell by cell, to name the first bad one. Tracking the
 * extremes here as well (to screen both sides) made this loop three to four times slower in Node 20 (measured):
 * the kernel's own sums of squares screen instead (pearson.ts).
 */
function collectColumns(xRange: Matrix, yRange: Matrix): CollectedPairs | undefined {
  const x = pairedX;
  const y = pairedY;
  let k = 0;
  let sumX = 0;
  let sumY = 0;
  for (let p = 0; p < xRange.length; p++) {
    const xRow = xRange[p];
    const yRow = yRange[p];
    if (xRow == null || yRow == null || xRow.length !== 1 || yRow.length !== 1) return undefined;
    const a = xRow[0];
    const b = yRow[0];
    if (typeof a === "number" && typeof b === "number") {
      sumX += a;
      sumY += b;
      x[k] = a;
      y[k++] = b;
    } else if (!isNumberOrBlank(a) || !isNumberOrBlank(b)) return undefined;
  }
  if (sumX - sumX !== 0 || sumY - sumY !== 0) return undefined;
  return { x, y, n: k, sumX, sumY };
}

/** The complete pairs of two ranges of any shapes, every cell checked in reading order, naming the first bad one. */
function collectChecked(xRange: Matrix, yRange: Matrix, xWidth: number, yWidth: number): CollectedPairs {
  const x = pairedX;
  const y = pairedY;
  let k = 0;
  let sumX = 0;
  let sumY = 0;
  // A column (one row array per value) is read directly; other shapes through a flat copy.
  const xs = xWidth === 1 ? null : rangeValues(xRange, "x");
  const ys = yWidth === 1 ? null : rangeValues(yRange, "y");
  const n = xRange.length * xWidth;
  for (let p = 0; p < n; p++) {
    let a: number;
    let b: number;
    if (xs === null) {
      const row = xRange[p];
      if (row == null || row.length !== 1) throw notRectangular("x", p);
      a = cellNumber(row[0], "x", p + 1, 1);
    } else a = xs[p] as number;
    if (ys === null) {
      const row = yRange[p];
      if (row == null || row.length !== 1) throw notRectangular("y", p);
      b = cellNumber(row[0], "y", p + 1, 1);
    } else b = ys[p] as number;
    if (a !== a || b !== b) continue;
    sumX += a;
    sumY += b;
    x[k] = a;
    y[k++] = b;
  }
  return { x, y, n: k, sumX, sumY };
}

/**
 * The complete pairs of two ranges read position by position (no lag, no transform: INNO.CORR's common case), in
 * one pass that also checks their shapes and sums both sides, so that the Pearson kernel needs no pass of its own
 * but the co-moments'. The pairs stay in the reused arrays: use them before pairing again.
 */
export function collectRangePairs(xRange: Matrix, yRange: Matrix): CollectedPairs {
  const xWidth = widthOf(xRange, "x");
  const yWidth = widthOf(yRange, "y");
  const n = xRange.length * xWidth;
  if (n !== yRange.length * yWidth) {
    throw new DomainError(
      "length-mismatch",
      `x has ${n} values and y has ${yRange.length * yWidth}; they must have the same number.`,
    );
  }
  reserve(n);
  const columns = xWidth === 1 && yWidth === 1 ? collectColumns(xRange, yRange) : undefined;
  return columns ?? collectChecked(xRange, yRange, xWidth, yWidth);
}

/** The complete pairs of two ranges read position by position, with the screens of both sides. */
export function pairedRanges(xRange: Matrix, yRange: Matrix): Pairs {
  const { x, y } = collected(collectRangePairs(xRange, yRange).n);
  return { x, y, screens: { x: screen(x), y: screen(y) } };
}
