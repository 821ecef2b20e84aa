import { valueAt } from "../../src/data/annualSeries";
import { allSeries, findRegion, findSeries, CatalogEntry } from "../../src/data/catalog";
import { parseCsv } from "../../src/data/csv";
import { SERIES_IDS } from "../../src/data/seriesDefinitions";
import { readDataFiles } from "./dataFiles";

function entry(id: string): CatalogEntry {
  const found = findSeries(id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}

function china(id: string, year: number): number {
  return valueAt((entry(id).regions[0] as CatalogEntry["regions"][number]).series, year);
}

/** national.csv read independently of the catalog: series → year → value. */
function csvValues(): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const { fields } of parseCsv(readDataFiles()["national.csv"], "national.csv")) {
    const series = fields.series as string;
    if (!out.has(series)) out.set(series, new Map());
    out.get(series)?.set(Number(fields.year), Number(fields.value));
  }
  return out;
}

describe("the catalog", () => {
  it("holds exactly the 24 series ids users' formulas use", () => {
    expect(allSeries().map((e) => e.def.id)).toEqual([...SERIES_IDS]);
  });

  it("gives every series a bilingual title and unit, a definition, a figure and a vintage", () => {
    for (const e of allSeries()) {
      expect(e.def.title.en).not.toBe("");
      expect(e.def.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.def.unit.en).not.toBe("");
      expect(e.def.unit.zh).not.toBe("");
      expect(e.def.definition.length).toBeGreaterThan(20);
      expect(["1", "2", "3", "4", "5", "6", "7", "3.2"]).toContain(e.def.figure);
      expect(e.def.vintage).not.toBe("");
    }
  });

  it("gives every value at least one source", () => {
    for (const e of allSeries()) {
      for (const region of e.regions) {
        region.series.values.forEach((v, i) => {
          if (!Number.isNaN(v)) expect(region.sourcesFor(region.series.firstYear + i).length).toBeGreaterThan(0);
        });
      }
    }
  });

  it("matches figures published in the communiques and annual reports cited in the data", () => {
    // 2022 national S&T expenditure communique (NBS/MOST/MOF, Sept 2023): R&D 30,782.9 亿元, basic research 2,023.5 亿元.
    expect(china("rd_expenditure", 2022)).toBe(30782.9);
    expect(china("rd_basic", 2022)).toBe(2023.5);
    // CNIPA (SIPO) annual report 2003: "A total of 182,226 patents were granted".
    expect(china("patents_granted", 2003)).toBe(182226);
    // The paper: 5.71 million person-years of R&D personnel in 2021 (NBS: 571.6 万人年).
    expect(china("rd_personnel_fte", 2021)).toBe(571.6);
    // Customs release of January 2023 (via MOFCOM): exports 35,936 + imports 27,160 = 63,096 亿美元.
    expect(china("trade_usd", 2022)).toBe(63096);
  });

  it("derives the basic-research share from rd_basic / rd_expenditure, agreeing with the published shares", () => {
    // Published: 6.50% (2021 communique), 6.57% (2022 communique), 4.7% (NSF SEI 2014, 2011).
    expect(china("basic_research_share", 2021)).toBeCloseTo(6.5, 2);
    expect(china("basic_research_share", 2022)).toBeCloseTo(6.57, 2);
    expect(china("basic_research_share", 2011)).toBeCloseTo(4.7, 1);
    const published = parseCsv(readDataFiles()["basic_research_shares.csv"], "b.csv").filter(
      (r) => r.fields.country === "China",
    );
    for (const { fields } of published) {
      expect(china("basic_research_share", Number(fields.year))).toBeCloseTo(
        Number(fields.basic_research_share_pct),
        1,
      );
    }
  });

  it("recomputes every derived national series from the CSV rows", () => {
    const csv = csvValues();
    const v = (s: string, y: number) => csv.get(s)?.get(y);
    for (let year = 2003; year <= 2024; year++) {
      const [ex, im, gdp, rate] = [
        v("exports_usd", year),
        v("imports_usd", year),
        v("gdp", year),
        v("exchange_rate", year),
      ];
      const [exCny, imCny] = [v("exports_cny", year), v("imports_cny", year)];
      expect(china("trade_usd", year)).toBeCloseTo((ex as number) + (im as number), 6);
      const total =
        exCny !== undefined && imCny !== undefined
          ? exCny + imCny
          : ((ex as number) + (im as number)) * (rate as number);
      expect(china("dependence_total", year)).toBeCloseTo((total / (gdp as number)) * 100, 9);
      const exports = exCny ?? (ex as number) * (rate as number);
      expect(china("dependence_export", year)).toBeCloseTo((exports / (gdp as number)) * 100, 9);
      const htx = v("hightech_exports_usd", year);
      if (htx === undefined) expect(china("hightech_export_share", year)).toBeNaN();
      else expect(china("hightech_export_share", year)).toBeCloseTo((htx / (ex as number)) * 100, 9);
    }
  });

  it("says in the notes how each year's dependence was computed", () => {
    expect(entry("dependence_total").notes.map((n) => n.en)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2013-2024: customs trade in yuan/),
        expect.stringMatching(/^2003-2012: no customs yuan figure .* exchange_rate/),
      ]),
    );
  });

  it("keeps gaps as gaps and lists them in the notes", () => {
    expect(china("rd_basic", 2007)).toBeNaN();
    expect(china("patents_granted", 2004)).toBeNaN();
    expect(
      entry("rd_basic")
        .notes.map((n) => n.en)
        .join(" "),
    ).toMatch(/no value for 2007/);
    expect(
      entry("hightech_exports_usd")
        .notes.map((n) => n.en)
        .join(" "),
    ).toMatch(/no value for 2009-2014/);
    expect(
      entry("patents_granted")
        .notes.map((n) => n.en)
        .join(" "),
    ).toMatch(/no value for 2004, 2014/);
  });

  it("gives every note in English and Chinese", () => {
    for (const e of allSeries()) {
      for (const n of e.notes) {
        expect(n.en).toMatch(/[a-z]/);
        expect(n.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(entry("rd_basic").notes.map((n) => n.zh)).toContain("2007年无数值（所用来源未公布；留空，绝不估算）。");
  });

  it("notes both the paper's preliminary figure and the final one where they differ", () => {
    expect(
      entry("rd_expenditure")
        .notes.map((n) => n.en)
        .join(" "),
    ).toMatch(/3,087 billion yuan.*30,782\.9/);
    expect(
      entry("basic_research_share")
        .notes.map((n) => n.en)
        .join(" "),
    ).toMatch(/6\.3%.*6\.57%/);
  });

  it("has the 31 provinces with English and Chinese names, on one definition only", () => {
    const provinces = entry("provincial_trade_usd");
    expect(provinces.regions).toHaveLength(31);
    // The value must be the one NBS indicator A060201 gives in data/provinces.csv, not the other definition.
    const guangdong = findRegion(provinces, "广东");
    expect(guangdong?.en).toBe("Guangdong");
    expect(findRegion(provinces, "inner mongolia")?.zh).toBe("内蒙古");
    const rows = parseCsv(readDataFiles()["provinces.csv"], "p.csv").filter(
      (r) =>
        r.fields.province_en === "Guangdong" &&
        r.fields.year === "2022" &&
        r.fields.definition === "destination_source_of_goods",
    );
    expect(valueAt(guangdong?.series ?? { firstYear: 0, values: new Float64Array() }, 2022)).toBe(
      Number(rows[0]?.fields.total_trade_usd_100m),
    );
  });

  it("gives basic_research_share China first, then the countries with published shares", () => {
    expect(entry("basic_research_share").regions.map((r) => r.en)).toEqual([
      "China",
      "France",
      "Germany",
      "Italy",
      "Japan",
      "South Korea",
      "United Kingdom",
      "United States",
    ]);
    expect(
      entry("basic_research_share")
        .notes.map((n) => n.en)
        .join(" "),
    ).toMatch(/Germany 2011: not available/);
  });
});
