import { numberOrWord, optionalInteger, optionWord } from "./arguments";
import { Cell, DomainError } from "./errors";
import { engleGranger } from "./statistics/engleGranger";
import { readTimeInputs, TimeColumn } from "./timeSeriesInputs";
import {
  ADF_LAG_WORDS,
  ADF_TRENDS,
  lagWords,
  sampleCautions,
  spanValues,
  STATS_OUTPUTS,
  TREND_WORDS,
  unitRootSpill,
} from "./unitRootFunction";

/**
 * INNO.COINT: the Engle–Granger test of no cointegration between y and one or more x over an unbroken span, as
 * statsmodels' `coint(y, x, trend, maxlag=trunc((n − 1)^(1/3)), autolag="aic")`. The same labelled spill as
 * INNO.UNITROOT.
 */
export function cointegration(
  yArg: unknown,
  xArg: unknown,
  trendArg?: unknown,
  lagsArg?: unknown,
  outputArg?: unknown,
  startArg?: unknown,
  endArg?: unknown,
): Cell | Cell[][] {
  const trend = optionWord(trendArg, "trend", ADF_TRENDS, "c");
  const lags = numberOrWord(lagsArg, "lags", ADF_LAG_WORDS, "aic");
  const output = optionWord(outputArg, "output", STATS_OUTPUTS, "stats");
  const start = optionalInteger(startArg, "start_year");
  const end = optionalInteger(endArg, "end_year");
  const inputs = readTimeInputs(
    [
      { value: yArg, name: "y" },
      { value: xArg, name: "x", multiColumn: true },
    ],
    "level",
    start,
    end,
  );
  const [yGroup, xGroup] = inputs.groups as [readonly TimeColumn[], readonly TimeColumn[]];
  if (yGroup.length !== 1) throw new DomainError("wrong-type", "y must be one series or one column.");
  const { values, described } = spanValues(inputs, [...yGroup, ...xGroup]);
  const y = values[0] as number[];
  const xRows = y.map((_, t) => values.slice(1).map((column) => column[t] as number));
  const result = engleGranger(
    y,
    xRows,
    xGroup.map((c) => c.name),
    trend,
    lags,
  );
  const chosen = lagWords(lags, result.adf.usedLag, result.adf.maxLag);
  const notes = [
    `Engle-Granger: ${yGroup[0]?.name} on ${xGroup.map((c) => c.name).join(", ")} with ${TREND_WORDS[trend]} over ${described}, then ADF without constant on the residuals, ${chosen}; p from MacKinnon (1994) with N = ${result.variables}, critical values from MacKinnon (2010) at ${result.nobs - 1}.`,
    ...sampleCautions(result.nobs, result.pValue),
  ];
  return unitRootSpill(
    {
      test: "engle-granger",
      trend,
      stat: result.stat,
      pValue: result.pValue,
      critical: result.critical,
      lags: result.adf.usedLag,
      n: result.nobs,
      nullHypothesis: "y and x are not cointegrated (the residuals of y on x have a unit root)",
      notes,
    },
    output,
  );
}
