/** Excel's error values, as a cell shows them. */
export type ExcelErrorCode = "#N/A" | "#VALUE!" | "#NUM!" | "#DIV/0!";

/** Why a computation could not give a result; adapters map each code to the Excel error users expect. */
export type DomainErrorCode =
  | "unknown-series"
  | "unknown-region"
  | "year-out-of-range"
  | "no-data"
  | "wrong-type"
  | "unknown-option"
  | "bad-year-order"
  | "length-mismatch"
  | "shape-mismatch"
  | "insufficient-data"
  | "zero-variance"
  | "division-by-zero"
  | "impossible-value"
  | "collinear";

const EXCEL_CODE: Readonly<Record<DomainErrorCode, ExcelErrorCode>> = {
  "unknown-series": "#N/A",
  "unknown-region": "#N/A",
  "year-out-of-range": "#N/A",
  "no-data": "#N/A",
  "length-mismatch": "#N/A",
  "wrong-type": "#VALUE!",
  "unknown-option": "#VALUE!",
  "shape-mismatch": "#VALUE!",
  "bad-year-order": "#NUM!",
  "impossible-value": "#NUM!",
  collinear: "#NUM!",
  "insufficient-data": "#DIV/0!",
  "zero-variance": "#DIV/0!",
  "division-by-zero": "#DIV/0!",
};

/** A computation that cannot give a result for these inputs, with a message a user can act on. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }

  /** The Excel error this failure shows as in a cell. */
  get excelCode(): ExcelErrorCode {
    return EXCEL_CODE[this.code];
  }
}

/** An error in one cell of a spilled result (the rest of the spill still shows). */
export class CellError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: string,
  ) {}
}

/** What a cell of a result may hold: "" is a blank (a gap in the data), never 0. */
export type Cell = number | string | boolean | CellError;

/** A scalar or a spill (rows of cells). */
export type CellResult = Cell | Cell[][];

/** A statistic as a cell: the number, or #DIV/0! saying why when it is not finite (a zero standard error, say). */
export function finiteOrError(value: number, why: string): Cell {
  return Number.isFinite(value) ? value : new CellError("#DIV/0!", why);
}
