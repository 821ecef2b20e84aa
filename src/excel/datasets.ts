import { allSeries, CatalogEntry, findSeries } from "../data/catalog";
import { Bilingual, FigureId, Lang, SeriesId } from "../data/seriesDefinitions";
import { Transform } from "../core/transforms";

/** How a dataset is charted, as the paper draws it. */
export type ChartKind = "columnsWithGrowth" | "lines" | "provinceBars" | "countryBars" | "line";

/** One column of a dataset's table: a series, transformed. */
export interface DatasetColumn {
  readonly series: SeriesId;
  readonly transform: Transform;
}

/** What the task pane lists and inserts: one of the paper's figures, or a single series. */
export interface Dataset {
  readonly key: string;
  readonly figure: FigureId;
  readonly title: Bilingual;
  readonly columns: readonly DatasetColumn[];
  readonly chart: ChartKind;
  /** Words that find it in the search box besides its title and series ids. */
  readonly keywords: readonly string[];
}

const level = (series: SeriesId): DatasetColumn => ({ series, transform: "level" });
const growth = (series: SeriesId): DatasetColumn => ({ series, transform: "yoy" });

/** The paper's figures, 1-7 and section 3.2, as it draws them. */
export const FIGURE_DATASETS: readonly Dataset[] = [
  {
    key: "figure-1",
    figure: "1",
    title: { en: "Figure 1 — R&D expenditure and its growth", zh: "图1 — R&D经费支出及增长率" },
    columns: [level("rd_expenditure"), growth("rd_expenditure")],
    chart: "columnsWithGrowth",
    keywords: ["research", "研发", "经费"],
  },
  {
    key: "figure-2",
    figure: "2",
    title: { en: "Figure 2 — R&D personnel (full-time equivalent)", zh: "图2 — R&D人员全时当量" },
    columns: [level("rd_personnel_fte"), growth("rd_personnel_fte")],
    chart: "columnsWithGrowth",
    keywords: ["researchers", "人员"],
  },
  {
    key: "figure-3",
    figure: "3",
    title: { en: "Figure 3 — Patents granted", zh: "图3 — 专利授权数" },
    columns: [level("patents_granted"), growth("patents_granted")],
    chart: "columnsWithGrowth",
    keywords: ["patent", "专利"],
  },
  {
    key: "figure-4",
    figure: "4",
    title: { en: "Figure 4 — Exports, imports and total trade", zh: "图4 — 进出口总额" },
    columns: [level("exports_usd"), level("imports_usd"), level("trade_usd")],
    chart: "lines",
    keywords: ["trade", "贸易", "进出口"],
  },
  {
    key: "figure-5",
    figure: "5",
    title: { en: "Figure 5 — High-tech products' share of trade", zh: "图5 — 高技术产品占进出口比重" },
    columns: [level("hightech_export_share"), level("hightech_import_share")],
    chart: "lines",
    keywords: ["high-tech", "高技术"],
  },
  {
    key: "figure-6",
    figure: "6",
    title: { en: "Figure 6 — Trade dependence", zh: "图6 — 外贸依存度" },
    columns: [level("dependence_total"), level("dependence_export"), level("dependence_import")],
    chart: "lines",
    keywords: ["dependence", "依存度", "openness"],
  },
  {
    key: "figure-7",
    figure: "7",
    title: { en: "Figure 7 — Trade of the 31 provinces", zh: "图7 — 各省进出口总额" },
    columns: [level("provincial_trade_usd")],
    chart: "provinceBars",
    keywords: ["province", "省", "地区"],
  },
  {
    key: "section-3.2",
    figure: "3.2",
    title: {
      en: "Section 3.2 — Basic research share, China and other countries",
      zh: "3.2节 — 基础研究经费占比的国际比较",
    },
    columns: [level("basic_research_share")],
    chart: "countryBars",
    keywords: ["basic research", "基础研究", "countries"],
  },
];

function seriesDataset(entry: CatalogEntry): Dataset {
  const chart: ChartKind =
    entry.def.regions === "provinces" ? "provinceBars" : entry.def.regions === "countries" ? "countryBars" : "line";
  return {
    key: `series-${entry.def.id}`,
    figure: entry.def.figure,
    title: entry.def.title,
    columns: [level(entry.def.id)],
    chart,
    keywords: [],
  };
}

/** Every dataset: the figures first, then each series on its own. */
export const ALL_DATASETS: readonly Dataset[] = [...FIGURE_DATASETS, ...allSeries().map(seriesDataset)];

/** Finds a dataset by key. */
export function findDataset(key: string): Dataset | undefined {
  return ALL_DATASETS.find((d) => d.key === key);
}

/** The catalog entry of a dataset's first column (its unit, notes and source lead the citation). */
export function primaryEntry(dataset: Dataset): CatalogEntry {
  return findSeries((dataset.columns[0] as DatasetColumn).series) as CatalogEntry;
}

/** Datasets whose title (in either language), series ids, titles or keywords contain the query. */
export function searchDatasets(query: string, datasets: readonly Dataset[] = ALL_DATASETS): readonly Dataset[] {
  const q = query.trim().toLowerCase();
  if (q === "") return datasets;
  return datasets.filter((d) => {
    const texts = [
      d.title.en,
      d.title.zh,
      ...d.keywords,
      ...d.columns.flatMap((c) => {
        const def = findSeries(c.series)?.def;
        return [c.series, def?.title.en ?? "", def?.title.zh ?? ""];
      }),
    ];
    return texts.some((t) => t.toLowerCase().includes(q));
  });
}

/** The figures in the order the pane groups them. */
export const FIGURE_ORDER: readonly FigureId[] = ["1", "2", "3", "4", "5", "6", "7", "3.2"];

/** A figure's datasets, as the pane lists them under the figure's heading. */
export interface FigureGroup {
  readonly figure: FigureId;
  readonly items: readonly Dataset[];
}

/**
 * The datasets a search finds, grouped by the paper's figures in the pane's order, empty groups left out: the
 * Datasets tab's tree and the Analyse tab's series pickers list the catalog the same way.
 */
export function searchByFigure(query: string, datasets: readonly Dataset[] = ALL_DATASETS): FigureGroup[] {
  const matches = searchDatasets(query, datasets);
  return FIGURE_ORDER.map((figure) => ({ figure, items: matches.filter((d) => d.figure === figure) })).filter(
    (g) => g.items.length > 0,
  );
}

/**
 * A figure group's heading: the figure's title as the catalog gives it ("Figure 3 — Patents granted"), so the list
 * says what each figure holds without being expanded.
 */
export function figureHeading(figure: FigureId, lang: Lang): string {
  return FIGURE_DATASETS.find((d) => d.figure === figure)?.title[lang] ?? figureLabel(figure, lang);
}

/** A short label for a figure ("Figure 3", "图3"): sheet names. */
export function figureLabel(figure: FigureId, lang: Lang): string {
  if (figure === "3.2") return lang === "zh" ? "3.2节" : "Section 3.2";
  return lang === "zh" ? `图${figure}` : `Figure ${figure}`;
}
