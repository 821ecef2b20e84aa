import { runCli } from "../../src/cli/main";

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, string>();
  const code = runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    writeFile: (p, c) => files.set(p, c),
  }) as number;
  return { code, out: out.join("\n"), err: err.join("\n"), files };
}

describe("inno eval", () => {
  it("prints the official R&D figures with a header row as a 2-D JSON array", () => {
    const { code, out } = cli("eval", '=INNO.SERIES("rd_expenditure",2003,2022)');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as unknown[][];
    expect(rows[0]).toEqual(["Year", "R&D expenditure (100 million yuan)"]);
    expect(rows[1]).toEqual([2003, 1539.6]);
    expect(rows[20]).toEqual([2022, 30782.9]);
  });

  it("prints an Excel error as an object with its message and exits 0", () => {
    const { code, out } = cli("eval", '=INNO.SERIES("nope")');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ error: "#N/A", message: expect.stringMatching(/Unknown series "nope"/) });
  });

  it("prints a one-cell result as a scalar", () => {
    expect(JSON.parse(cli("eval", '=INNO.INFO("gdp","unit")').out)).toBe("100 million yuan");
  });

  it("keeps the message of errors Excel shows without one", () => {
    expect(JSON.parse(cli("eval", '=INNO.SERIES("gdp",2020,2010)').out)).toEqual({
      error: "#NUM!",
      message: "start_year 2020 is after end_year 2010.",
    });
  });

  it("evaluates nested INNO calls and propagates an error argument as Excel does", () => {
    expect(JSON.parse(cli("eval", '=INNO.INFO(INNO.INFO("gdp","id"),"unit")').out)).toBe("100 million yuan");
    expect(JSON.parse(cli("eval", "=INNO.INFO(#N/A)").out)).toEqual({ error: "#N/A" });
    expect(JSON.parse(cli("eval", "=SUM(1,2)").out)).toMatchObject({ error: "#NAME?" });
  });

  it("exits 2 and says where when the formula cannot be parsed", () => {
    const { code, err } = cli("eval", '=INNO.SERIES("rd_expenditure",2003');
    expect(code).toBe(2);
    expect(err).toMatch(/cannot parse the formula at column 35 \(the end\): the call to INNO.SERIES is never closed/);
  });
});

describe("inno eval with the analysis functions", () => {
  it("gives R's cor.test figures for Anscombe's first set", () => {
    const { code, out } = cli(
      "eval",
      '=INNO.CORR({10;8;13;9;11;14;6;4;12;7;5},{8.04;6.95;7.58;8.81;8.33;9.96;7.24;4.26;10.84;4.82;5.68},"pearson",0,"level","stats")',
    );
    expect(code).toBe(0);
    const stats = Object.fromEntries((JSON.parse(out) as [string, unknown][]).slice(1));
    expect(stats.r).toBeCloseTo(0.8164, 4);
    expect(stats.n).toBe(11);
    expect(stats["p-value (two-sided)"]).toBeCloseTo(0.00217, 5);
    expect(stats["95% CI low"]).toBeCloseTo(0.424, 3);
    expect(stats["95% CI high"]).toBeCloseTo(0.951, 3);
  });

  it("computes dependence of the user's figures and China's series", () => {
    expect(JSON.parse(cli("eval", "=INNO.DEPENDENCE({100;200},{1000;1000})").out)).toEqual([[10], [20]]);
    expect(JSON.parse(cli("eval", '=INNO.DEPENDENCE("total",2022,2022)').out)).toEqual(
      JSON.parse(cli("eval", '=INNO.SERIES("dependence_total",2022,2022)').out),
    );
  });

  it("nests INNO.SERIES values in INNO.CORR", () => {
    const nested = JSON.parse(
      cli(
        "eval",
        '=INNO.CORR(INNO.SERIES("gdp",2010,2020,,,"values"),INNO.SERIES("rd_expenditure",2010,2020,,,"values"))',
      ).out,
    );
    const direct = JSON.parse(cli("eval", '=INNO.CORR("gdp","rd_expenditure",,,,,2010,2020)').out);
    expect(nested).toBeCloseTo(direct, 12);
  });
});

describe("inno list, show and export", () => {
  it("lists every series", () => {
    const { code, out } = cli("list");
    expect(code).toBe(0);
    expect(out.split("\n")).toHaveLength(25);
    expect(out).toMatch(/provincial_trade_usd\s+Goods trade by province/);
  });

  it("shows a series' metadata and values, by region", () => {
    const { out } = cli("show", "provincial_trade_usd", "--region", "浙江");
    expect(out).toMatch(/^id\s+provincial_trade_usd/m);
    expect(out).toMatch(/^2022\s+6830\.4$/m);
  });

  it("exports CSV with a unit and a source for every value, gaps left blank", () => {
    const { out } = cli("export", "rd_basic", "--format", "csv");
    const lines = out.split("\n");
    expect(lines[0]).toBe("series,region,region_zh,year,value,unit,source");
    expect(lines.find((l) => l.startsWith("rd_basic,China,中国,2007,"))).toBe(
      "rd_basic,China,中国,2007,,100 million yuan,",
    );
    expect(lines.filter((l) => /,\d{4},[\d.]+,/.test(l)).every((l) => !l.endsWith(","))).toBe(true);
  });

  it("exports everything as JSON to a file", () => {
    const { code, files } = cli("export", "all", "--format", "json", "--out", "all.json");
    expect(code).toBe(0);
    const records = JSON.parse(files.get("all.json") as string) as { series: string; value: number | null }[];
    expect(new Set(records.map((r) => r.series)).size).toBe(24);
    expect(records.some((r) => r.value === 0)).toBe(false);
  });

  it("rejects an unknown command or format with usage, exit 1", () => {
    expect(cli("frobnicate").code).toBe(1);
    expect(cli("export", "gdp", "--format", "xml").err).toMatch(/--format must be csv or json/);
    expect(cli("show", "nope")).toMatchObject({ code: 1, err: expect.stringMatching(/#N\/A Unknown series/) });
  });
});
