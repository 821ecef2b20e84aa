/**
 * What each INNO series is: ids (permanent: they live in users' formulas), bilingual titles and units,
 * definitions, the paper figure it belongs to, and notes a citation needs. Values are not here: stored series
 * come from data/*.csv, derived series are computed from them (see derivedSeries.ts).
 */

export type Lang = "en" | "zh";
export type Bilingual = Readonly<Record<Lang, string>>;

/** The paper's figures, plus section 3.2 (the structure of R&D spending). */
export type FigureId = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "3.2";

export const SERIES_IDS = [
  "rd_expenditure",
  "rd_basic",
  "rd_applied",
  "rd_experimental",
  "rd_intensity",
  "rd_personnel_fte",
  "patents_granted",
  "patent_applications",
  "gdp",
  "exports_usd",
  "imports_usd",
  "trade_usd",
  "exports_cny",
  "imports_cny",
  "exchange_rate",
  "hightech_exports_usd",
  "hightech_imports_usd",
  "hightech_export_share",
  "hightech_import_share",
  "dependence_total",
  "dependence_export",
  "dependence_import",
  "basic_research_share",
  "provincial_trade_usd",
] as const;

export type SeriesId = (typeof SERIES_IDS)[number];

/** Topics group series for INNO.LIST(topic) and the task pane. */
export type Topic = "rd" | "patents" | "trade" | "hightech" | "dependence" | "macro" | "provinces";

export interface SeriesDefinition {
  readonly id: SeriesId;
  readonly title: Bilingual;
  readonly unit: Bilingual;
  readonly definition: string;
  readonly figure: FigureId;
  readonly topic: Topic;
  /** How the value is obtained when INNO computes it rather than stores it. */
  readonly derivation?: string;
  /** Regions: none (China), the 31 provinces, or China plus the countries with published shares. */
  readonly regions: "none" | "provinces" | "countries";
  /** Decimal places the published figures carry, for number formats. */
  readonly decimals: number;
  /** Notes a user citing the series must know (paper vs final figures, definitions that change). */
  readonly notes: readonly Bilingual[];
  /** Which releases the figures are, for the citation. */
  readonly vintage: Bilingual;
}

const YUAN_100M: Bilingual = { en: "100 million yuan", zh: "亿元" };
const USD_100M: Bilingual = { en: "100 million US$", zh: "亿美元" };
const PERCENT: Bilingual = { en: "%", zh: "%" };
const NBS_FINAL = {
  en: "Final figures from NBS National Data and the annual national S&T expenditure communiques (NBS/MOST/MOF); earlier years from the China Statistical Yearbook and MOST S&T statistics",
  zh: "国家统计局国家数据与全国科技经费投入统计公报（国家统计局、科技部、财政部）的最终数；早年数据取自《中国统计年鉴》和科技部科技统计",
};
const CUSTOMS = {
  en: "Customs (GAC/MOFCOM) annual releases as reported, with WTO/World Bank figures where cited per value",
  zh: "海关总署/商务部年度发布数（据报道），个别数值取自世贸组织/世界银行，逐值注明",
};
const DERIVED = {
  en: "Computed by INNO from the stored series it names; each input value carries its own source",
  zh: "由 INNO 根据所列存储序列计算；每个输入值都有各自的来源",
};

