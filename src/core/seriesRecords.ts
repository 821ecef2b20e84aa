import { lastYear } from "../data/annualSeries";
import { CatalogEntry } from "../data/catalog";

/** One value of the catalog with everything needed to cite it (the long format of `inno export`). */
export interface SeriesRecord {
  readonly series: string;
  readonly region: string;
  readonly region_zh: string;
  readonly year: number;
  /** null where the year has no value: a gap stays a gap. */
  readonly value: number | null;
  readonly unit: string;
  readonly source: string;
}

/** Every year of every region of a series, gaps included (value null), each with its source(s). */
export function seriesRecords(entry: CatalogEntry): SeriesRecord[] {
  const records: SeriesRecord[] = [];
  for (const region of entry.regions) {
    const { series } = region;
    for (let year = series.firstYear; year <= lastYear(series); year++) {
      const value = series.values[year - series.firstYear] as number;
      records.push({
        series: entry.def.id,
        region: region.en,
        region_zh: region.zh,
        year,
        value: Number.isNaN(value) ? null : value,
        unit: entry.def.unit.en,
        source: Number.isNaN(value)
          ? ""
          : region
              .sourcesFor(year)
              .map((s) => s.ref)
              .join(" + "),
      });
    }
  }
  return records;
}
