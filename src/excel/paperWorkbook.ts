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
];

/** What a formula gives now, computed by the very functions Excel calls; used for layout and the xlsx copy. */
export function evaluate(formula: string): JsonResult {
  return evaluateFormula(parseFormula(formula));
}

/** The height and width of a formula's result. */
export function resultSize(result: JsonResult): { rows: number; columns: number } {
  return Array.isArray(result) ? { rows: result.length, columns: result[0]?.length ?? 1 } : { rows: 1, columns: 1 };
}

/** Where each analysis block starts (0-based row) and how many rows it takes. */
export function analysisLayout(): { block: AnalysisBlock; row: number; height: number; results: JsonResult[] }[] {
  let row = 2;
  return ANALYSIS_BLOCKS.map((block) => {
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
    [{ value: PAPER_SHEET_NAMES.analysis[lang] }, { value: "The paper's findings restated with live INNO formulas" }],
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
    while (rows.length < row) rows.push([]);
    rows.push([{ value: block.title, bold: true }]);
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
      // Outside Excel: the values the formula gives now, and the formula as text beside the block.
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
      (rows[top] as GridCell[])[6 + k] = { value: f.formula.replace(/^=/, "formula: =") };
    });
  }
  return {
    kind: "grid",
    name: PAPER_SHEET_NAMES.analysis[lang],
    rows: rows.map((r) => Array.from(r, (c) => c ?? {})),
    widths: [46, 22, 18, 22, 18, 18, 60],
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