export const SERIES_DEFINITIONS: readonly SeriesDefinition[] = [
  {
    id: "rd_expenditure",
    title: { en: "R&D expenditure", zh: "研究与试验发展(R&D)经费支出" },
    unit: YUAN_100M,
    definition:
      "Gross domestic expenditure on research and experimental development (R&D), all performers, current prices.",
    figure: "1",
    topic: "rd",
    regions: "none",
    decimals: 1,
    notes: [
      {
        en: "The paper quotes the preliminary 2022 figure, 3,087 billion yuan (30,870 亿元, +10.42%), from the February 2023 statistical communique; the final figure used here is 30,782.9 亿元 (+10.1%, 2022 S&T expenditure communique, September 2023).",
        zh: "论文引用2023年2月统计公报中的2022年初步数“3,087 billion yuan”（即30,870亿元，增长10.42%）；此处采用最终数30,782.9亿元（增长10.1%，2023年9月《2022年全国科技经费投入统计公报》）。",
      },
      {
        en: "On final figures 2022 is 19.99 times 2003 (1,539.6 亿元); the paper says 'more than 20 times'.",
        zh: "按最终数，2022年为2003年（1,539.6亿元）的19.99倍；论文称“超过20倍”。",
      },
    ],
    vintage: NBS_FINAL,
  },
  {
    id: "rd_basic",
    title: { en: "R&D expenditure on basic research", zh: "基础研究经费支出" },
    unit: YUAN_100M,
    definition:
      "R&D expenditure on basic research (experimental or theoretical work without a particular application in view).",
    figure: "3.2",
    topic: "rd",
    regions: "none",
    decimals: 1,
    notes: [],
    vintage: NBS_FINAL,
  },
  {
    id: "rd_applied",
    title: { en: "R&D expenditure on applied research", zh: "应用研究经费支出" },
    unit: YUAN_100M,
    definition:
      "R&D expenditure on applied research (original investigation directed towards a specific practical aim).",
    figure: "3.2",
    topic: "rd",
    regions: "none",
    decimals: 1,
    notes: [],
    vintage: NBS_FINAL,
  },
  {
    id: "rd_experimental",
    title: { en: "R&D expenditure on experimental development", zh: "试验发展经费支出" },
    unit: YUAN_100M,
    definition:
      "R&D expenditure on experimental development (systematic work drawing on knowledge to produce new products or processes).",
    figure: "3.2",
    topic: "rd",
    regions: "none",
    decimals: 1,
    notes: [],
    vintage: NBS_FINAL,
  },
  {
    id: "rd_intensity",
    title: { en: "R&D intensity (R&D expenditure / GDP)", zh: "R&D经费投入强度" },
    unit: { en: "% of GDP", zh: "占GDP比重(%)" },
    definition: "R&D expenditure as a percentage of GDP, as NBS publishes it.",
    figure: "1",
    topic: "rd",
    regions: "none",
    decimals: 2,
    notes: [
      {
        en: "As NBS published it (revised yearbook values for 2012-2021); it need not equal rd_expenditure / gdp exactly, because GDP has since been revised.",
        zh: "按国家统计局公布值（2012—2021年为年鉴修订值）；由于GDP此后有修订，不一定恰好等于 rd_expenditure / gdp。",
      },
    ],
    vintage: {
      en: "NBS communiques and the China Statistical Yearbook on Science and Technology 2022 (revised 2012-2021)",
      zh: "国家统计局公报与《中国科技统计年鉴2022》（2012—2021年为修订值）",
    },
  },
  {
    id: "rd_personnel_fte",
    title: { en: "R&D personnel, full-time equivalent", zh: "R&D人员全时当量" },
    unit: { en: "10,000 person-years", zh: "万人年" },
    definition: "R&D personnel in full-time equivalent, all performers.",
    figure: "2",
    topic: "rd",
    regions: "none",
    decimals: 2,
    notes: [
      {
        en: "The paper's 2021 figure, 5.71 million person-years, matches 571.6 万人年 here.",
        zh: "论文中2021年的571万人年与此处的571.6万人年一致。",
      },
    ],
    vintage: {
      en: "NBS National Data and the China Statistical Yearbook on Science and Technology",
      zh: "国家统计局国家数据与《中国科技统计年鉴》",
    },
  },
  {
    id: "patents_granted",
    title: { en: "Patents granted", zh: "专利授权数" },
    unit: { en: "items", zh: "件" },
    definition:
      "Patents granted in China, all three kinds (invention, utility model, design), domestic and foreign applicants.",
    figure: "3",
    topic: "patents",
    regions: "none",
    decimals: 0,
    notes: [
      {
        en: "Matches the paper: 182,226 in 2003 (CNIPA annual report 2003), 4,601,457 in 2021 and 4,323,409 in 2022.",
        zh: "与论文一致：2003年182,226件（国家知识产权局2003年年报），2021年4,601,457件，2022年4,323,409件。",
      },
      {
        en: "2004 is missing: the only published figure found is 'over 190,000', a bound, not a value. 2014 is missing: only an approximate sum of the three kinds was found.",
        zh: "缺2004年：找到的唯一公布数为“逾19万件”，是下限而非数值。缺2014年：只找到三种专利的近似合计。",
      },
    ],
    vintage: { en: "CNIPA (SIPO) annual reports and NBS National Data", zh: "国家知识产权局年报与国家统计局国家数据" },
  },
  {
    id: "patent_applications",
    title: { en: "Patent applications", zh: "专利申请数" },
    unit: { en: "items", zh: "件" },
    definition: "Patent applications, all three kinds, domestic and foreign.",
    figure: "3",
    topic: "patents",
    regions: "none",
    decimals: 0,
    notes: [
      {
        en: "Before 2017 NBS reports applications accepted (专利申请受理数).",
        zh: "2017年以前国家统计局公布的是专利申请受理数。",
      },
    ],
    vintage: {
      en: "NBS National Data, China Statistical Yearbooks and MOST S&T statistics",
      zh: "国家统计局国家数据、《中国统计年鉴》与科技部科技统计",
    },
  },
  {
    id: "gdp",
    title: { en: "Gross domestic product", zh: "国内生产总值" },
    unit: YUAN_100M,
    definition: "GDP at current prices, latest revised figure for each year (including census revisions).",
    figure: "6",
    topic: "macro",
    regions: "none",
    decimals: 1,
    notes: [],
    vintage: {
      en: "NBS annual GDP data after final verification and census revisions",
      zh: "国家统计局最终核实并经普查修订的年度GDP数据",
    },
  },
  {
    id: "exports_usd",
    title: { en: "Goods exports (US$)", zh: "货物出口总额(美元)" },
    unit: USD_100M,
    definition: "Merchandise exports, customs basis, in US dollars.",
    figure: "4",
    topic: "trade",
    regions: "none",
    decimals: 1,
    notes: [
      {
        en: "2022 is the preliminary customs release (35,936 亿美元, January 2023), kept so that 2022 exports and imports come from one release; customs later revised 2022 exports to 35,444.",
        zh: "2022年为海关初步数（35,936亿美元，2023年1月发布），以使2022年出口与进口出自同一次发布；海关后来将2022年出口修订为35,444亿美元。",
      },
    ],
    vintage: CUSTOMS,
  },
  {
    id: "imports_usd",
    title: { en: "Goods imports (US$)", zh: "货物进口总额(美元)" },
    unit: USD_100M,
    definition: "Merchandise imports, customs basis, in US dollars.",
    figure: "4",
    topic: "trade",
    regions: "none",
    decimals: 1,
    notes: [
      {
        en: "2022 is the preliminary customs release (27,160 亿美元); no revised figure was found.",
        zh: "2022年为海关初步数（27,160亿美元）；未找到修订数。",
      },
    ],
    vintage: CUSTOMS,
  },
  {
    id: "trade_usd",
    title: { en: "Total goods trade (US$)", zh: "货物进出口总额(美元)" },
    unit: USD_100M,
    definition: "Exports plus imports of goods, in US dollars.",
    figure: "4",
    topic: "trade",
    derivation: "exports_usd + imports_usd",
    regions: "none",
    decimals: 1,
    notes: [
      {
        en: "The paper prints 2022 trade as 'US$6,254,411 billion', which is not an official figure; the preliminary customs total is 63,096 亿美元 (what this series gives), and the NBS provincial sum is 62,509.5.",
        zh: "论文将2022年贸易额印为“US$6,254,411 billion”，并非官方数字；海关初步总额为63,096亿美元（本序列所用），国家统计局分省合计为62,509.5亿美元。",
      },
    ],
    vintage: DERIVED,
  },
  {
    id: "exports_cny",
    title: { en: "Goods exports (yuan)", zh: "货物出口总额(人民币)" },
    unit: YUAN_100M,
    definition: "Merchandise exports, customs basis, in yuan.",
    figure: "6",
    topic: "trade",
    regions: "none",
    decimals: 0,
    notes: [
      {
        en: "Most years are the customs annual release rounded to 0.01 trillion yuan (100 亿元).",
        zh: "多数年份为海关年度发布数，精确到0.01万亿元（100亿元）。",
      },
    ],
    vintage: CUSTOMS,
  },
  {
    id: "imports_cny",
    title: { en: "Goods imports (yuan)", zh: "货物进口总额(人民币)" },
    unit: YUAN_100M,
    definition: "Merchandise imports, customs basis, in yuan.",
    figure: "6",
    topic: "trade",
    regions: "none",
    decimals: 0,
    notes: [
      {
        en: "Customs annual releases rounded to 0.01 trillion yuan (100 亿元).",
        zh: "海关年度发布数，精确到0.01万亿元（100亿元）。",
      },
    ],
    vintage: CUSTOMS,
  },
  {
    id: "exchange_rate",
    title: { en: "Exchange rate (annual average)", zh: "人民币汇率(年平均价)" },
    unit: { en: "yuan per US$", zh: "元/美元" },
    definition: "Average exchange rate of the yuan against the US dollar over the year.",
    figure: "6",
    topic: "macro",
    regions: "none",
    decimals: 4,
    notes: [
      {
        en: "Years sourced from the US Federal Reserve H.10 (FRED) annual average are not the NBS/PBOC central-parity average; expect differences in the third decimal. Each value names its source.",
        zh: "取自美联储H.10（FRED）年平均的年份并非国家统计局/人民银行中间价年平均，第三位小数可能不同。每个数值都注明来源。",
      },
    ],
    vintage: {
      en: "NBS annual averages where found; US Federal Reserve H.10 (FRED) annual averages otherwise",
      zh: "能找到的年份用国家统计局年平均值，其余用美联储 H.10（FRED）年平均值",
    },
  },
  {
    id: "hightech_exports_usd",
    title: { en: "High-tech product exports", zh: "高技术产品出口额" },
    unit: USD_100M,
    definition: "Exports of high- and new-technology products (customs catalogue), in US dollars.",
    figure: "5",
    topic: "hightech",
    regions: "none",
    decimals: 0,
    notes: [],
    vintage: {
      en: "NBS National Data and China Statistical Yearbooks (customs statistics)",
      zh: "国家统计局国家数据与《中国统计年鉴》（海关统计）",
    },
  },
  {
    id: "hightech_imports_usd",
    title: { en: "High-tech product imports", zh: "高技术产品进口额" },
    unit: USD_100M,
    definition: "Imports of high- and new-technology products (customs catalogue), in US dollars.",
    figure: "5",
    topic: "hightech",
    regions: "none",
    decimals: 0,
    notes: [],
    vintage: {
      en: "NBS National Data and China Statistical Yearbooks (customs statistics)",
      zh: "国家统计局国家数据与《中国统计年鉴》（海关统计）",
    },
  },
  {
    id: "hightech_export_share",
    title: { en: "High-tech share of exports", zh: "高技术产品出口占出口总额比重" },
    unit: PERCENT,
    definition: "High-tech product exports as a percentage of all goods exports.",
    figure: "5",
    topic: "hightech",
    derivation: "hightech_exports_usd / exports_usd × 100",
    regions: "none",
    decimals: 2,
    notes: [],
    vintage: DERIVED,
  },
  {
    id: "hightech_import_share",
    title: { en: "High-tech share of imports", zh: "高技术产品进口占进口总额比重" },
    unit: PERCENT,
    definition: "High-tech product imports as a percentage of all goods imports.",
    figure: "5",
    topic: "hightech",
    derivation: "hightech_imports_usd / imports_usd × 100",
    regions: "none",
    decimals: 2,
    notes: [],
    vintage: DERIVED,
  },
  {
    id: "dependence_total",
    title: { en: "Trade dependence (total trade / GDP)", zh: "外贸依存度" },
    unit: PERCENT,
    definition: "Exports plus imports of goods as a percentage of GDP, both in yuan.",
    figure: "6",
    topic: "dependence",
    derivation:
      "(exports_cny + imports_cny) / gdp × 100; before the yuan figures exist, (exports_usd + imports_usd) × exchange_rate / gdp × 100",
    regions: "none",
    decimals: 2,
    notes: [],
    vintage: DERIVED,
  },
  {
    id: "dependence_export",
    title: { en: "Export dependence (exports / GDP)", zh: "出口依存度" },
    unit: PERCENT,
    definition: "Goods exports as a percentage of GDP, both in yuan.",
    figure: "6",
    topic: "dependence",
    derivation: "exports_cny / gdp × 100; before the yuan figures exist, exports_usd × exchange_rate / gdp × 100",
    regions: "none",
    decimals: 2,
    notes: [],
    vintage: DERIVED,
  },
  {
    id: "dependence_import",
    title: { en: "Import dependence (imports / GDP)", zh: "进口依存度" },
    unit: PERCENT,
    definition: "Goods imports as a percentage of GDP, both in yuan.",
    figure: "6",
    topic: "dependence",
    derivation: "imports_cny / gdp × 100; before the yuan figures exist, imports_usd × exchange_rate / gdp × 100",
    regions: "none",
    decimals: 2,
    notes: [],
    vintage: DERIVED,
  },
  {
    id: "basic_research_share",
    title: { en: "Basic research share of R&D expenditure", zh: "基础研究经费占R&D经费比重" },
    unit: PERCENT,
    definition:
      "Basic research as a percentage of gross domestic R&D expenditure. China: computed from NBS figures; other countries: published OECD/NSF or national figures.",
    figure: "3.2",
    topic: "rd",
    derivation:
      "China: rd_basic / rd_expenditure × 100; other countries: published shares (data/basic_research_shares.csv)",
    regions: "countries",
    decimals: 2,
    notes: [
      {
        en: "The paper quotes 6.3% for 2022 (the preliminary 6.32% of January 2023); the final communique (September 2023) gives 6.57%, which is what rd_basic / rd_expenditure gives here.",
        zh: "论文引用2022年为6.3%（2023年1月初步数6.32%）；最终公报（2023年9月）为6.57%，即此处 rd_basic / rd_expenditure 的结果。",
      },
      {
        en: "The paper's 'US and UK about 15%, France and Italy about 20%' compares with US 15.4 (2019), UK 18.3 (2018), France 22.7 (2018), Italy 22.2 (2017).",
        zh: "论文称“美英约15%，法意约20%”，对照数据：美国15.4（2019）、英国18.3（2018）、法国22.7（2018）、意大利22.2（2017）。",
      },
      {
        en: "Germany does not report R&D by type of activity to the OECD: its share is not available.",
        zh: "德国不向经合组织报告按活动类型分的R&D，其比重无法获得。",
      },
    ],
    vintage: {
      en: "NBS (China); NSF Science & Engineering Indicators from OECD MSTI, and ISTAT (Italy 2016-2017), for other countries",
      zh: "国家统计局（中国）；其他国家取自美国国家科学基金会《科学与工程指标》（源自经合组织 MSTI），意大利2016—2017年取自意大利国家统计局",
    },
  },
  {
    id: "provincial_trade_usd",
    title: {
      en: "Goods trade by province (by domestic destination and source of goods)",
      zh: "各地区货物进出口总额(按境内目的地和货源地分)",
    },
    unit: USD_100M,
    definition:
      "Exports plus imports of goods of each of the 31 provincial regions, attributed by the domestic destination of imports and source of exports (the paper's figure 7). Exports and imports are not split in the source.",
    figure: "7",
    topic: "provinces",
    regions: "provinces",
    decimals: 1,
    notes: [
      {
        en: "NBS publishes a second definition, by location of importers and exporters (data/provinces.csv); INNO never mixes the two.",
        zh: "国家统计局还按经营单位所在地公布另一口径（data/provinces.csv）；INNO 从不混用两种口径。",
      },
      {
        en: "Raw NBS values are in US$1,000 and are divided by 100,000 to give 亿美元. Years before 2016 were not found.",
        zh: "国家统计局原始数值以千美元计，除以100,000得到亿美元。未找到2016年以前的数据。",
      },
    ],
    vintage: {
      en: "NBS National Data, provincial annual data (分省年度数据), indicator A060201",
      zh: "国家统计局国家数据，分省年度数据，指标 A060201",
    },
  },
];
