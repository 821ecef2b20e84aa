import { allSeries, allSources } from "../data/catalog";
import type { Lang } from "../data/seriesDefinitions";
import { infoField } from "../core/seriesInfo";
import { evaluateFormula, JsonResult } from "../functions/evaluateFormula";
import { parseFormula } from "../functions/formulaParser";
import { FIGURE_DATASETS, figureLabel } from "./datasets";
import { buildPlan, InsertionPlan } from "./insertionPlan";

/** A cell of a text sheet: a value or a live formula, optionally bold. */
export interface GridCell {
  readonly value?: string | number;
  readonly formula?: string;
  readonly bold?: boolean;
}

/** A sheet of text and formulas (Contents, Analysis, Sources), row by row from A1. */
export interface GridSheet {
  readonly kind: "grid";
  readonly name: string;
  readonly rows: readonly (readonly GridCell[])[];
  /** Column widths in characters, for readability. */
  readonly widths: readonly number[];
}

export interface FigureSheet {
  readonly kind: "figure";
  readonly name: string;
  readonly plan: InsertionPlan;
}

export type PaperSheet = GridSheet | FigureSheet;

/** One finding of the paper restated with a live INNO formula and the result it gives now. */
export interface AnalysisBlock {
  /** A heading and its explanation written above this block, when the block opens a new part of the sheet. */
  readonly section?: { readonly title: string; readonly text: string };
  readonly title: string;
  readonly text: string;
  readonly formulas: readonly { readonly column: number; readonly header?: string; readonly formula: string }[];
}

const PAPER_TITLE = "Impact of China's Import and Export Trade on Innovation";
const AUTHORS = "Jiayu Kang and Yifei Wang";

/** Names of the sheets INNO owns in the paper workbook. */
export const PAPER_SHEET_NAMES = {
  contents: { en: "INNO Contents", zh: "INNO 目录" },
  analysis: { en: "INNO Analysis", zh: "INNO 分析" },
  sources: { en: "INNO Sources", zh: "INNO 来源" },
} as const;

/** A series' growth as consecutive values (leading blank trimmed by the tests), to nest in UNITROOT. */
const growth = (id: string, years = ",") => `INNO.SERIES("${id}",${years},"dlog",,"values")`;
/** A series' log levels as values over fixed years, so that COINT's y and x pair year by year. */
const logLevels = (id: string, years: string) => `INNO.SERIES("${id}",${years},"log",,"values")`;

/** Both directions of a Granger test side by side, so the reader compares them at a glance. */
function grangerBothWays(
  cause: { id: string; name: string },
  effect: { id: string; name: string },
  order: number,
  from = "",
): AnalysisBlock["formulas"] {
  const years = from ? `,,${from}` : "";
  return [
    {
      column: 1,
      header: `${cause.name} → ${effect.name}`,
      formula: `=INNO.GRANGER("${cause.id}","${effect.id}",${order},"dlog"${years})`,
    },
    {
      column: 4,
      header: `${effect.name} → ${cause.name}`,
      formula: `=INNO.GRANGER("${effect.id}","${cause.id}",${order},"dlog"${years})`,
    },
  ];
}

const RD = { id: "rd_expenditure", name: "R&D" };
const EXPORTS = { id: "exports_usd", name: "exports" };
const APPLIED = { id: "rd_applied", name: "applied research" };
const HIGHTECH = { id: "hightech_exports_usd", name: "high-tech exports" };

const UNIT_ROOT_READING =
  "ADF test, null: a unit root (the series wanders with no level to return to). A p-value below 0.05 rejects it; a large one is weak evidence with so few years. Levels of growing series are expected to fail; their growth rates (dlog, the log change) should pass before a Granger test or a regression on them means much.";
const GRANGER_READING =
  "F test whether last years' growth of the first series helps predict this year's growth of the second, beyond the second's own past (dlog: log changes). A p-value below 0.05 says it helps predict; it never proves a cause.";

