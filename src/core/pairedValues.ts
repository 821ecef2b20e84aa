import { describe } from "./arguments";
import { DomainError } from "./errors";
import { Screen, screenOfExtremes } from "./statistics/pearson";

type Matrix = readonly (readonly unknown[])[];

/** Complete pairs: x[i] goes with y[i]. */
export interface Pairs {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** The screens of both sides, when the pairing computed them on its way. */
  readonly screens?: { readonly x: Screen; readonly y: Screen };
}

/**
 * The arrays complete pairs are collected in, reused from call to call (custom functions run one at a time):
 * filling arrays that already have room costs a fraction of growing new ones. Plain arrays of doubles, created as
 * such: simple-statistics is written for (and mostly handed) those, and other shapes make its loops polymorphic.
 */
const pairedX: number[] = [0.5];
const pairedY: number[] = [0.5];

/** The first `count` values of the reused arrays as the pairs; valid until the next pairing. */
function collected(count: number): Pairs {
  // Setting a length is a runtime call even when it does not change it.
  if (pairedX.length !== count) {
    pairedX.length = count;
    pairedY.length = count;
  }
  return { x: pairedX, y: pairedY };
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

/** A cell as a number, NaN for a blank: the common case, a finite number, without a call. */
function numberOrBlank(cell: unknown, name: string, row: number, column: number): number {
  return typeof cell === "number" && cell - cell === 0 ? cell : cellNumber(cell, name, row, column);
}

/**
 * The complete pairs of two ranges read position by position (no lag, no transform: the common case), in one
 * pass that also checks their shapes. The pairs are reused arrays: use them before pairing again.
 */
export function pairedRanges(xRange: Matrix, yRange: Matrix): Pairs {
  const xWidth = widthOf(xRange, "x");
  const yWidth = widthOf(yRange, "y");
  const n = xRange.length * xWidth;
  if (n !== yRange.length * yWidth) {
    throw new DomainError(
      "length-mismatch",
      `x has ${n} values and y has ${yRange.length * yWidth}; they must have the same number.`,
    );
  }
  let k = 0;
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  // Two columns (the usual shape: one row array per value) are read directly; other shapes through a flat copy.
  const xs = xWidth === 1 ? null : rangeValues(xRange, "x");
  const ys = yWidth === 1 ? null : rangeValues(yRange, "y");
  for (let p = 0; p < n; p++) {
    let a: number;
    let b: number;
    if (xs === null) {
      const row = xRange[p];
      if (row == null || row.length !== 1) throw notRectangular("x", p);
      a = numberOrBlank(row[0], "x", p + 1, 1);
    } else a = xs[p] as number;
    if (ys === null) {
      const row = yRange[p];
      if (row == null || row.length !== 1) throw notRectangular("y", p);
      b = numberOrBlank(row[0], "y", p + 1, 1);
    } else b = ys[p] as number;
    if (a !== a || b !== b) continue;
    // The extremes screen both sides (pearson needs them) without reading every value again.
    if (a < xMin) xMin = a;
    if (a > xMax) xMax = a;
    if (b < yMin) yMin = b;
    if (b > yMax) yMax = b;
    pairedX[k] = a;
    pairedY[k++] = b;
  }
  const { x, y } = collected(k);
  return { x, y, screens: { x: screenOfExtremes(xMin, xMax), y: screenOfExtremes(yMin, yMax) } };
}
