import { coint, granger, regress, series, unitroot } from "../../src/functions/functions";
import reference from "../fixtures/econometrics/statsmodels_reference.json";
import { CHICK_EGG_R, CHICKEN, EGG } from "../fixtures/econometrics/chickEgg";
import { INVESTMENT, INVESTMENT_R } from "../fixtures/econometrics/investment";
import { call, Outcome } from "./callFunction";

type Fn = (...args: never[]) => unknown[][];
const run = (fn: Fn, ...args: unknown[]) => call(fn as (...a: unknown[]) => unknown[][], ...args);
const column = (values: readonly unknown[]) => values.map((v) => [v]);
const valueOf = (outcome: Outcome) => {
  if ("error" in outcome) throw new Error(`${outcome.error} ${outcome.message}`);
  return outcome.value;
};
const stat = (rows: unknown[][], label: string) => rows.find((row) => row[0] === label)?.[1] as number;
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const paper = reference.paper;

describe("INNO.GRANGER", () => {
  it("reproduces lmtest's ChickEgg example: eggs Granger-cause chickens (F 5.40498, p 0.0029664), not the reverse", () => {
    const eggs = valueOf(run(granger, column(EGG), column(CHICKEN), 3));
    expect(eggs.map((row) => row[0])).toEqual(["F", "df_num", "df_den", "p_value", "n", "order", "transform", "note"]);
    expect(relative(stat(eggs, "F"), CHICK_EGG_R.eggCausesChicken.F)).toBeLessThan(1e-9);
    expect(relative(stat(eggs, "p_value"), CHICK_EGG_R.eggCausesChicken.p)).toBeLessThan(1e-8);
    expect([stat(eggs, "df_num"), stat(eggs, "df_den"), stat(eggs, "n")]).toEqual([3, 44, 51]);
    const chickens = valueOf(run(granger, column(CHICKEN), column(EGG), 3, "level", "p"));
    expect(relative(chickens[0]?.[0] as number, CHICK_EGG_R.chickenCausesEgg.p)).toBeLessThan(1e-8);
  });

  it.each(paper.granger.map((c) => [`${c.cause} -> ${c.effect}, order ${c.order}`, c]))(
    "matches statsmodels on the paper's series in growth rates (dlog): %s",
    (_, c) => {
      const rows = valueOf(run(granger, c.cause, c.effect, c.order, "dlog"));
      expect(relative(stat(rows, "F"), c.F)).toBeLessThan(1e-9);
      expect(relative(stat(rows, "p_value"), c.p)).toBeLessThan(1e-8);
      expect(stat(rows, "df_den")).toBe(c.df_den);
      expect(String(stat(rows, "note"))).toMatch(/helps predict/);
    },
  );

  it("builds lags by year: a gap drops the years that need it, never bridges it", () => {
    // rd_applied has no 2007 value, so its dlog has none for 2007 and 2008. Years 2005-2024 have a lag of both
    // growth rates; the cause's lag is missing for 2008 and 2009 only: 20 - 2 = 18 years.
    const rows = valueOf(run(granger, "rd_applied", "exports_usd", 1, "dlog"));
    expect(stat(rows, "n")).toBe(18);
  });

  it("refuses bad input with Excel errors and messages", () => {
    expect(run(granger, "rd_expenditure", "exports_usd", 12, "dlog")).toEqual({
      error: "#DIV/0!",
      message: expect.stringMatching(/order 12 needs at least 26 years .* there are 9/) as string,
    });
    expect(run(granger, "rd_expenditure", "exports_usd", 0)).toMatchObject({ error: "#NUM!" });
    expect(run(granger, "rd_expenditure", column(EGG))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/not a mix/) as string,
    });
    expect(run(granger, "rd_expenditure", "exports_usd", 1, "ln")).toMatchObject({ error: "#VALUE!" });
    expect(run(granger, column([1, 2, "x", 4]), column([1, 2, 3, 4]))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/row 3/) as string,
    });
  });
});