/** The paper's claims put to the tests an economist would run: unit roots, Granger, a regression, cointegration. */
const CLAIM_BLOCKS: readonly AnalysisBlock[] = [
  {
    section: {
      title: "Testing the paper's claims",
      text: "The paper finds that R&D investment has not led to higher exports, and little correlation between investment in applied research and the growth of high-tech exports. Below, each claim meets the tests an economist would run in R or Stata (the methods of statsmodels and R's lmtest and sandwich): unit roots, Granger causality, a regression with Newey-West standard errors and cointegration. Each result ends with a note on what it assumes; with 9 to 22 years every test has little power, so a large p-value means 'no evidence of a link', not 'no link'.",
    },
    title: "Is R&D expenditure stationary? (2003-2024)",
    text: UNIT_ROOT_READING,
    formulas: [
      { column: 1, header: "On levels", formula: '=INNO.UNITROOT("rd_expenditure")' },
      { column: 4, header: "On growth (dlog)", formula: `=INNO.UNITROOT(${growth(RD.id)})` },
    ],
  },
  {
    title: "Are goods exports stationary? (2003-2024)",
    text: UNIT_ROOT_READING,
    formulas: [
      { column: 1, header: "On levels", formula: '=INNO.UNITROOT("exports_usd")' },
      { column: 4, header: "On growth (dlog)", formula: `=INNO.UNITROOT(${growth(EXPORTS.id)})` },
    ],
  },
  {
    title: "Does R&D growth help predict export growth, or the reverse? (Granger, one year of lags)",
    text: GRANGER_READING,
    formulas: grangerBothWays(RD, EXPORTS, 1),
  },
  {
    title: "The same with two years of lags",
    text: "Innovation may take more than a year to reach exports: lags 1 and 2 of both series.",
    formulas: grangerBothWays(RD, EXPORTS, 2),
  },
  {
    title: "Does last year's R&D growth explain this year's export growth? (regression)",
    text: "OLS of export growth (dlog) on R&D growth a year earlier, with Newey-West (HAC) standard errors that allow for autocorrelated errors. The paper's claim predicts a slope near 0; p_value of the rd_expenditure row tests that it is 0.",
    formulas: [{ column: 1, formula: '=INNO.REGRESS("exports_usd","rd_expenditure","dlog",1,"hac")' }],
  },
  {
    title: "Do R&D expenditure and exports share a long-run path? (cointegration of log levels)",
    text: "Engle-Granger: exports regressed on R&D in logs, then an ADF test on the residuals. Null: no cointegration (the gap between them wanders). A p-value below 0.05 says the two levels move together in the long run, whatever their growth rates do year to year.",
    formulas: [
      {
        column: 1,
        formula: `=INNO.COINT(${logLevels(EXPORTS.id, "2003,2024")},${logLevels(RD.id, "2003,2024")})`,
      },
    ],
  },
  {
    title: "Is applied research spending stationary? (2008-2024: 2007 is not published)",
    text: UNIT_ROOT_READING,
    formulas: [
      { column: 1, header: "On levels", formula: '=INNO.UNITROOT("rd_applied",,,,,2008)' },
      { column: 4, header: "On growth (dlog)", formula: `=INNO.UNITROOT(${growth(APPLIED.id, "2008,2024")})` },
    ],
  },
  {
    title: "Are high-tech exports stationary? (2015-2023: 2009-2014 are not published)",
    text: `${UNIT_ROOT_READING} Here the test has only 6 observations after its lags: read it as a description, not a verdict.`,
    formulas: [
      { column: 1, header: "On levels", formula: '=INNO.UNITROOT("hightech_exports_usd",,,,,2015)' },
      { column: 4, header: "On growth (dlog)", formula: `=INNO.UNITROOT(${growth(HIGHTECH.id, "2015,2023")})` },
    ],
  },
  {
    title:
      "Does applied research growth help predict high-tech export growth, or the reverse? (Granger, one year of lags, from 2015)",
    text: `${GRANGER_READING} From 2015, the unbroken run of high-tech exports.`,
    formulas: grangerBothWays(APPLIED, HIGHTECH, 1, "2015"),
  },
  {
    title: "The same with two years of lags",
    text: "With two lags of each series only 6 or 7 years remain for 5 coefficients: 1 residual degree of freedom one way, 2 the other (df_den). The F test then has almost no power; the result is shown for completeness, not as evidence.",
    formulas: grangerBothWays(APPLIED, HIGHTECH, 2, "2015"),
  },
  {
    title:
      "Does last year's applied research growth explain this year's high-tech export growth? (regression, from 2015)",
    text: "OLS of high-tech export growth (dlog) on applied research growth a year earlier, with Newey-West standard errors, on the years from 2015. The paper's claim predicts a slope near 0.",
    formulas: [{ column: 1, formula: '=INNO.REGRESS("hightech_exports_usd","rd_applied","dlog",1,"hac",,2015)' }],
  },
  {
    title: "Do applied research and high-tech exports share a long-run path? (cointegration of log levels, 2015-2023)",
    text: "Engle-Granger on the log levels of the years both series have. Null: no cointegration. With 9 years the test is fragile.",
    formulas: [
      {
        column: 1,
        formula: `=INNO.COINT(${logLevels(HIGHTECH.id, "2015,2023")},${logLevels(APPLIED.id, "2015,2023")})`,
      },
    ],
  },
];

