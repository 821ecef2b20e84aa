import { buildCatalogData, DataValidationError } from "../../src/data/validateSources";
import { readDataFiles } from "./dataFiles";

function problemsOf(files: ReturnType<typeof readDataFiles>): readonly string[] {
  try {
    buildCatalogData(files);
    return [];
  } catch (error) {
    if (error instanceof DataValidationError) return error.problems;
    throw error;
  }
}

/** Replaces the first occurrence of `from` in one file and returns the line number it was on. */
function editLine(text: string, from: string, to: string): { text: string; line: number } {
  const index = text.indexOf(from);
  if (index < 0) throw new Error(`fixture text not found: ${from}`);
  return {
    text: text.slice(0, index) + to + text.slice(index + from.length),
    line: text.slice(0, index).split("\n").length,
  };
}

describe("the data files", () => {
  it("pass validation: every row sourced, no duplicates, every value a number, one unit per series", () => {
    expect(problemsOf(readDataFiles())).toEqual([]);
  });

  it("fail naming file and line when a national row has no source", () => {
    const files = readDataFiles();
    const row = files["national.csv"].split("\n").find((l) => l.startsWith("patents_granted,2003,")) as string;
    const source = row.split(",")[5] as string;
    const { text, line } = editLine(files["national.csv"], row, row.replace(source, ""));
    expect(problemsOf({ ...files, "national.csv": text })).toContain(
      `data/national.csv:${line}: the row has no source: every value must say where it comes from`,
    );
  });

  it("fail naming both lines when a row is duplicated", () => {
    const files = readDataFiles();
    const lines = files["provinces.csv"].split("\n");
    const duplicate = lines[1] as string;
    const text = [...lines.slice(0, 3), duplicate, ...lines.slice(3)].join("\n");
    expect(problemsOf({ ...files, "provinces.csv": text })).toContain(
      "data/provinces.csv:4: duplicate row for Beijing 2016 (destination_source_of_goods) (first at line 2)",
    );
  });

  it("fail when a province row has no source", () => {
    const files = readDataFiles();
    const lines = files["provinces.csv"].split("\n");
    const cells = (lines[5] as string).split(",");
    cells[5] = "";
    lines[5] = cells.join(",");
    expect(problemsOf({ ...files, "provinces.csv": lines.join("\n") })).toContain(
      "data/provinces.csv:6: the row has no source: every value must say where it comes from",
    );
  });

  it("fail when a value is not a number or a unit changes within a series", () => {
    const files = readDataFiles();
    const first = editLine(files["national.csv"], "rd_expenditure,2003,1539.6,", "rd_expenditure,2003,about 1540,");
    const second = editLine(
      first.text,
      "rd_expenditure,2004,1966.3,亿元 (100 million yuan)",
      "rd_expenditure,2004,1966.3,万元",
    );
    const problems = problemsOf({ ...files, "national.csv": second.text });
    expect(problems).toContain(`data/national.csv:${first.line}: value "about 1540" is not a number`);
    expect(problems).toContain(
      `data/national.csv:${second.line}: unit "万元" differs from the series' unit "亿元 (100 million yuan)"`,
    );
  });

  it("fail when a blank basic-research share does not say why", () => {
    const files = readDataFiles();
    const { text, line } = editLine(files["basic_research_shares.csv"], "NOT AVAILABLE", "unknown");
    expect(problemsOf({ ...files, "basic_research_shares.csv": text })).toContain(
      `data/basic_research_shares.csv:${line}: a blank share must say NOT AVAILABLE in its note`,
    );
  });
});
