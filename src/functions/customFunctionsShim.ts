/**
 * Stands in for Office's `CustomFunctions` global where office.js does not provide one (a plain browser, Node: the
 * CLI and the tests), so the very same function code runs everywhere. In Excel it does nothing.
 */

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The error object custom functions return or throw, as Office's CustomFunctions.Error. */
export class ShimError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

/** Installs the stand-in when there is no CustomFunctions global. Returns true if it did. */
export function installCustomFunctionsShim(): boolean {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return false;
  scope.CustomFunctions = {
    Error: ShimError,
    ErrorCode: ERROR_CODES,
    // Outside Excel nothing calls functions by id: the CLI and the tests call the exports directly.
    associate() {},
  };
  return true;
}