/** The paper's findings, each with the INNO formulas that test it. */
export const ANALYSIS_BLOCKS: readonly AnalysisBlock[] = [
  {
    title: "R&D spending and exports, on levels",
    text: "The paper finds that R&D investment has relatively little impact on exports. On levels both series rise every year, so their correlation is high whatever the link: the statistics below carry INNO's trend warning.",
    formulas: [{ column: 1, formula: '=INNO.CORR("rd_expenditure","exports_usd","pearson",0,"level","stats")' }],
  },
  {
    title: "R&D spending and exports, on growth rates (same year)",
    text: "The honest test compares growth rates: does faster R&D growth go with faster export growth in the same year?",
    formulas: [{ column: 1, formula: '=INNO.CORR("rd_expenditure","exports_usd","pearson",0,"yoy","stats")' }],
  },
  {
    title: "R&D spending leading exports by one year (growth rates)",
    text: "Innovation takes time to reach products: R&D growth in year t against export growth in year t + 1.",
    formulas: [{ column: 1, formula: '=INNO.CORR("rd_expenditure","exports_usd","pearson",1,"yoy","stats")' }],
  },
  {
    title: "Growth of R&D and growth of exports, year by year",
    text: "The paper notes R&D growth staying above 10% while trade growth swings with the world economy.",
    formulas: [
      { column: 1, formula: '=INNO.SERIES("rd_expenditure",2004,2024,"yoy")' },
      {
        column: 3,
        header: "Goods exports (US$), growth (%)",
        formula: '=INNO.SERIES("exports_usd",2004,2024,"yoy",,"values")',
      },
    ],
  },
  {
    title: "High-tech products' share of trade",
    text: "The paper: high-tech goods are a small and, on the whole, low share of China's trade (under 35%).",
    formulas: [
      { column: 1, formula: '=INNO.SERIES("hightech_export_share")' },
      {
        column: 3,
        header: "High-tech share of imports (%)",
        formula: '=INNO.SERIES("hightech_import_share",,,,,"values")',
      },
    ],
  },
  {
    title: "Trade dependence",
    text: "The paper: total dependence has fallen as domestic production grew; import dependence is stable; export dependence rose after 2020.",
    formulas: [
      { column: 1, formula: '=INNO.DEPENDENCE("total")' },
      { column: 3, header: "Export dependence (%)", formula: '=INNO.SERIES("dependence_export",,,,,"values")' },
      { column: 4, header: "Import dependence (%)", formula: '=INNO.SERIES("dependence_import",,,,,"values")' },
    ],
  },
  {
    title: "Basic research share: China and other countries",
    text: "The paper: basic research is about 6% of China's R&D, against about 15% in the US and UK and about 20% in France and Italy.",
    formulas: [{ column: 1, formula: '=INNO.SERIES("basic_research_share",,,,"all")' }],
  },
  ...CLAIM_BLOCKS,
];

/** What a formula gives now, computed by the very functions Excel calls; used for layout and the xlsx copy. */
export function evaluate(formula: string): JsonResult {
  return evaluateFormula(parseFormula(formula));
}

/** The height and width of a formula's result. */
export function resultSize(result: JsonResult): { rows: number; columns: number } {
  return Array.isArray(result) ? { rows: result.length, columns: result[0]?.length ?? 1 } : { rows: 1, columns: 1 };
}

/** Rows a section heading takes above its first block: the heading, its text and a blank row. */
const SECTION_ROWS = 3;

/** The column of the formulas' text in the copy written outside Excel, on each block's title row. */
const FORMULA_TEXT_COLUMN = 6;

/** Where each analysis block starts (0-based row) and how many rows it takes. */
export function analysisLayout(): { block: AnalysisBlock; row: number; height: number; results: JsonResult[] }[] {
  let row = 2;
  return ANALYSIS_BLOCKS.map((block) => {
    if (block.section) row += SECTION_ROWS;
    const results = block.formulas.map((f) => evaluate(f.formula));
    const headerRow = block.formulas.some((f) => f.header) ? 1 : 0;
    const height =
      2 + Math.max(...results.map((r, k) => resultSize(r).rows + (block.formulas[k]?.header ? 1 : 0)), headerRow);
    const placed = { block, row, height, results };
    row += height + 1;
    return placed;
  });
}

