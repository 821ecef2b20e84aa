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

/** Functions associated while the shim is installed, by id. */
export const shimAssociations = new Map<string, (...args: never[]) => unknown>();

/** Installs the stand-in when there is no CustomFunctions global. Returns true if it did. */
export function installCustomFunctionsShim(): boolean {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return false;
  scope.CustomFunctions = {
    Error: ShimError,
    ErrorCode: ERROR_CODES,
    associate(id: string | Record<string, (...args: never[]) => unknown>, fn?: (...args: never[]) => unknown) {
      if (typeof id === "string" && fn) shimAssociations.set(id.toUpperCase(), fn);
      else if (typeof id === "object")
        for (const [k, f] of Object.entries(id)) shimAssociations.set(k.toUpperCase(), f);
    },
  };
  return true;
}
