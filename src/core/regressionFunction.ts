import { optionalInteger, optionWord, optionalText } from "./arguments";
import { Cell, DomainError, finiteOrError } from "./errors";
import { formatNumber } from "./formatNumber";
import { coefficientTests, waldF } from "./statistics/coefficientTests";
import { trendStrength } from "./statistics/correlation";
import { leastSquares } from "./statistics/leastSquares";
import { CovarianceType, defaultHacLag, olsCovariance } from "./statistics/olsCovariance";
import { ECON_TRANSFORMS, laggedRows, readTimeInputs } from "./timeSeriesInputs";

/** Standard-error types of INNO.REGRESS ("hac:L" fixes the Newey–West lag at L). */
export const REGRESS_SE = ["classic", "hc1", "hc3", "hac"] as const;
export const REGRESS_OUTPUTS = ["table", "coef", "se", "p"] as const;
/** The header of the coefficient table; labels are part of the function's contract (users look them up). */
export const REGRESS_HEADER = ["term", "coefficient", "std_error", "t", "p_value", "lower_95", "upper_95"] as const;

/** |Spearman rho with time| from which an input counts as trending (as INNO.CORR's warning). */
const TREND_THRESHOLD = 0.9;
/** Below this many residual degrees of freedom the note warns that the estimates are imprecise. */
const FEW_DF = 10;

/** Reads se: a word, or "hac:L" with a whole-number lag. */
function readSe(value: unknown): { word: string; hacLag?: number } {
  const text = optionalText(value, "se")?.toLowerCase() ?? "";
  const fixed = /^hac\s*:\s*(\d+)$/.exec(text);
  if (fixed) return { word: "hac", hacLag: Number(fixed[1]) };
  return { word: optionWord(value, "se", REGRESS_SE, "classic") };
}

/**
 * INNO.REGRESS: ordinary least squares of y on one or more regressors (with an intercept), by QR, with classic,
 * HC1, HC3 or Newey–West (HAC) standard errors. Regressors in year t − lag explain y in year t. Output "table": the
 * coefficient table (a row per term) and labelled statistics ending with a note in words; "coef", "se", "p": one
 * column in term order.
 */
