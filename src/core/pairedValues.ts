import { describe } from "./arguments";
import { DomainError } from "./errors";
import type { Screen } from "./statistics/pearson";

type Matrix = readonly (readonly unknown[])[];

/** Complete pairs, and the screens of both sides when they were computed on the way. */
export interface Pairs {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly screens?: { readonly x: Screen; readonly y: Screen };
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
 */
export function completePairs(x: Float64Array, y: Float64Array, lag: number): Pairs {
  const from = Math.max(0, -lag);
  const to = Math.min(x.length, y.length - lag);
  const xs: number[] = [];
  const ys: number[] = [];
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

/** Reusable buffers for pairedRanges: a large range is read without allocating per call (functions run one at a time). */
let scratchX = new Float64Array(64);
let scratchY = new Float64Array(64);

/** Views of the first k values of the buffers, by k: creating a typed-array view costs more than pairing 20 values. */
let views = new Map<number, readonly [Float64Array, Float64Array]>();

function scratchFor(n: number): void {
  if (scratchX.length >= n) return;
  const size = Math.max(n, scratchX.length * 2);
  scratchX = new Float64Array(size);
  scratchY = new Float64Array(size);
  views = new Map();
}

function viewsOf(k: number): readonly [Float64Array, Float64Array] {
  let pair = views.get(k);
  if (!pair) {
    if (views.size >= 256) views.clear();
    pair = [scratchX.subarray(0, k), scratchY.subarray(0, k)];
    views.set(k, pair);
  }
  return pair;
}

/** Collects complete pairs into the reused buffers, screening both sides as they come. */
class PairCollector {
  private k = 0;
  private xMax = 0;
  private yMax = 0;
  private xFirst = Number.NaN;
  private yFirst = Number.NaN;
  private xConstant = true;
  private yConstant = true;

  constructor(
    private readonly outX: Float64Array,
    private readonly outY: Float64Array,
  ) {}

  add(a: number, b: number): void {
    if (a !== a || b !== b) return;
    if (this.k === 0) {
      this.xFirst = a;
      this.yFirst = b;
    }
    if (a !== this.xFirst) this.xConstant = false;
    if (b !== this.yFirst) this.yConstant = false;
    const absA = a < 0 ? -a : a;
    const absB = b < 0 ? -b : b;
    if (absA > this.xMax) this.xMax = absA;
    if (absB > this.yMax) this.yMax = absB;
    this.outX[this.k] = a;
    this.outY[this.k++] = b;
  }

  pairs(): Pairs {
    const [x, y] = viewsOf(this.k);
    return {
      x,
      y,
      screens: {
        x: { constant: this.xConstant, maxAbs: this.xMax },
        y: { constant: this.yConstant, maxAbs: this.yMax },
      },
    };
  }
}

/** A cell as a number, NaN for a blank: the common case, a finite number, without a call. */
function numberOrBlank(cell: unknown, name: string, row: number, column: number): number {
  return typeof cell === "number" && cell - cell === 0 ? cell : cellNumber(cell, name, row, column);
}

/**
 * The complete pairs of two ranges read position by position (no lag, no transform: the common case), in one
 * pass that also checks shapes and screens both sides for the correlation, so no value is read twice. The
 * pairs are views of buffers the next call reuses: use them before calling again.
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
  scratchFor(n);
  const collector = new PairCollector(scratchX, scratchY);
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
    collector.add(a, b);
  }
  return collector.pairs();
}
