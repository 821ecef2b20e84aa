import { info, list } from "../../src/functions/functions";
import { call } from "./callFunction";

type InfoArgs = Parameters<typeof info>;
const runInfo = (...args: unknown[]) => call(info, ...(args as InfoArgs));

describe("INNO.LIST", () => {
  it("spills every series under a header row: id, title, unit, years, figure, source", () => {
    const rows = (call(list, undefined) as { value: unknown[][] }).value;
    expect(rows[0]).toEqual(["id", "title", "unit", "years", "figure", "source"]);
    expect(rows).toHaveLength(25);
    expect(rows[1]?.slice(0, 5)).toEqual([
      "rd_expenditure",
      "R&D expenditure",
      "100 million yuan",
      "2003-2024",
      "Figure 1",
    ]);
  });

  it("narrows to a topic, a figure or a word of a title (English or Chinese)", () => {
    const ids = (topic: string) => (call(list, topic) as { value: unknown[][] }).value.slice(1).map((r) => r[0]);
    expect(ids("6")).toEqual([
      "gdp",
      "exports_cny",
      "imports_cny",
      "exchange_rate",
      "dependence_total",
      "dependence_export",
      "dependence_import",
    ]);
    expect(ids("Figure 5")).toEqual([
      "hightech_exports_usd",
      "hightech_imports_usd",
      "hightech_export_share",
      "hightech_import_share",
    ]);
    expect(ids("patents")).toEqual(["patents_granted", "patent_applications"]);
    expect(ids("依存度")).toEqual(["dependence_total", "dependence_export", "dependence_import"]);
  });

  it("returns #N/A naming the topics when nothing matches", () => {
    expect(call(list, "weather")).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/Topics: rd, patents/),
    });
  });
});

describe("INNO.INFO", () => {
  it("returns one field as a single cell", () => {
    expect(runInfo("rd_expenditure", "unit")).toEqual({ value: [["100 million yuan"]] });
    expect(runInfo("rd_expenditure", "title_zh")).toEqual({ value: [["研究与试验发展(R&D)经费支出"]] });
    expect(runInfo("rd_basic", "years")).toEqual({ value: [["2003-2024 (no value for 2007)"]] });
  });

  it("returns every field as a two-column spill when the field is omitted", () => {
    const rows = (runInfo("trade_usd") as { value: unknown[][] }).value;
    expect(rows.map((r) => r[0])).toEqual([
      "id",
      "title",
      "title_zh",
      "unit",
      "unit_zh",
      "definition",
      "figure",
      "years",
      "source",
      "derivation",
      "notes",
      "vintage",
      "citation",
    ]);
    expect(rows.find((r) => r[0] === "derivation")?.[1]).toBe("exports_usd + imports_usd");
  });

  it("explains how the official dependence series is computed", () => {
    const text = (runInfo("dependence_total", "derivation") as { value: unknown[][] }).value[0]?.[0];
    expect(text).toMatch(/exports_cny \+ imports_cny\) \/ gdp × 100.*exchange_rate/);
  });

  it("cites the sources with counts and the paper's figure", () => {
    const source = (runInfo("patents_granted", "source") as { value: unknown[][] }).value[0]?.[0] as string;
    expect(source).toMatch(/CNIPA\) Annual Report 2003.*\(1 value\)/);
    expect((runInfo("rd_expenditure", "citation") as { value: unknown[][] }).value[0]?.[0]).toMatch(
      /Figure 1 of Kang, J\. & Wang, Y\./,
    );
  });

  it("returns #N/A for an unknown series and #VALUE! for an unknown field", () => {
    expect(runInfo("nope")).toMatchObject({ error: "#N/A" });
    expect(runInfo("gdp", "colour")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/field "colour" is not one of/),
    });
    expect(runInfo(true)).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/the logical TRUE/) });
  });
});
