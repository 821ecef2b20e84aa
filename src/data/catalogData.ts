/**
 * The shape of the compact catalog data generated from `data/*.csv` at build time
 * (`npm run catalog` → `src/data/generated/catalogData.json`). Only what the product shows is kept: values,
 * a pointer into a shared source table for every value, and whether the source rounded it.
 */

/** One year's value: [year, value, index into `sources`, 1 when the source rounded the figure]. */
export type Observation = readonly [year: number, value: number, source: number, rounded: 0 | 1];

/** A cited source: a URL or `github:owner/repo@commit:path` reference, and what it is. */
export interface SourceRef {
  readonly ref: string;
  readonly title: string;
}

/** A region of a regional series (a province, a country) with its observations. */
export interface RegionData {
  readonly en: string;
  readonly zh: string;
  readonly observations: readonly Observation[];
  /** Years the source lists as not available, with its reason. */
  readonly unavailable: readonly { year: number; reason: string; source: number }[];
}

export interface CatalogData {
  readonly sources: readonly SourceRef[];
  /** Stored national series by id (the `series` column of data/national.csv). */
  readonly national: Readonly<Record<string, readonly Observation[]>>;
  /** Unit text of each stored national series as written in the CSV. */
  readonly nationalUnits: Readonly<Record<string, string>>;
  /** Provinces' total trade by destination/source of goods (the paper's figure 7 definition). */
  readonly provinces: readonly RegionData[];
  /** Published basic-research shares of other countries (China's share is derived from rd_basic / rd_expenditure). */
  readonly countries: readonly RegionData[];
}