function contents(lang: Lang, figureSheets: readonly FigureSheet[], withCharts: boolean): GridSheet {
  const vintages = [...new Set(allSeries().map((e) => e.def.vintage[lang]))];
  const rows: GridCell[][] = [
    [{ value: `INNO — ${PAPER_TITLE}`, bold: true }],
    [{ value: `${AUTHORS}. Data compiled by INNO with a source for every value.` }],
    [],
    [
      { value: "Sheet", bold: true },
      { value: "What it holds", bold: true },
    ],
    ...figureSheets.map((f) => [{ value: f.name }, { value: f.plan.chart?.title ?? f.name }]),
    [
      { value: PAPER_SHEET_NAMES.analysis[lang] },
      {
        value:
          "The paper's findings restated with live INNO formulas, and its claims tested (unit roots, Granger, regression, cointegration)",
      },
    ],
    [
      { value: PAPER_SHEET_NAMES.sources[lang] },
      { value: "Every series with its unit, years, sources, vintage and notes; every cited source" },
    ],
    [],
    [{ value: "Charts", bold: true }],
    [
      {
        value: withCharts
          ? "Each figure sheet has a native Excel chart drawn like the paper's figure."
          : "This file was written outside Excel: open it in Excel with the INNO add-in and use 'Build the paper workbook' to add the native charts.",
      },
    ],
    [],
    [{ value: "Data vintage", bold: true }],
    ...vintages.map((v) => [{ value: v }]),
    [],
    [{ value: "How to cite", bold: true }],
    [
      {
        value: `Kang, J. & Wang, Y., "${PAPER_TITLE}". Data: INNO (data/ folder of the INNO repository), each value with its own source; =INNO.INFO("<series>","citation") cites one series.`,
      },
    ],
  ];
  return { kind: "grid", name: PAPER_SHEET_NAMES.contents[lang], rows, widths: [28, 100] };
}

function analysis(lang: Lang, live: boolean): GridSheet {
  const rows: GridCell[][] = [[{ value: "The paper's findings, tested with INNO", bold: true }], []];
  for (const { block, row, height, results } of analysisLayout()) {
    if (block.section) {
      while (rows.length < row - SECTION_ROWS) rows.push([]);
      rows.push([{ value: block.section.title, bold: true }], [{ value: block.section.text }]);
    }
    while (rows.length < row) rows.push([]);
    const titleRow: GridCell[] = [{ value: block.title, bold: true }];
    rows.push(titleRow);
    rows.push([{ value: block.text }]);
    const top = rows.length;
    for (let r = 0; r < height - 2; r++) rows.push([]);
    block.formulas.forEach((f, k) => {
      const start = top + (f.header ? 1 : 0);
      if (f.header) (rows[top] as GridCell[])[f.column] = { value: f.header, bold: true };
      if (live) {
        (rows[start] as GridCell[])[f.column] = { formula: f.formula };
        return;
      }
      // Outside Excel: the values the formula gives now, and the formula as text beside the title, where no
      // result reaches (a wide spill such as REGRESS's table would otherwise be overwritten).
      const result = results[k] as JsonResult;
      const grid = Array.isArray(result) ? result : [[result]];
      grid.forEach((line, i) =>
        line.forEach((cell, j) => {
          const target = rows[start + i] as GridCell[];
          target[f.column + j] = {
            value: typeof cell === "object" ? cell.error : typeof cell === "boolean" ? String(cell) : cell,
          };
        }),
      );
      titleRow[FORMULA_TEXT_COLUMN + k] = { value: f.formula.replace(/^=/, "formula: =") };
    });
  }
  return {
    kind: "grid",
    name: PAPER_SHEET_NAMES.analysis[lang],
    rows: rows.map((r) => Array.from(r, (c) => c ?? {})),
    // Outside Excel the formulas' text needs room (up to three per block); in Excel those columns hold numbers.
    widths: live ? [46, 22, 18, 22, 18, 18, 18, 18] : [46, 22, 18, 22, 18, 18, 80, 80, 80],
  };
}

function sources(lang: Lang): GridSheet {
  const header = ["id", "title", "title_zh", "unit", "years", "figure", "source", "vintage", "notes"].map((v) => ({
    value: v,
    bold: true,
  }));
  const series = allSeries().map((e) =>
    [
      e.def.id,
      e.def.title.en,
      e.def.title.zh,
      e.def.unit.en,
      infoField(e, "years"),
      infoField(e, "figure"),
      e.sourceSummary,
      e.def.vintage.en,
      infoField(e, "notes"),
    ].map((value) => ({ value })),
  );
  const cited = allSources().map((s) => [{ value: s.ref }, { value: s.title }]);
  return {
    kind: "grid",
    name: PAPER_SHEET_NAMES.sources[lang],
    rows: [header, ...series, [], [{ value: "Cited sources", bold: true }], ...cited],
    widths: [22, 40, 30, 20, 24, 12, 80, 60, 80],
  };
}

/**
 * The whole paper as a workbook: Contents, one sheet per figure (the task pane's insertion plans), Analysis and
 * Sources. `live` writes INNO formulas (Excel); otherwise the values they give and the formulas as text (xlsx).
 */
export function buildPaperWorkbook(lang: Lang, live: boolean): PaperSheet[] {
  const figures: FigureSheet[] = FIGURE_DATASETS.map((d) => ({
    kind: "figure",
    name: figureLabel(d.figure, lang),
    plan: buildPlan(d, { mode: "values", chart: live, note: true, lang }),
  }));
  return [contents(lang, figures, live), ...figures, analysis(lang, live), sources(lang)];
}
