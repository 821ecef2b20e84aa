import fc from "fast-check";
import * as customFunctions from "../../src/functions/functions";
import { ShimError } from "../../src/functions/customFunctionsShim";
import { SERIES_IDS } from "../../src/data/seriesDefinitions";

/**
 * The functions' promise: whatever Excel passes, the result is numbers, text, logicals or CustomFunctions.Error
 * values, or a thrown CustomFunctions.Error. Never another exception, never NaN or Infinity.
 */
const RUNS = 10_000;

const errorValue = fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!").map((code) => new ShimError(code, "input error"));
const word = fc.constantFrom(
  ...SERIES_IDS,
  "all",
  "level",
  "yoy",
  "diff",
  "log",
  "index",
  "table",
  "noheader",
  "values",
  "pearson",
  "spearman",
  "kendall",
  "r",
  "stats",
  "total",
  "export",
  "import",
  "Guangdong",
  "广东",
  "France",
  "citation",
  "dlog",
  "classic",
  "hc1",
  "hc3",
  "hac",
  "hac:2",
  "hac:x",
  "coef",
  "se",
  "p",
  "adf",
  "kpss",
  "c",
  "ct",
  "n",
  "aic",
  "bic",
  "auto",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "2003",
  " ",
);
const number = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }),
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 5e-324, 1e-300, 0, -0, Number.NaN, Infinity, -Infinity),
);
const cell = fc.oneof(number, fc.constantFrom("", null), word, fc.string({ maxLength: 6 }), fc.boolean(), errorValue);
const ragged = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 });
const rectangular = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 12 })).chain(([w, h]) =>
  fc.array(fc.array(fc.oneof(number, number, fc.constantFrom("", null), cell), { minLength: w, maxLength: w }), {
    minLength: h,
    maxLength: h,
  }),
);
const numericColumn = fc
  .array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant("")), { minLength: 0, maxLength: 30 })
  .map((v) => v.map((x) => [x]));
const argument = fc.oneof(
  cell,
  ragged,
  rectangular,
  numericColumn,
  fc.constant(undefined),
  fc.constant([]),
  fc.constant([[]]),
);

function checkOutcome(fn: () => unknown): void {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    if (!(error instanceof ShimError)) throw error;
    expect(error.code).toMatch(/^#/);
    return;
  }
  // One assertion per call (not per cell): jest's expect is too slow for millions of cells.
  const bad = !Array.isArray(result)
    ? { notAMatrix: result }
    : (result as unknown[])
        .flatMap((row) => (Array.isArray(row) ? row : [Symbol("not a row")]))
        .find((value) => !isCellValue(value));
  expect(bad).toBeUndefined();
}

function isCellValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" || typeof value === "boolean" || value instanceof ShimError;
}

const fns = customFunctions as unknown as Record<string, (...args: unknown[]) => unknown>;

describe.each(["series", "list", "info", "corr", "dependence", "regress", "granger", "unitroot", "coint"])(
  "INNO.%s under random input",
  (name) => {
    it(`never throws anything but a CustomFunctions.Error and never returns NaN or Infinity (${RUNS} runs)`, () => {
      const fn = fns[name] as (...args: unknown[]) => unknown;
      fc.assert(
        fc.property(fc.array(argument, { maxLength: 9 }), (args) => {
          checkOutcome(() => fn(...args));
        }),
        { numRuns: RUNS },
      );
    });
  },
);

describe("INNO.CORR under random numeric ranges", () => {
  it(`returns r within [-1, 1] or an Excel error, by every method (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        numericColumn,
        numericColumn,
        fc.constantFrom("pearson", "spearman", "kendall"),
        fc.integer({ min: -3, max: 3 }),
        (x, y, method, lag) => {
          const n = Math.min(x.length, y.length);
          try {
            const r = (fns.corr as (...a: unknown[]) => unknown[][])(
              x.slice(0, n),
              y.slice(0, n),
              method,
              lag,
            )[0]?.[0] as number;
            expect(r).toBeGreaterThanOrEqual(-1);
            expect(r).toBeLessThanOrEqual(1);
          } catch (error) {
            expect(error).toBeInstanceOf(ShimError);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("the econometric functions under random numeric columns", () => {
  const shortColumn = fc
    .array(
      fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constant("")),
      {
        minLength: 0,
        maxLength: 24,
      },
    )
    .map((v) => v.map((x) => [x]));
  const lagArgument = fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constantFrom("aic", "bic", "auto", null));
  it(`REGRESS, GRANGER, UNITROOT and COINT give numbers or Excel errors (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        shortColumn,
        shortColumn,
        lagArgument,
        fc.constantFrom("level", "diff", "dlog", null),
        fc.constantFrom("classic", "hc1", "hc3", "hac", "hac:3", null),
        fc.constantFrom("adf", "kpss", null),
        fc.constantFrom("c", "ct", "n", null),
        (a, b, lag, transform, se, test, trend) => {
          const n = Math.min(a.length, b.length);
          const x = a.slice(0, n);
          const y = b.slice(0, n);
          const small = typeof lag === "number" ? lag : 1;
          checkOutcome(() => fns.regress?.(y, x, transform, small, se));
          checkOutcome(() => fns.granger?.(x, y, small, transform));
          checkOutcome(() => fns.unitroot?.(x, test, trend, lag));
          checkOutcome(() => fns.coint?.(y, x, trend, lag));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