describe("INNO.REGRESS", () => {
  const y = column(INVESTMENT.realInv);
  const x = INVESTMENT.realGnp.map((gnp, i) => [gnp, INVESTMENT.realInt[i]]);

  it("spills the coefficient table and labelled statistics, Newey-West as R's sandwich on Greene's data", () => {
    const rows = valueOf(run(regress, y, x, "level", 0, "hac:4"));
    expect(rows[0]).toEqual(["term", "coefficient", "std_error", "t", "p_value", "lower_95", "upper_95"]);
    expect(rows.slice(1, 4).map((row) => row[0])).toEqual(["intercept", "x1", "x2"]);
    rows.slice(1, 4).forEach((row, j) => {
      expect(relative(row[1] as number, INVESTMENT_R.coefficients[j] as number)).toBeLessThan(1e-9);
      expect(relative(row[2] as number, INVESTMENT_R.neweyWestLag4Se[j] as number)).toBeLessThan(1e-9);
      expect(relative(row[4] as number, INVESTMENT_R.neweyWestP[j] as number)).toBeLessThan(1e-7);
      expect(relative(row[6] as number, INVESTMENT_R.neweyWestUpper95[j] as number)).toBeLessThan(1e-9);
    });
    expect(rows.slice(4).map((row) => row[0])).toEqual([
      "n",
      "df_resid",
      "r2",
      "adj_r2",
      "se_regression",
      "F",
      "p_F",
      "durbin_watson",
      "se_type",
      "hac_lag",
      "transform",
      "lag",
      "note",
    ]);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(stat(rows, "n")).toBe(19);
    expect(relative(stat(rows, "r2"), INVESTMENT_R.r2)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "adj_r2"), INVESTMENT_R.adjR2)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "se_regression"), INVESTMENT_R.sigma)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "F"), INVESTMENT_R.neweyWestWaldF)).toBeLessThan(1e-8);
    expect([stat(rows, "se_type"), stat(rows, "hac_lag")]).toEqual(["hac", 4]);
  });

  it("returns one column for output coef, se or p", () => {
    const se = valueOf(run(regress, y, x, "level", 0, "hc3", "se"));
    expect(se.map((row) => row.length)).toEqual([1, 1, 1]);
    se.forEach((row, j) => expect(relative(row[0] as number, INVESTMENT_R.hc3Se[j] as number)).toBeLessThan(1e-9));
    const classic = valueOf(run(regress, y, x, "level", 0, "classic", "se"));
    classic.forEach((row, j) =>
      expect(relative(row[0] as number, INVESTMENT_R.classicSe[j] as number)).toBeLessThan(1e-9),
    );
  });

  it("matches statsmodels' OLS with HAC (use_t) for export growth on R&D growth a year before", () => {
    const c = paper.ols[0] as (typeof paper.ols)[number];
    const rows = valueOf(run(regress, "exports_usd", "rd_expenditure", "dlog", 1, "hac"));
    expect(stat(rows, "n")).toBe(c.n);
    expect(stat(rows, "hac_lag")).toBe(c.hac_lag);
    rows.slice(1, 3).forEach((row, j) => {
      expect(relative(row[1] as number, c.params[j] as number)).toBeLessThan(1e-9);
      expect(relative(row[2] as number, c.bse[j] as number)).toBeLessThan(1e-9);
      expect(relative(row[4] as number, c.pvalues[j] as number)).toBeLessThan(1e-8);
      expect(relative(row[5] as number, c.conf_int[j]?.[0] as number)).toBeLessThan(1e-9);
    });
    expect(rows[2]?.[0]).toBe("rd_expenditure");
    expect(relative(stat(rows, "F"), c.fvalue)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "r2"), c.rsquared)).toBeLessThan(1e-9);
  });

  it("names a regressor that is a linear combination of the others (#NUM!), where LINEST would zero it", () => {
    const collinear = INVESTMENT.realGnp.map((gnp, i) => [
      gnp,
      INVESTMENT.realInt[i],
      2 * gnp - 3 * (INVESTMENT.realInt[i] as number),
    ]);
    expect(run(regress, y, collinear)).toEqual({
      error: "#NUM!",
      message: "x3 is a linear combination of intercept, x1, x2: drop it or one of them.",
    });
    expect(run(regress, "exports_usd", { 0: 0 } as unknown)).toMatchObject({ error: "#VALUE!" });
    expect(run(regress, y, column(INVESTMENT.realGnp.map(() => 5)))).toMatchObject({
      error: "#NUM!",
      message: expect.stringMatching(/x1 is constant/) as string,
    });
    expect(run(regress, column(INVESTMENT.realGnp.map(() => 5)), column(INVESTMENT.realGnp))).toMatchObject({
      error: "#DIV/0!",
      message: expect.stringMatching(/y \(y\) is constant/) as string,
    });
  });

  it("refuses too few rows, a negative lag, unknown words and mixed inputs, with messages", () => {
    expect(
      run(regress, column([1, 2, 4]), [
        [1, 2],
        [2, 1],
        [3, 5],
      ]),
    ).toEqual({
      error: "#DIV/0!",
      message: "The regression has 3 coefficients and needs at least 4 complete rows; there are 3.",
    });
    expect(run(regress, "exports_usd", "rd_expenditure", "level", 25)).toMatchObject({ error: "#DIV/0!" });
    expect(run(regress, "exports_usd", "rd_expenditure", "level", -1)).toMatchObject({ error: "#NUM!" });
    expect(run(regress, "exports_usd", "rd_expenditure", "level", 0, "robust")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/classic, hc1, hc3, hac/) as string,
    });
    expect(run(regress, "exports_usd", x)).toMatchObject({ error: "#VALUE!" });
  });

  it("takes an array of series ids as several regressors", () => {
    const rows = valueOf(run(regress, "exports_usd", [["rd_expenditure", "gdp"]], "dlog"));
    expect(rows.slice(1, 4).map((row) => row[0])).toEqual(["intercept", "rd_expenditure", "gdp"]);
  });
});

