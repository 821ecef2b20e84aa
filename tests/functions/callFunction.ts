import { ShimError } from "../../src/functions/customFunctionsShim";

/** The outcome of a custom-function call as a cell would show it: the value, or the error and its message. */
export type Outcome = { value: unknown[][] } | { error: string; message: string };

/** Calls a custom function and captures a thrown CustomFunctions.Error (anything else thrown fails the test). */
export function call<A extends unknown[]>(fn: (...args: A) => unknown[][], ...args: A): Outcome {
  try {
    return { value: fn(...args) };
  } catch (error) {
    if (!(error instanceof ShimError)) throw error;
    return { error: error.code, message: (error as ShimError & { detail?: string }).detail ?? error.message };
  }
}