export function regression(
  yArg: unknown,
  xArg: unknown,
  transformArg?: unknown,
  lagArg?: unknown,
  seArg?: unknown,
  outputArg?: unknown,
  startArg?: unknown,
  endArg?: unknown,
): Cell | Cell[][] {
  const transform = optionWord(transformArg, "transform", ECON_TRANSFORMS, "level");
  const lag = optionalInteger(lagArg, "lag") ?? 0;
  if (lag < 0) throw new DomainError("impossible-value", `lag must be 0 or more (regressors lead y); got ${lag}.`);
  const se = readSe(seArg);
  const output = optionWord(outputArg, "output", REGRESS_OUTPUTS, "table");
  const start = optionalInteger(startArg, "start_year");
  const end = optionalInteger(endArg, "end_year");
  const inputs = readTimeInputs(
    [
      { value: yArg, name: "y" },
      { value: xArg, name: "x", multiColumn: true },
    ],
    transform,
    start,
    end,
  );
  const [yGroup, xGroup] = inputs.groups as [(typeof inputs.groups)[number], (typeof inputs.groups)[number]];
  if (yGroup.length !== 1) throw new DomainError("wrong-type", "y must be one series or one column.");
  const y = yGroup[0] as (typeof yGroup)[number];
  const { rows, positions } = laggedRows([
    { values: y.values, lag: 0 },
    ...xGroup.map((column) => ({ values: column.values, lag })),
  ]);
  const k = xGroup.length + 1;
  if (rows.length < k + 1) {
    throw new DomainError(
      "insufficient-data",
      `The regression has ${k} coefficients and needs at least ${k + 1} complete ${inputs.kind === "series" ? "years" : "rows"}${lag > 0 ? ` after lagging by ${lag}` : ""}; there are ${rows.length}.`,
    );
  }
  const yValues = rows.map((row) => row[0] as number);
  if (yValues.every((v) => v === yValues[0])) {
    throw new DomainError(
      "zero-variance",
      `y (${y.name}) is constant over the rows used: there is nothing to explain.`,
    );
  }
  const X = rows.map((row) => [1, ...row.slice(1)]);
  const names = ["intercept", ...xGroup.map((column) => column.name)];
  const fit = leastSquares(X, yValues, names);
  if (!(fit.ssr > 0)) throw new DomainError("zero-variance", "The regressors fit y exactly: standard errors are zero.");
  const n = fit.n;
  const hacLag = se.word === "hac" ? (se.hacLag ?? defaultHacLag(n)) : undefined;
  const covarianceType: CovarianceType =
    se.word === "hac" ? { kind: "hac", lag: hacLag as number } : { kind: se.word as "classic" | "hc1" | "hc3" };
  const covariance = olsCovariance(X, fit, covarianceType);
  const tests = coefficientTests(fit.coefficients, covariance, fit.dfResid);

  if (output !== "table") {
    const pick = { coef: "coefficient", se: "standardError", p: "p" } as const;
    return tests.map((test) => [finiteOrError(test[pick[output]], "The standard error is zero.")]);
  }

  const mean = yValues.reduce((s, v) => s + v, 0) / n;
  const tss = yValues.reduce((s, v) => s + (v - mean) ** 2, 0);
  const r2 = 1 - fit.ssr / tss;
  const adjR2 = 1 - ((1 - r2) * (n - 1)) / fit.dfResid;
  let dwNumerator = 0;
  for (let i = 1; i < n; i++) dwNumerator += ((fit.residuals[i] as number) - (fit.residuals[i - 1] as number)) ** 2;
  const wald = waldF(
    fit.coefficients,
    covariance,
    names.slice(1).map((_, j) => j + 1),
    fit.dfResid,
  );

  const notes: string[] = [
    `OLS by QR on ${n} ${inputs.kind === "series" ? `years (${inputs.label(positions[0] as number)}-${inputs.label(positions[n - 1] as number)})` : "rows"}` +
      (lag > 0 ? `, regressors lagged ${lag}` : "") +
      `; ${seDescription(se.word, hacLag)}; t, p and 95% bounds from Student t with ${fit.dfResid} df.`,
  ];
  const span = positions.length > 0 ? (positions[n - 1] as number) - (positions[0] as number) + 1 : 0;
  if (span > n) notes.push(`${span - n} period(s) inside the span were dropped for missing values.`);
  if (fit.dfResid < FEW_DF) notes.push(`Only ${fit.dfResid} residual degrees of freedom: the estimates are imprecise.`);
  if (transform === "level" || transform === "log") {
    const columns = [y, ...xGroup];
    const trending = columns.filter(
      (_, c) => Math.abs(trendStrength(rows.map((row) => row[c] as number))) >= TREND_THRESHOLD,
    );
    if (trending.length >= 2 && trending.includes(y)) {
      notes.push(
        `${trending.map((c) => c.name).join(" and ")} trend over time: a regression of trending levels can be spurious (test with INNO.UNITROOT and INNO.COINT, or use transform "dlog" or "diff").`,
      );
    }
  }
  if (se.word === "hac" && n < 30) notes.push(`Newey-West standard errors are unreliable with ${n} observations.`);
  const durbinWatson = dwNumerator / fit.ssr;
  if (durbinWatson < 1)
    notes.push(`Durbin-Watson ${formatNumber(durbinWatson)}: the residuals are strongly autocorrelated.`);

  const blank = ["", "", "", "", ""];
  const statistic = (label: string, value: Cell): Cell[] => [label, value, ...blank];
  return [
    [...REGRESS_HEADER],
    ...tests.map((test, j) => [
      names[j] as string,
      test.coefficient,
      finiteOrError(test.standardError, "The standard error is not finite."),
      finiteOrError(test.t, "The standard error is zero."),
      finiteOrError(test.p, "The standard error is zero."),
      finiteOrError(test.lower95, "The standard error is not finite."),
      finiteOrError(test.upper95, "The standard error is not finite."),
    ]),
    statistic("n", n),
    statistic("df_resid", fit.dfResid),
    statistic("r2", r2),
    statistic("adj_r2", adjR2),
    statistic("se_regression", Math.sqrt(fit.ssr / fit.dfResid)),
    statistic("F", finiteOrError(wald.F, "The covariance of the slopes is singular.")),
    statistic("p_F", finiteOrError(wald.p, "The covariance of the slopes is singular.")),
    statistic("durbin_watson", durbinWatson),
    statistic("se_type", se.word),
    statistic("hac_lag", hacLag ?? ""),
    statistic("transform", transform),
    statistic("lag", lag),
    statistic("note", notes.join(" ")),
  ];
}

function seDescription(word: string, hacLag: number | undefined): string {
  switch (word) {
    case "hc1":
      return "heteroskedasticity-robust standard errors (HC1)";
    case "hc3":
      return "heteroskedasticity-robust standard errors (HC3)";
    case "hac":
      return `Newey-West standard errors (Bartlett kernel, lag ${hacLag}, no small-sample correction)`;
    default:
      return "classic standard errors";
  }
}
