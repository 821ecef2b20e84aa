import { CsvRecord, parseCsv } from "./csv";
import { CatalogData, Observation, RegionData, SourceRef } from "./catalogData";
import { SERIES_DEFINITIONS, SeriesId } from "./seriesDefinitions";

/**
 * The stored national series: the only ids data/national.csv may use. Everything else is derived (or regional)
 * and computed from these, never stored twice.
 */
export const STORED_NATIONAL_SERIES: readonly SeriesId[] = SERIES_DEFINITIONS.filter(
  (d) => d.derivation === undefined && d.regions === "none",
).map((d) => d.id);

/** The provincial-trade definition the paper's figure 7 uses; the other one in provinces.csv is never mixed in. */
export const PROVINCE_DEFINITION = "destination_source_of_goods";

/** Every problem found in the data files, each naming file and line. */
export class DataValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The data files have ${problems.length} problem(s):\n${problems.join("\n")}`);
    this.name = "DataValidationError";
  }
}

/** The texts of the four data files, by file name. */
export interface DataFiles {
  "national.csv": string;
  "national_alternates.csv": string;
  "provinces.csv": string;
  "basic_research_shares.csv": string;
}

const YEAR_PATTERN = /^(19|20)\d\d$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

class Checker {
  readonly problems: string[] = [];

  constructor(private readonly file: string) {}

  fail(record: CsvRecord, detail: string): void {
    this.problems.push(`${this.file}:${record.line}: ${detail}`);
  }

  requireColumns(records: CsvRecord[], columns: readonly string[]): boolean {
    const first = records[0];
    if (!first) return true;
    const missing = columns.filter((c) => !(c in first.fields));
    if (missing.length > 0) this.problems.push(`${this.file}:1: missing column(s) ${missing.join(", ")}`);
    return missing.length === 0;
  }

  field(record: CsvRecord, name: string): string {
    return (record.fields[name] ?? "").trim();
  }

  year(record: CsvRecord): number | undefined {
    const text = this.field(record, "year");
    if (!YEAR_PATTERN.test(text)) {
      this.fail(record, `year "${text}" is not a four-digit year`);
      return undefined;
    }
    return Number(text);
  }

  number(record: CsvRecord, column: string): number | undefined {
    const text = this.field(record, column);
    if (!NUMBER_PATTERN.test(text)) {
      this.fail(record, `${column} "${text}" is not a number`);
      return undefined;
    }
    return Number(text);
  }

  /** Requires a non-empty source and returns its index in the shared source table. */
  source(record: CsvRecord, table: SourceTable, titleColumn?: string): number | undefined {
    const ref = this.field(record, "source");
    if (ref === "") {
      this.fail(record, "the row has no source: every value must say where it comes from");
      return undefined;
    }
    return table.indexOf(ref, titleColumn ? this.field(record, titleColumn) : "");
  }

  unique(seen: Map<string, number>, key: string, record: CsvRecord, what: string): boolean {
    const previous = seen.get(key);
    if (previous !== undefined) {
      this.fail(record, `duplicate row for ${what} (first at line ${previous})`);
      return false;
    }
    seen.set(key, record.line);
    return true;
  }
}

/** Deduplicated source table shared by every file. */
class SourceTable {
  readonly entries: SourceRef[] = [];
  private readonly index = new Map<string, number>();

  indexOf(ref: string, title: string): number {
    const known = this.index.get(ref);
    if (known !== undefined) {
      const entry = this.entries[known];
      if (entry && entry.title === "" && title !== "") this.entries[known] = { ref, title };
      return known;
    }
    this.entries.push({ ref, title });
    this.index.set(ref, this.entries.length - 1);
    return this.entries.length - 1;
  }
}

function readFile(name: string, text: string, problems: string[]): CsvRecord[] {
  try {
    return parseCsv(text, name);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return [];
  }
}

function isRounded(quality: string): 0 | 1 {
  return quality === "rounded" ? 1 : 0;
}

function checkNational(text: string, sources: SourceTable, problems: string[]) {
  const c = new Checker("data/national.csv");
  const records = readFile("data/national.csv", text, problems);
  const national: Record<string, Observation[]> = {};
  const units: Record<string, string> = {};
  const seen = new Map<string, number>();
  const known = new Set<string>(STORED_NATIONAL_SERIES);
  if (c.requireColumns(records, ["series", "year", "value", "unit", "quality", "source", "source_title"])) {
    for (const r of records) {
      const series = c.field(r, "series");
      if (!known.has(series)) {
        c.fail(r, `unknown series "${series}"`);
        continue;
      }
      const year = c.year(r);
      const value = c.number(r, "value");
      const quality = c.field(r, "quality");
      if (quality !== "exact" && quality !== "rounded") c.fail(r, `quality "${quality}" is neither exact nor rounded`);
      const unit = c.field(r, "unit");
      const firstUnit = units[series];
      if (firstUnit === undefined) units[series] = unit;
      else if (firstUnit !== unit) c.fail(r, `unit "${unit}" differs from the series' unit "${firstUnit}"`);
      const source = c.source(r, sources, "source_title");
      if (year === undefined || value === undefined || source === undefined) continue;
      if (!c.unique(seen, `${series}/${year}`, r, `${series} ${year}`)) continue;
      (national[series] ??= []).push([year, value, source, isRounded(quality)]);
    }
  }
  problems.push(...c.problems);
  for (const list of Object.values(national)) list.sort((a, b) => a[0] - b[0]);
  return { national, units };
}

