type Primitive = string | number | boolean | null | undefined;

const isPrimitive = (v: unknown): v is Primitive => v === null || (typeof v !== "object" && typeof v !== "function");

/**
 * Remembers the results of a pure function called with primitive arguments: the first argument picks a short
 * list of recent calls, the others are compared with ===. Ranges (arrays) and failures are never remembered.
 * INNO's functions are pure over data fixed at build time, so a workbook that asks for the same series in many
 * cells computes it once. Results are frozen: a caller cannot change what the next one receives.
 */
export function memoize<R>(fn: (...args: Primitive[]) => R, recentPerKey = 16): (...args: unknown[]) => R {
  const cache = new Map<Primitive, { args: unknown[]; result: R }[]>();
  return (...args: unknown[]): R => {
    if (!args.every(isPrimitive)) return fn(...(args as Primitive[]));
    const recent = cache.get(args[0] as Primitive);
    if (recent) {
      for (const entry of recent) {
        if (entry.args.length === args.length && entry.args.every((a, i) => a === args[i])) return entry.result;
      }
    }
    const result = fn(...(args as Primitive[]));
    if (Array.isArray(result)) for (const row of result) Object.freeze(row);
    Object.freeze(result);
    const list = recent ?? [];
    list.unshift({ args, result });
    if (list.length > recentPerKey) list.pop();
    if (!recent) cache.set(args[0] as Primitive, list);
    return result;
  };
}
