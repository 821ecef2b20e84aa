import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { PAPER_SHEET_NAMES } from "../paperSheets";

async function writeWorkbook(lang = "en"): Promise<ExcelJS.Workbook> {
  const out = join(mkdtempSync(join(tmpdir(), "inno-")), "paper.xlsx");
  const err: string[] = [];
  const code = await runCli(["workbook", "--out", out, "--lang", lang], {
    out: () => undefined,
    err: (t) => err.push(t),
    writeFile: () => undefined,
  });
  expect(code).toBe(0);
  expect(err.join("")).toMatch(/^wrote .*paper\.xlsx: INNO /);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return workbook;
}

describe("inno workbook", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await writeWorkbook();
  });

  it("writes the contents, one sheet per figure, the analysis and the sources", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(PAPER_SHEET_NAMES);
  });

  it("puts the official figures in a table on each figure sheet", () => {
    const figure1 = workbook.getWorksheet("Figure 1") as ExcelJS.Worksheet;
    expect(Object.keys((figure1 as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["INNO_figure_1"]);
    expect(figure1.getCell("A1").value).toBe("Year");
    // Final 2022 communique: 30,782.9 亿元; 2003 (MOST S&T statistics): 1,539.6.
    expect(figure1.getCell("A21").value).toBe(2022);
    expect(figure1.getCell("B21").value).toBe(30782.9);
    expect(figure1.getCell("B2").value).toBe(1539.6);
    expect(figure1.getCell("B21").numFmt).toBe("#,##0.0");
    expect(figure1.getCell("C2").value).toBeNull();
    const figure3 = workbook.getWorksheet("Figure 3") as ExcelJS.Worksheet;
    // CNIPA annual report 2003: 182,226 patents granted; 2004 has no published total: an empty cell.
    expect(figure3.getCell("B2").value).toBe(182226);
    expect(figure3.getCell("B3").value).toBeNull();
    const figure7 = workbook.getWorksheet("Figure 7") as ExcelJS.Worksheet;
    expect(figure7.getCell("A2").value).toBe("Guangdong");
  });

  it("gives the analysis values with the formulas as text, and says charts come from INNO in Excel", () => {
    const analysis = workbook.getWorksheet("INNO Analysis") as ExcelJS.Worksheet;
    const texts: unknown[] = [];
    analysis.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain('formula: =INNO.CORR("rd_expenditure","exports_usd","pearson",1,"yoy","stats")');
    expect(texts).toContain("p-value (two-sided)");
    const contents = workbook.getWorksheet("INNO Contents") as ExcelJS.Worksheet;
    const contentTexts: unknown[] = [];
    contents.eachRow((row) => row.eachCell((cell) => contentTexts.push(cell.value)));
    expect(contentTexts.join(" ")).toMatch(/Build the paper workbook' to add the native charts/);
  });

  it("tests the paper's claims with values and formula text, never an error, and no result overwritten", () => {
    const analysis = workbook.getWorksheet("INNO Analysis") as ExcelJS.Worksheet;
    const texts: unknown[] = [];
    analysis.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain("Testing the paper's claims");
    expect(texts).toContain('formula: =INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")');
    expect(texts).toContain('formula: =INNO.REGRESS("exports_usd","rd_expenditure","dlog",1,"hac")');
    expect(texts).toContain("df_den");
    expect(texts).toContain("durbin_watson");
    expect(texts.filter((t) => typeof t === "string" && t.startsWith("#"))).toEqual([]);
    // The formulas' text sits on the title rows: the basic-research table keeps every year of its header.
    let header: ExcelJS.Row | undefined;
    analysis.eachRow((row) => {
      if (row.getCell(2).value === "Country (%)") header = row;
    });
    expect([3, 7, 24].map((c) => header?.getCell(c).value)).toEqual([2003, 2007, 2024]);
  });

  it("lists every series with its sources on the Sources sheet", () => {
    const sources = workbook.getWorksheet("INNO Sources") as ExcelJS.Worksheet;
    expect(sources.getCell("A1").value).toBe("id");
    expect(sources.getCell("A2").value).toBe("rd_expenditure");
    expect(sources.getCell("A25").value).toBe("provincial_trade_usd");
  });

  it("writes Chinese sheet names and headers with --lang zh", async () => {
    const zh = await writeWorkbook("zh");
    expect(zh.worksheets.map((s) => s.name)).toContain("图6");
    expect((zh.getWorksheet("图6") as ExcelJS.Worksheet).getCell("A1").value).toBe("年份");
  });
});