function checkAlternates(text: string, sources: SourceTable, problems: string[]): void {
  const c = new Checker("data/national_alternates.csv");
  const records = readFile("data/national_alternates.csv", text, problems);
  if (c.requireColumns(records, ["series", "year", "value", "source", "note"])) {
    for (const r of records) {
      c.year(r);
      c.source(r, sources);
    }
  }
  problems.push(...c.problems);
}

function checkProvinces(text: string, sources: SourceTable, problems: string[]): RegionData[] {
  const c = new Checker("data/provinces.csv");
  const records = readFile("data/provinces.csv", text, problems);
  const byProvince = new Map<string, { zh: string; observations: Observation[] }>();
  const seen = new Map<string, number>();
  const columns = ["province_en", "province_zh", "year", "definition", "total_trade_usd_100m", "source"];
  if (c.requireColumns(records, columns)) {
    for (const r of records) {
      const en = c.field(r, "province_en");
      const zh = c.field(r, "province_zh");
      const definition = c.field(r, "definition");
      const year = c.year(r);
      const value = c.number(r, "total_trade_usd_100m");
      const source = c.source(r, sources);
      if (en === "" || zh === "") c.fail(r, "the province needs both its English and Chinese name");
      if (year === undefined || value === undefined || source === undefined) continue;
      if (!c.unique(seen, `${en}/${year}/${definition}`, r, `${en} ${year} (${definition})`)) continue;
      if (definition !== PROVINCE_DEFINITION) continue;
      const entry = byProvince.get(en) ?? { zh, observations: [] };
      entry.observations.push([year, value, source, 0]);
      byProvince.set(en, entry);
    }
  }
  problems.push(...c.problems);
  return [...byProvince.entries()].map(([en, { zh, observations }]) => ({
    en,
    zh,
    observations: observations.sort((a, b) => a[0] - b[0]),
    unavailable: [],
  }));
}

/** Chinese names of the countries in basic_research_shares.csv (the file gives English names only). */
const COUNTRY_ZH: Readonly<Record<string, string>> = {
  China: "中国",
  France: "法国",
  Germany: "德国",
  Italy: "意大利",
  Japan: "日本",
  "South Korea": "韩国",
  "United Kingdom": "英国",
  "United States": "美国",
};

function checkCountries(text: string, sources: SourceTable, problems: string[]): RegionData[] {
  const c = new Checker("data/basic_research_shares.csv");
  const records = readFile("data/basic_research_shares.csv", text, problems);
  const byCountry = new Map<
    string,
    { observations: Observation[]; unavailable: RegionData["unavailable"][number][] }
  >();
  const seen = new Map<string, number>();
  if (c.requireColumns(records, ["country", "year", "basic_research_share_pct", "source", "note"])) {
    for (const r of records) {
      const country = c.field(r, "country");
      if (!(country in COUNTRY_ZH)) c.fail(r, `country "${country}" has no Chinese name in INNO's list`);
      const year = c.year(r);
      const source = c.source(r, sources);
      const blank = c.field(r, "basic_research_share_pct") === "";
      const value = blank ? undefined : c.number(r, "basic_research_share_pct");
      if (year === undefined || source === undefined) continue;
      if (!c.unique(seen, `${country}/${year}`, r, `${country} ${year}`)) continue;
      const entry = byCountry.get(country) ?? { observations: [], unavailable: [] };
      if (blank) {
        const note = c.field(r, "note");
        if (!/NOT AVAILABLE/i.test(note)) c.fail(r, "a blank share must say NOT AVAILABLE in its note");
        entry.unavailable.push({ year, reason: note.split(/[.:(]/)[0]?.trim() ?? note, source });
      } else if (value !== undefined) {
        entry.observations.push([year, value, source, 0]);
      }
      byCountry.set(country, entry);
    }
  }
  problems.push(...c.problems);
  // China's share is derived from rd_basic / rd_expenditure; its published rows serve only as a cross-check.
  return [...byCountry.entries()]
    .filter(([country]) => country !== "China")
    .map(([en, entry]) => ({
      en,
      zh: COUNTRY_ZH[en] ?? en,
      observations: entry.observations.sort((a, b) => a[0] - b[0]),
      unavailable: entry.unavailable,
    }));
}

/**
 * Validates the four data files and turns them into the compact catalog data. Every problem is collected
 * (file and line each) before failing, so one run shows them all.
 */
export function buildCatalogData(files: DataFiles): CatalogData {
  const problems: string[] = [];
  const sources = new SourceTable();
  const { national, units } = checkNational(files["national.csv"], sources, problems);
  checkAlternates(files["national_alternates.csv"], sources, problems);
  const provinces = checkProvinces(files["provinces.csv"], sources, problems);
  const countries = checkCountries(files["basic_research_shares.csv"], sources, problems);
  for (const id of STORED_NATIONAL_SERIES) {
    if (!national[id]?.length) problems.push(`data/national.csv: no rows for the series ${id}`);
  }
  if (problems.length > 0) throw new DataValidationError(problems);
  return { sources: sources.entries, national, nationalUnits: units, provinces, countries };
}
