import { ALL_DATASETS, FIGURE_DATASETS, findDataset, searchDatasets } from "../../src/excel/datasets";
import { buildPlan, PlanOptions } from "../../src/excel/insertionPlan";
import { uniqueSheetName, uniqueTableName } from "../../src/excel/names";

const OPTIONS: PlanOptions = { mode: "values", chart: true, note: true, lang: "en" };
const plan = (key: string, options: Partial<PlanOptions> = {}) =>
  buildPlan(findDataset(key) as never, { ...OPTIONS, ...options });

describe("insertion plans", () => {
  it("covers the paper's figures 1-7 and section 3.2, each with a chart the paper's kind", () => {
    expect(FIGURE_DATASETS.map((d) => [d.figure, plan(d.key).chart?.type])).toEqual([
      ["1", "ColumnClustered"],
      ["2", "ColumnClustered"],
      ["3", "ColumnClustered"],
      ["4", "Line"],
      ["5", "Line"],
      ["6", "Line"],
      ["7", "BarClustered"],
      ["3.2", "BarClustered"],
    ]);
  });

  it("puts the growth rate of figures 1-3 on a secondary axis", () => {
    for (const key of ["figure-1", "figure-2", "figure-3"]) {
      expect(plan(key).chart?.secondary).toEqual({ seriesIndex: 1, axisTitle: "Growth (%)" });
    }
    expect(plan("figure-4").chart?.secondary).toBeUndefined();
  });

  it("builds figure 2 from the official R&D personnel figures, gaps blank", () => {
    const values = plan("figure-2").values;
    expect(values[0]).toEqual([
      "Year",
      "R&D personnel, full-time equivalent (10,000 person-years)",
      "R&D personnel, full-time equivalent, growth (%)",
    ]);
    expect(values.find((r) => r[0] === 2021)?.[1]).toBe(571.6);
    expect(values.find((r) => r[0] === 2007)?.[1]).toBe("");
  });

  it("sorts figure 7 by value for the chosen year and offers the full province × year table", () => {
    const bars = plan("figure-7", { year: 2016 }).values;
    expect(bars).toHaveLength(32);
    const numbers = bars.slice(1).map((r) => r[1] as number);
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
    const full = plan("figure-7", { fullTable: true }).values;
    expect(full[0]).toEqual(["Province (100 million US$)", 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(full).toHaveLength(32);
  });

  it("shows each country's latest published share with its year, Germany named as missing", () => {
    const p = plan("section-3.2", { year: 2019 });
    expect(p.values).toContainEqual(["United States", 15.4, 2019]);
    expect(p.values).toContainEqual(["China", expect.closeTo(6.03, 2), 2019]);
    expect(p.note[p.note.length - 1]).toBe("No value: Germany.");
  });

  it("writes live formulas that reproduce the values", () => {
    const p = plan("figure-6", { mode: "formulas" });
    expect(p.table).toBeNull();
    expect(p.formulas?.[1]).toEqual([
      '=INNO.SERIES("dependence_total",2003,2024,,,"noheader")',
      null,
      '=INNO.SERIES("dependence_export",2003,2024,,,"values")',
      '=INNO.SERIES("dependence_import",2003,2024,,,"values")',
    ]);
    expect(plan("figure-1", { mode: "formulas" }).formulas?.[1]?.[2]).toBe(
      '=INNO.SERIES("rd_expenditure",2003,2024,"yoy",,"values")',
    );
  });

  it("labels tables and charts in Chinese when asked", () => {
    const p = plan("figure-6", { lang: "zh" });
    expect(p.sheetName).toBe("图6");
    expect(p.values[0]?.[0]).toBe("年份");
    expect(p.values[0]?.[1]).toBe("外贸依存度 (%)");
    expect(p.chart?.title).toBe("图6 — 外贸依存度");
  });

  it("cites the sources and notes under the table", () => {
    const p = plan("figure-1");
    expect(p.note[0]).toMatch(/^Source: Final figures from NBS/);
    expect(p.note.join(" ")).toMatch(/3,087 billion yuan/);
    expect(plan("figure-1", { note: false }).note).toEqual([]);
  });
});

describe("dataset search", () => {
  it("finds figure 6 by English or Chinese words, and series by id", () => {
    expect(searchDatasets("dependence").map((d) => d.key)).toContain("figure-6");
    expect(searchDatasets("依存度").map((d) => d.key)).toEqual([
      "figure-6",
      "series-dependence_total",
      "series-dependence_export",
      "series-dependence_import",
    ]);
    expect(searchDatasets("rd_basic").map((d) => d.key)).toEqual(["series-rd_basic"]);
    expect(searchDatasets("")).toHaveLength(ALL_DATASETS.length);
  });
});

describe("sheet and table names", () => {
  it("removes forbidden characters, keeps 31 characters and avoids clashes without case", () => {
    expect(uniqueSheetName("a/b:c*d?[e]", [])).toBe("a b c d e");
    expect(uniqueSheetName("x".repeat(40), [])).toHaveLength(31);
    expect(uniqueSheetName("Figure 6", ["figure 6"])).toBe("Figure 6 (2)");
    expect(uniqueSheetName("y".repeat(31), ["y".repeat(31)])).toBe(`${"y".repeat(27)} (2)`);
    expect(uniqueSheetName("History", [])).toBe("INNO History");
    expect(uniqueSheetName("'quoted'", [])).toBe("quoted");
  });

  it("makes table names valid identifiers that cannot be read as cell references", () => {
    expect(uniqueTableName("INNO figure-6", [])).toBe("INNO_figure_6");
    expect(uniqueTableName("A1", [])).toBe("_A1");
    expect(uniqueTableName("R1C1", [])).toBe("_R1C1");
    expect(uniqueTableName("3.2 share", [])).toBe("_3.2_share");
    expect(uniqueTableName("T", ["t", "T_2"])).toBe("T_3");
  });
});