describe("INNO.UNITROOT", () => {
  it("spills the labelled ADF test of a series as statsmodels' adfuller on the same years", () => {
    const c = paper.adf.find((a) => a.series === "rd_expenditure" && !("transform" in a)) as (typeof paper.adf)[number];
    const rows = valueOf(run(unitroot, "rd_expenditure"));
    expect(rows.map((row) => row[0])).toEqual([
      "test",
      "trend",
      "stat",
      "p_value",
      "crit_1",
      "crit_5",
      "crit_10",
      "lags",
      "n",
      "null",
      "note",
    ]);
    expect(relative(stat(rows, "stat"), c.stat)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "p_value"), c.p)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "crit_5"), c.crit[1] as number)).toBeLessThan(1e-9);
    expect([stat(rows, "lags"), stat(rows, "n")]).toEqual([c.usedlag, c.nobs]);
    expect(String(stat(rows, "null"))).toMatch(/unit root/);
  });

  it('tests growth rates nested from INNO.SERIES(..., "dlog", "values"), the leading blank trimmed', () => {
    const c = paper.adf.find((a) => a.series === "exports_usd" && "transform" in a) as (typeof paper.adf)[number];
    const growth = series(
      "exports_usd" as never,
      null as never,
      null as never,
      "dlog" as never,
      null as never,
      "values" as never,
    );
    expect(growth[0]?.[0]).toBe("");
    const rows = valueOf(run(unitroot, growth));
    expect(relative(stat(rows, "stat"), c.stat)).toBeLessThan(1e-9);
    expect(relative(valueOf(run(unitroot, growth, "adf", "c", "aic", "p"))[0]?.[0] as number, c.p)).toBeLessThan(1e-9);
  });

  it("runs KPSS with the opposite null and says when p is only a bound of the table", () => {
    const c = paper.kpss[0] as (typeof paper.kpss)[number];
    const rows = valueOf(run(unitroot, "rd_expenditure", "kpss"));
    expect(relative(stat(rows, "stat"), c.stat)).toBeLessThan(1e-9);
    expect(stat(rows, "p_value")).toBe(0.01);
    expect(String(stat(rows, "null"))).toMatch(/stationary/);
    expect(String(stat(rows, "note"))).toMatch(/outside the table.*smaller/);
  });

  it("needs consecutive years: a gap is #N/A naming it and suggesting the years around it", () => {
    expect(run(unitroot, "rd_applied")).toEqual({
      error: "#N/A",
      message:
        "rd_applied has no value for 2007, inside the span: the test needs consecutive periods; use start_year 2008 or end_year 2006.",
    });
    expect(valueOf(run(unitroot, "rd_applied", "adf", "c", "aic", "stats", 2008)).length).toBe(11);
  });

  it("refuses words that do not fit the test, and too few values", () => {
    expect(run(unitroot, "rd_expenditure", "kpss", "n")).toMatchObject({ error: "#VALUE!" });
    expect(run(unitroot, "rd_expenditure", "adf", "c", "auto")).toMatchObject({ error: "#VALUE!" });
    expect(run(unitroot, "rd_expenditure", "adf", "c", 3, "stats", 2018)).toMatchObject({
      error: "#DIV/0!",
      message: expect.stringMatching(/needs at least 10 consecutive values; there are 7/) as string,
    });
  });
});

describe("INNO.COINT", () => {
  it("matches statsmodels' coint on the log levels of exports and R&D", () => {
    const c = paper.coint[0] as (typeof paper.coint)[number];
    const log = (id: string) =>
      series(id as never, null as never, null as never, "log" as never, null as never, "values" as never);
    const rows = valueOf(run(coint, log("exports_usd"), log("rd_expenditure")));
    expect(stat(rows, "test")).toBe("engle-granger");
    expect(relative(stat(rows, "stat"), c.stat)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "p_value"), c.p)).toBeLessThan(1e-9);
    expect(relative(stat(rows, "crit_10"), c.crit[2] as number)).toBeLessThan(1e-9);
  });

  it("gives no critical values without a constant, as MacKinnon (2010) has none", () => {
    const rows = valueOf(run(coint, "exports_usd", "rd_expenditure", "n"));
    expect(rows.find((row) => row[0] === "crit_1")?.[1]).toMatchObject({ code: "#N/A" });
  });
});
