import { AnnualSeries, lastYear } from "../data/annualSeries";
import { CatalogEntry, findRegion, findSeries, RegionEntry } from "../data/catalog";
import { SERIES_IDS } from "../data/seriesDefinitions";
import { DomainError } from "./errors";
import { applyTransform, Transform } from "./transforms";

/** A series resolved for display or analysis: which entry and regions, which years, and the values per region. */
export interface SeriesWindow {
  readonly entry: CatalogEntry;
  readonly regions: readonly RegionEntry[];
  readonly allRegions: boolean;
  readonly startYear: number;
  readonly endYear: number;
  /** One row per region, one slot per year from startYear to endYear; NaN = no value. */
  readonly rows: readonly Float64Array[];
}

export interface WindowRequest {
  readonly id: string;
  readonly startYear?: number;
  readonly endYear?: number;
  readonly transform?: Transform;
  readonly region?: string;
}

/** Finds a series or fails with #N/A naming a few ids. */
export function requireSeries(id: string): CatalogEntry {
  const entry = findSeries(id);
  if (!entry) {
    throw new DomainError(
      "unknown-series",
      `Unknown series "${id}". INNO.LIST() lists them all, e.g. ${SERIES_IDS.slice(0, 3).join(", ")}.`,
    );
  }
  return entry;
}

function selectRegions(entry: CatalogEntry, region: string | undefined): { regions: RegionEntry[]; all: boolean } {
  const kind = entry.def.regions;
  const wantsAll = region !== undefined && region.toLowerCase() === "all";
  if (region === undefined || region === "") {
    return kind === "provinces"
      ? { regions: [...entry.regions], all: true }
      : { regions: [entry.regions[0] as RegionEntry], all: false };
  }
  if (wantsAll) return { regions: [...entry.regions], all: entry.regions.length > 1 };
  const found = findRegion(entry, region);
  if (found) return { regions: [found], all: false };
  const examples =
    kind === "provinces"
      ? `one of the 31 provinces, e.g. "Guangdong" or "广东", or "all"`
      : kind === "countries"
        ? `one of ${entry.regions.map((r) => r.en).join(", ")}, or "all"`
        : `nothing (the series is for China)`;
  throw new DomainError("unknown-region", `${entry.def.id} has no region "${region}"; use ${examples}.`);
}

function span(regions: readonly RegionEntry[]): { first: number; last: number } {
  const withData = regions.filter((r) => r.series.values.length > 0);
  if (withData.length === 0) return { first: NaN, last: NaN };
  return {
    first: Math.min(...withData.map((r) => r.series.firstYear)),
    last: Math.max(...withData.map((r) => lastYear(r.series))),
  };
}

/** Values of `series` in years start..end (NaN outside the series). */
function windowOf(series: AnnualSeries, start: number, end: number): Float64Array {
  const out = new Float64Array(end - start + 1).fill(Number.NaN);
  const from = Math.max(start, series.firstYear);
  const to = Math.min(end, lastYear(series));
  if (from <= to) out.set(series.values.subarray(from - series.firstYear, to - series.firstYear + 1), from - start);
  return out;
}

/**
 * Resolves a series request: the series, region(s), year range (checked against the data: #N/A names the years
 * that exist) and transformed values. Changes (yoy, diff) use the year before the start when the data has it;
 * an index takes the first year shown as its base.
 */
export function seriesWindow(request: WindowRequest): SeriesWindow {
  const entry = requireSeries(request.id);
  const { regions, all } = selectRegions(entry, request.region);
  const { first, last } = span(regions);
  const where = regions.length === 1 && entry.regions.length > 1 ? ` for ${regions[0]?.en}` : "";
  if (Number.isNaN(first)) throw new DomainError("no-data", `${entry.def.id} has no values${where}.`);
  const available = `${entry.def.id} has data${where} for ${first}-${last}`;
  const start = request.startYear ?? first;
  const end =
    request.endYear ?? (request.startYear !== undefined && request.startYear > last ? request.startYear : last);
  for (const [name, year] of [
    ["start_year", start],
    ["end_year", end],
  ] as const) {
    if (year < first || year > last)
      throw new DomainError("year-out-of-range", `${available}; ${name} ${year} is outside.`);
  }
  if (start > end) throw new DomainError("bad-year-order", `start_year ${start} is after end_year ${end}.`);
  const transform = request.transform ?? "level";
  const rows = regions.map((region) => {
    const label = (offset: number) => (i: number) => String(offset + i);
    if (transform === "level") return windowOf(region.series, start, end);
    if (transform === "index") return applyTransform(windowOf(region.series, start, end), "index", label(start));
    // Changes need the year before the window, so transform the whole series, then cut the window out.
    const full = applyTransform(region.series.values, transform, label(region.series.firstYear));
    return windowOf({ firstYear: region.series.firstYear, values: full }, start, end);
  });
  return { entry, regions, allRegions: all, startYear: start, endYear: end, rows };
}
