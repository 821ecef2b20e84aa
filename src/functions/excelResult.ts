import { Cell, CellError, CellResult, DomainError, ExcelErrorCode } from "../core/errors";

const ERROR_CODE_NAME: Readonly<Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode>> = {
  "#N/A": "notAvailable",
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#DIV/0!": "divisionByZero",
};

/** Excel shows a custom message only with #VALUE! and #N/A; the others take none. */
const CODES_WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["#VALUE!", "#N/A"]);

/**
 * An Excel error for a cell. The full message is also kept as `detail`, which the CLI prints even for the codes
 * whose message Excel does not show.
 */
export function excelError(code: ExcelErrorCode, message: string): CustomFunctions.Error {
  const error = new CustomFunctions.Error(
    CustomFunctions.ErrorCode[ERROR_CODE_NAME[code]],
    CODES_WITH_MESSAGE.has(code) ? message : undefined,
  );
  Object.defineProperty(error, "detail", { value: message, enumerable: false });
  return error;
}

function toExcelCell(cell: Cell): unknown {
  return cell instanceof CellError ? excelError(cell.code, cell.message) : cell;
}

function asError(error: unknown): CustomFunctions.Error {
  if (error instanceof DomainError) return excelError(error.excelCode, error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return excelError("#VALUE!", `INNO could not compute this: ${detail}`);
}

/**
 * Runs a core computation for a custom function: cell errors become CustomFunctions.Error values in the spill,
 * and a failure is thrown as a CustomFunctions.Error (never anything else), so Excel shows it as an error value.
 */
export function toExcelMatrix(compute: () => CellResult): unknown[][] {
  let result: CellResult;
  try {
    result = compute();
  } catch (error) {
    throw asError(error);
  }
  if (!Array.isArray(result)) return [[toExcelCell(result)]];
  return result.map((row) => row.map(toExcelCell));
}
