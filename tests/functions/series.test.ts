import { series } from "../../src/functions/functions";
import { call } from "./callFunction";

type Args = Parameters<typeof series>;
const run = (...args: unknown[]) => call(series, ...(args as Args));

describe("INNO.SERIES", () => {
  it("spills R&D expenditure 2003-2022 with a header row, the final official figures", () => {
    const result = run("rd_expenditure", 2003, 2022);
    expect(result).toHaveProperty("value");
    const rows = (result as { value: unknown[][] }).value;
    expect(rows[0]).toEqual(["Year", "R&D expenditure (100 million yuan)"]);
    expect(rows).toHaveLength(21);
    // MOST S&T statistics 2005 (2003: 1,539.6 亿元, the paper's 153.963 billion); 2022 final communique: 30,782.9.
    expect(rows[1]).toEqual([2003, 1539.6]);
    expect(rows[20]).toEqual([2022, 30782.9]);
  });

  it("accepts the id in any case and omitted optional arguments as null", () => {
    const result = run("RD_Expenditure", null, null, null, null, null) as { value: unknown[][] };
    expect(result.value[1]).toEqual([2003, 1539.6]);
    expect(result.value[result.value.length - 1]?.[0]).toBe(2024);
  });

  it("shows a gap as a blank, never as 0", () => {
    const rows = (run("rd_basic", 2006, 2008) as { value: unknown[][] }).value;
    expect(rows.slice(1)).toEqual([
      [2006, 155.8],
      [2007, ""],
      [2008, 220.8],
    ]);
  });

  it("computes yoy from the year before the start when the data has it", () => {
    const rows = (run("rd_expenditure", 2022, 2022, "yoy") as { value: unknown[][] }).value;
    // Final communique: +10.1% in 2022 (30,782.9 / 27,956.31 - 1 = 10.11%).
    expect(rows[0]).toEqual(["Year", "R&D expenditure (% change on previous year)"]);
    expect(rows[1]?.[1]).toBeCloseTo(10.11, 2);
  });

  it("blanks yoy and diff next to a gap instead of bridging it", () => {
    const rows = (run("rd_basic", 2007, 2009, "diff") as { value: unknown[][] }).value;
    expect(rows.slice(1)).toEqual([
      [2007, ""],
      [2008, ""],
      [2009, expect.closeTo(270.3 - 220.8, 9)],
    ]);
  });

  it("indexes on the first year shown (= 100) and takes logs", () => {
    const index = (run("rd_expenditure", 2003, 2022, "index") as { value: unknown[][] }).value;
    expect(index[0]?.[1]).toBe("R&D expenditure (index, 2003 = 100)");
    expect(index[1]?.[1]).toBe(100);
    // 30,782.9 / 1,539.6 = 19.99 times: the paper's "more than 20 times" was on the preliminary figure.
    expect(index[20]?.[1]).toBeCloseTo(1999.41, 2);
    const log = (run("gdp", 2003, 2003, "log") as { value: unknown[][] }).value;
    expect(log[1]?.[1]).toBeCloseTo(Math.log(136564.6), 12);
  });

  it("gives log changes with dlog: ln 2022 - ln 2021, the first year's from the year before it", () => {
    // R&D expenditure 2021 27,956.31 and 2022 30,782.9 亿元 (NBS/MOST/MOF communiques): ln(30782.9 / 27956.3).
    const dlog = (run("rd_expenditure", 2022, 2022, "dlog", null, "values") as { value: unknown[][] }).value;
    expect(dlog[0]?.[0]).toBeCloseTo(Math.log(30782.9 / 27956.31), 12);
    const first = (run("rd_expenditure", null, null, "dlog", null, "values") as { value: unknown[][] }).value;
    expect(first[0]?.[0]).toBe("");
  });

  it("lays out values only, for nesting, or without the header", () => {
    expect((run("rd_intensity", 2020, 2022, null, null, "values") as { value: unknown[][] }).value).toEqual([
      [2.41],
      [2.43],
      [2.56],
    ]);
    expect((run("rd_intensity", 2020, 2021, null, null, "noheader") as { value: unknown[][] }).value).toEqual([
      [2020, 2.41],
      [2021, 2.43],
    ]);
  });

  it("gives one province by English or Chinese name, and all provinces as rows with years as columns", () => {
    const en = (run("provincial_trade_usd", 2022, 2022, null, "Guangdong") as { value: unknown[][] }).value;
    const zh = (run("provincial_trade_usd", 2022, 2022, null, "广东") as { value: unknown[][] }).value;
    expect(zh.slice(1)).toEqual(en.slice(1));
    expect(en[0]?.[1]).toMatch(/Guangdong/);
    const all = (run("provincial_trade_usd", 2016, 2024, null, "all") as { value: unknown[][] }).value;
    expect(all).toHaveLength(32);
    expect(all[0]).toEqual(["Province (100 million US$)", 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(all.find((r) => r[0] === "Guangdong")?.[7]).toBe(en[1]?.[1]);
  });

  it("returns #N/A with the available years when a year is out of range", () => {
    expect(run("rd_expenditure", 1990, 2000)).toEqual({
      error: "#N/A",
      message: "rd_expenditure has data for 2003-2024; start_year 1990 is outside.",
    });
    expect(run("provincial_trade_usd", 2010, null, null, "Beijing")).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/for Beijing for 2016-2024/),
    });
  });

  it("returns #N/A for an unknown series or region, naming what exists", () => {
    expect(run("nope")).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/Unknown series "nope".*INNO\.LIST/),
    });
    expect(run("provincial_trade_usd", null, null, null, "Atlantis")).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/Guangdong.*广东/),
    });
  });

  it("returns #VALUE! for arguments of the wrong type or unknown option words", () => {
    expect(run(42)).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/series must be text/) });
    expect(run("gdp", "soon")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/start_year must be a whole number/),
    });
    expect(run("gdp", null, null, "cube")).toMatchObject({
      error: "#VALUE!",
      message: 'transform "cube" is not one of: level, yoy, diff, log, dlog, index.',
    });
    expect(run("gdp", null, null, null, null, "wide")).toMatchObject({ error: "#VALUE!" });
  });

  it("returns #NUM! when the start year is after the end year", () => {
    expect(run("gdp", 2020, 2010)).toMatchObject({
      error: "#NUM!",
      message: "start_year 2020 is after end_year 2010.",
    });
  });

  it("gives the same answer to a repeated call, and tells apart calls that differ in any argument", () => {
    const first = run("gdp", 2010, 2012);
    expect(run("gdp", 2010, 2012)).toEqual(first);
    expect(run("gdp", 2010, 2013)).not.toEqual(first);
    expect(run("gdp", 2010, 2012, "yoy")).not.toEqual(first);
    expect(run("GDP", 2010, 2012)).toEqual(first);
  });
});
