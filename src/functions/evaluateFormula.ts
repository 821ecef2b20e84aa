import "./installShim";
import * as customFunctions from "./functions";
import { FormulaNode } from "./formulaParser";

/** An Excel error as the CLI prints it. */
export interface ErrorJson {
  readonly error: string;
  readonly message?: string;
}

export type JsonCell = number | string | boolean | ErrorJson;
/** What a formula evaluates to: a scalar (what one cell shows) or a spill. */
export type JsonResult = JsonCell | JsonCell[][];

type CustomFunction = (...args: unknown[]) => unknown[][];

/** The custom function behind `INNO.<NAME>`: the export whose name is NAME in lower case, as its JSDoc id is. */
function customFunction(name: string): CustomFunction | undefined {
  const match = /^INNO\.([A-Z]+)$/i.exec(name);
  if (!match) return undefined;
  const candidate = (customFunctions as Record<string, unknown>)[(match[1] as string).toLowerCase()];
  return typeof candidate === "function" ? (candidate as CustomFunction) : undefined;
}

function isErrorJson(value: unknown): value is ErrorJson {
  return typeof value === "object" && value !== null && "error" in value;
}

/** A CustomFunctions.Error (real or the shim's) as JSON, with the full message the adapter kept. */
function errorToJson(value: unknown): ErrorJson | undefined {
  if (typeof value !== "object" || value === null || !("code" in value)) return undefined;
  const { code, message, detail } = value as { code: unknown; message?: string; detail?: string };
  if (typeof code !== "string" || !code.startsWith("#")) return undefined;
  const text = detail ?? message;
  return text ? { error: code, message: text } : { error: code };
}

function cellToJson(value: unknown): JsonCell {
  const error = errorToJson(value);
  if (error) return error;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return { error: "#VALUE!", message: `INNO returned a value Excel cannot show (${String(value)}).` };
}

/** A spill of one cell shows as that cell. */
function simplify(result: JsonCell[][]): JsonResult {
  return result.length === 1 && result[0]?.length === 1 ? (result[0][0] as JsonCell) : result;
}

class ErrorArgument {
  constructor(readonly value: ErrorJson) {}
}

function argument(node: FormulaNode): unknown {
  switch (node.kind) {
    case "omitted":
      return null;
    case "value":
      return isErrorJson(node.value) ? new ErrorArgument(node.value) : node.value;
    case "array": {
      const error = node.rows.flat().find(isErrorJson);
      return error ? new ErrorArgument(error) : node.rows.map((row) => [...row]);
    }
    case "call": {
      const result = evaluateFormula(node);
      if (isErrorJson(result)) return new ErrorArgument(result);
      if (!Array.isArray(result)) return result;
      const error = result.flat().find(isErrorJson);
      return error ? new ErrorArgument(error) : result;
    }
  }
}

/**
 * Evaluates a parsed formula by calling exactly the functions Excel calls. As in Excel, an error passed as an
 * argument is the result (the function is not called), and an unknown function is #NAME?.
 */
export function evaluateFormula(node: FormulaNode): JsonResult {
  if (node.kind !== "call") {
    const value = argument(node);
    if (value instanceof ErrorArgument) return value.value;
    return Array.isArray(value) ? simplify(value as JsonCell[][]) : (value as JsonCell);
  }
  const fn = customFunction(node.name);
  if (!fn) return { error: "#NAME?", message: `Unknown function ${node.name}: INNO's functions are INNO.<NAME>.` };
  const args = node.args.map(argument);
  const failed = args.find((a) => a instanceof ErrorArgument);
  if (failed instanceof ErrorArgument) return failed.value;
  try {
    return simplify(fn(...args).map((row) => row.map(cellToJson)));
  } catch (error) {
    return errorToJson(error) ?? { error: "#VALUE!", message: `INNO.${node.name} failed: ${String(error)}` };
  }
}
