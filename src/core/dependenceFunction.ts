import { describe, isOmitted, optionWord } from "./arguments";
import { Cell, CellError, DomainError } from "./errors";
import { seriesTable } from "./seriesTable";

export const DEPENDENCE_KINDS = ["total", "export", "import"] as const;

type Matrix = readonly (readonly unknown[])[];

/** A scalar, or a 1×1 range holding one (Excel passes scalars to range parameters as 1×1 ranges). */
function single(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1)
    return value[0][0];
  return value;
}

function asMatrix(value: unknown, name: string): Matrix {
  if (typeof value === "number") return [[value]];
  if (Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row))) {
    const width = (value[0] as unknown[]).length;
    if (width === 0 || value.some((row) => (row as unknown[]).length !== width)) {
      throw new DomainError("shape-mismatch", `${name} is not a rectangular range.`);
    }
    return value as Matrix;
  }
  throw new DomainError("wrong-type", `${name} must be a number or a range of numbers; got ${describe(value)}.`);
}

/** A cell of a range as a number, NaN for a blank; anything else is #VALUE! naming the cell. */
function cellNumber(matrix: Matrix, i: number, j: number, name: string): number {
  const cell = matrix[i]?.[j];
  if (cell === "" || cell === null || cell === undefined) return Number.NaN;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw new DomainError(
    "wrong-type",
    `${name} must hold numbers; row ${i + 1}, column ${j + 1} holds ${describe(cell)}.`,
  );
}

function sameShape(a: Matrix, b: Matrix): boolean {
  return a.length === b.length && (a[0]?.length ?? 0) === (b[0]?.length ?? 0);
}

/**
 * Trade dependence of the user's own figures: trade × rate / GDP × 100, cell by cell, in the shape of `trade`.
 * A blank anywhere gives a blank; GDP of 0 gives #DIV/0! and a negative figure #NUM! in that cell.
 */
function ownDependence(tradeArg: unknown, gdpArg: unknown, rateArg: unknown): Cell[][] {
  const trade = asMatrix(tradeArg, "trade");
  if (isOmitted(single(gdpArg)))
    throw new DomainError("wrong-type", "DEPENDENCE with a trade range needs a GDP range as its second argument.");
  const gdp = asMatrix(gdpArg, "gdp");
  if (!sameShape(trade, gdp)) throw new DomainError("shape-mismatch", "trade and gdp must have the same shape.");
  const rateValue = single(rateArg);
  const rate: Matrix | number = isOmitted(rateValue)
    ? 1
    : typeof rateValue === "number"
      ? rateValue
      : asMatrix(rateArg, "exchange_rate");
  if (typeof rate !== "number" && !sameShape(trade, rate)) {
    throw new DomainError("shape-mismatch", "exchange_rate must be one number or a range of the same shape as trade.");
  }
  if (typeof rate === "number" && !Number.isFinite(rate))
    throw new DomainError("wrong-type", "exchange_rate must be a finite number.");
  return trade.map((row, i) =>
    row.map((_, j) => {
      const t = cellNumber(trade, i, j, "trade");
      const g = cellNumber(gdp, i, j, "gdp");
      const r = typeof rate === "number" ? rate : cellNumber(rate, i, j, "exchange_rate");
      if (Number.isNaN(t) || Number.isNaN(g) || Number.isNaN(r)) return "";
      if (g === 0) return new CellError("#DIV/0!", `GDP is 0 in row ${i + 1}, column ${j + 1}.`);
      if (t < 0 || g < 0 || r <= 0)
        return new CellError(
          "#NUM!",
          `Trade and GDP cannot be negative, nor the rate 0 or less (row ${i + 1}, column ${j + 1}).`,
        );
      const value = ((t * r) / g) * 100;
      return Number.isFinite(value)
        ? value
        : new CellError("#NUM!", `The ratio overflows in row ${i + 1}, column ${j + 1}.`);
    }),
  );
}

/**
 * INNO.DEPENDENCE, in percent. Catalog form: a kind ("total", "export", "import") and optional years → Year and
 * value, as the dependence_* series. Own-data form: trade, GDP and an optional exchange rate → trade × rate /
 * GDP × 100 element by element.
 */
export function dependence(first: unknown, second?: unknown, third?: unknown): Cell[][] {
  const kindOrTrade = single(first);
  if (typeof kindOrTrade === "string") {
    const kind = optionWord(kindOrTrade, "kind", DEPENDENCE_KINDS, "total");
    return seriesTable(`dependence_${kind}`, single(second), single(third));
  }
  if (isOmitted(kindOrTrade))
    throw new DomainError("wrong-type", 'DEPENDENCE needs a kind ("total", "export", "import") or a trade range.');
  return ownDependence(Array.isArray(first) ? first : kindOrTrade, second, third);
}
