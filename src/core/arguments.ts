import { DomainError } from "./errors";

/** True for an omitted optional argument: Excel passes `null` (or nothing) and an empty text counts the same. */
export function isOmitted(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/**
 * Reads an optional whole-number argument (a year, a lag). Numbers are truncated as Excel truncates them; text
 * that reads as a number is accepted, as Excel accepts "2003" for a number argument; anything else is #VALUE!.
 */
export function optionalInteger(value: unknown, name: string): number | undefined {
  if (isOmitted(value)) return undefined;
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) n = Number(value);
  else throw new DomainError("wrong-type", `${name} must be a whole number; got ${describe(value)}.`);
  if (!Number.isFinite(n)) throw new DomainError("wrong-type", `${name} must be a finite number.`);
  return Math.trunc(n);
}

/** Reads a required text argument (a series id): a number or a logical is #VALUE!. */
export function requiredText(value: unknown, name: string): string {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  throw new DomainError("wrong-type", `${name} must be text, such as "rd_expenditure"; got ${describe(value)}.`);
}

/** Reads an optional text argument; omitted gives undefined. */
export function optionalText(value: unknown, name: string): string | undefined {
  if (isOmitted(value)) return undefined;
  if (typeof value === "string") return value.trim();
  throw new DomainError("wrong-type", `${name} must be text; got ${describe(value)}.`);
}

/**
 * Reads one of a fixed set of option words (case-insensitive); omitted gives the default.
 * An unknown word is #VALUE! listing the accepted ones.
 */
export function optionWord<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  const text = optionalText(value, name);
  if (text === undefined || text === "") return fallback;
  const found = allowed.find((word) => word === text.toLowerCase());
  if (!found) {
    throw new DomainError("unknown-option", `${name} "${text}" is not one of: ${allowed.join(", ")}.`);
  }
  return found;
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return `the text "${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "boolean") return `the logical ${value ? "TRUE" : "FALSE"}`;
  if (typeof value === "number") return `the number ${value}`;
  if (Array.isArray(value)) return "a range";
  if (typeof value === "object" && "code" in value) return `the error ${String((value as { code: unknown }).code)}`;
  return "a value of another kind";
}

/**
 * Reads an argument that is either a whole number ≥ 0 (a lag count) or one of a few words ("aic", "bic",
 * "auto"); omitted gives the fallback word.
 */
export function numberOrWord<T extends string>(
  value: unknown,
  name: string,
  words: readonly T[],
  fallback: T,
): number | T {
  if (typeof value === "number" || (typeof value === "string" && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value))) {
    const n = optionalInteger(value, name) as number;
    if (n < 0) throw new DomainError("impossible-value", `${name} must be 0 or more; got ${n}.`);
    return n;
  }
  if (isOmitted(value)) return fallback;
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const found = words.find((word) => word === text);
  if (!found) {
    throw new DomainError(
      "unknown-option",
      `${name} must be a whole number or one of: ${words.join(", ")}; got ${describe(value)}.`,
    );
  }
  return found;
}
