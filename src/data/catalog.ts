import rawData from "./generated/catalogData.json";
import { AnnualSeries, formatYears, fromPairs, lastYear, missingYears, trimmed } from "./annualSeries";
import type { CatalogData, Observation, RegionData, SourceRef } from "./catalogData";
import { Derived, deriveNational } from "./derivedSeries";
import { Bilingual, SERIES_DEFINITIONS, SERIES_IDS, SeriesDefinition, SeriesId } from "./seriesDefinitions";

/** One region of a series (China for national series; a province; a country) with its values. */
export interface RegionEntry {
  readonly en: string;
  readonly zh: string;
  readonly series: AnnualSeries;
  /** The sources of the value in `year` (several for a value INNO computed). */
  readonly sourcesFor: (year: number) => readonly SourceRef[];
}

/** A series of the catalog: its definition, its regions (China alone for national series) and its notes. */
export interface CatalogEntry {
  readonly def: SeriesDefinition;
  readonly regions: readonly RegionEntry[];
  /** Every note a citation needs: the definition's notes, how derived years were computed, and every gap. */
  readonly notes: readonly Bilingual[];
  /** First and last year with a value in any region. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** A one-paragraph account of where the values come from. */
  readonly sourceSummary: string;
}

const data = rawData as unknown as CatalogData;
const CHINA = { en: "China", zh: "中国" } as const;

function toSeries(observations: readonly Observation[]): AnnualSeries {
  return trimmed(fromPairs(observations.map(([year, value]) => [year, value] as const)));
}

function sourceLookup(observations: readonly Observation[]): (year: number) => readonly SourceRef[] {
  const byYear = new Map<number, SourceRef>();
  for (const [year, , source] of observations) {
    const ref = data.sources[source];
    if (ref) byYear.set(year, ref);
  }
  return (year) => {
    const ref = byYear.get(year);
    return ref ? [ref] : [];
  };
}

function gapNote(region: { en: string; zh: string } | null, series: AnnualSeries): Bilingual | null {
  const gaps = missingYears(series);
  if (gaps.length === 0) return null;
  const years = formatYears(gaps);
  return {
    en: `${region ? `${region.en}: ` : ""}no value for ${years} (not published in the sources used; left blank, never estimated).`,
    zh: `${region ? `${region.zh}：` : ""}${years}年无数值（所用来源未公布；留空，绝不估算）。`,
  };
}

function summarizeSources(regions: readonly RegionEntry[]): string {
  const counts = new Map<string, number>();
  for (const region of regions) {
    for (let year = region.series.firstYear; year <= lastYear(region.series); year++) {
      for (const ref of region.sourcesFor(year)) {
        const label = ref.title || ref.ref;
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${label} (${n} value${n === 1 ? "" : "s"})`)
    .join("; ");
}

function regionFromData(region: RegionData): RegionEntry {
  return {
    en: region.en,
    zh: region.zh,
    series: toSeries(region.observations),
    sourcesFor: sourceLookup(region.observations),
  };
}

function buildEntries(): Map<SeriesId, CatalogEntry> {
  const stored = new Map<string, RegionEntry>();
  for (const [id, observations] of Object.entries(data.national)) {
    stored.set(id, { ...CHINA, series: toSeries(observations), sourcesFor: sourceLookup(observations) });
  }
  const storedSeries = (id: SeriesId): AnnualSeries => {
    const entry = stored.get(id);
    if (!entry) throw new Error(`INNO catalog: the stored series ${id} is missing from the generated data`);
    return entry.series;
  };
  const derived = deriveNational(storedSeries);
  const derivedRegion = (d: Derived): RegionEntry => ({
    ...CHINA,
    series: trimmed(d.series),
    sourcesFor: (year) => d.inputsFor(year).flatMap((input) => stored.get(input)?.sourcesFor(year) ?? []),
  });

  const entries = new Map<SeriesId, CatalogEntry>();
  for (const def of SERIES_DEFINITIONS) {
    const d = derived[def.id];
    let regions: RegionEntry[];
    if (def.regions === "provinces") regions = data.provinces.map(regionFromData);
    else {
      const china = d ? derivedRegion(d) : stored.get(def.id);
      if (!china) throw new Error(`INNO catalog: no data for the series ${def.id}`);
      regions = [china];
      if (def.regions === "countries") regions.push(...data.countries.map(regionFromData));
    }
    const notes = [...def.notes, ...(d?.methodNotes ?? [])];
    const showRegion = regions.length > 1;
    for (const region of regions) {
      const note = gapNote(showRegion ? region : null, region.series);
      if (note) notes.push(note);
    }
    if (def.regions === "countries") {
      for (const country of data.countries) {
        for (const u of country.unavailable) {
          notes.push({
            en: `${country.en} ${u.year}: ${u.reason.toLowerCase()} in the source.`,
            zh: `${country.zh} ${u.year}年：来源中无数据。`,
          });
        }
      }
    }
    const withData = regions.filter((r) => r.series.values.length > 0);
    const sourceSummary = d
      ? `Computed by INNO: ${def.derivation ?? def.id}. Inputs: ${summarizeSources(regions)}`
      : summarizeSources(regions);
    entries.set(def.id, {
      def,
      regions,
      notes,
      firstYear: Math.min(...withData.map((r) => r.series.firstYear)),
      lastYear: Math.max(...withData.map((r) => lastYear(r.series))),
      sourceSummary,
    });
  }
  return entries;
}

const ENTRIES = buildEntries();

/** Looks a series up by id, ignoring case and surrounding spaces. */
export function findSeries(id: string): CatalogEntry | undefined {
  return ENTRIES.get(id.trim().toLowerCase() as SeriesId);
}

/** Every series, in catalog order. */
export function allSeries(): readonly CatalogEntry[] {
  return SERIES_IDS.map((id) => ENTRIES.get(id) as CatalogEntry);
}

/** Finds a region by its English or Chinese name (case and spaces ignored). */
export function findRegion(entry: CatalogEntry, name: string): RegionEntry | undefined {
  const key = normalizeName(name);
  return entry.regions.find((r) => normalizeName(r.en) === key || normalizeName(r.zh) === key);
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Every source cited by the catalog. */
export function allSources(): readonly SourceRef[] {
  return data.sources;
}
