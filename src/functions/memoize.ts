type Primitive = string | number | boolean | null | undefined;

const isPrimitive = (v: unknown): v is Primitive => v === null || (typeof v !== "object" && typeof v !== "function");

/**
 * Remembers the results of a pure function called with primitive arguments: the first argument picks a short
 * list of recent calls, the others are compared with ===. Ranges (arrays) and failures are never remembered.
 * INNO's functions are pure over data fixed at build time, so a workbook that asks for the same series in many
 * cells computes it once. Callers share the result: they read it (Excel's runtime serializes it) and never
 * change it. It is not frozen, so that no host code writing into a result can fail on it.
 */
export function memoize<R>(fn: (...args: Primitive[]) => R, recentPerKey = 16): (...args: unknown[]) => R {
  const cache = new Map<Primitive, { args: unknown[]; result: R }[]>();
  return (...args: unknown[]): R => {
    // Plain loops: this runs on every recalculation of every INNO cell, and its cost is the function's cost.
    for (let i = 0; i < args.length; i++) if (!isPrimitive(args[i])) return fn(...(args as Primitive[]));
    const recent = cache.get(args[0] as Primitive);
    if (recent) {
      for (let e = 0; e < recent.length; e++) {
        const entry = recent[e] as { args: unknown[]; result: R };
        if (entry.args.length !== args.length) continue;
        let same = true;
        for (let i = 1; i < args.length && same; i++) same = entry.args[i] === args[i];
        if (same) return entry.result;
      }
    }
    const result = fn(...(args as Primitive[]));
    const list = recent ?? [];
    list.unshift({ args, result });
    if (list.length > recentPerKey) list.pop();
    if (!recent) cache.set(args[0] as Primitive, list);
    return result;
  };
}
