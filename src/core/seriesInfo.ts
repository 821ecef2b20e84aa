import { CatalogEntry } from "../data/catalog";
import { formatYears, missingYears } from "../data/annualSeries";
import { optionWord, requiredText } from "./arguments";
import { Cell } from "./errors";
import { requireSeries } from "./seriesWindow";

/** The fields INNO.INFO can return, in the order "all" lists them. */
export const INFO_FIELDS = [
  "id",
  "title",
  "title_zh",
  "unit",
  "unit_zh",
  "definition",
  "figure",
  "years",
  "source",
  "derivation",
  "notes",
  "vintage",
  "citation",
] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

const PAPER = 'Kang, J. & Wang, Y., "Impact of China\'s Import and Export Trade on Innovation"';

/** "2003-2024" or, for a series with regions, the span over all of them. */
export function yearsText(entry: CatalogEntry): string {
  const gaps = entry.regions.length === 1 && entry.regions[0] ? missingYears(entry.regions[0].series) : [];
  const span = `${entry.firstYear}-${entry.lastYear}`;
  return gaps.length > 0 ? `${span} (no value for ${formatYears(gaps)})` : span;
}

/** One field of a series' metadata as text. */
export function infoField(entry: CatalogEntry, field: InfoField): string {
  const def = entry.def;
  switch (field) {
    case "id":
      return def.id;
    case "title":
      return def.title.en;
    case "title_zh":
      return def.title.zh;
    case "unit":
      return def.unit.en;
    case "unit_zh":
      return def.unit.zh;
    case "definition":
      return def.definition;
    case "figure":
      return def.figure === "3.2" ? "Section 3.2" : `Figure ${def.figure}`;
    case "years":
      return yearsText(entry);
    case "source":
      return entry.sourceSummary;
    case "derivation":
      return def.derivation ?? "Stored as published (not derived).";
    case "notes":
      return entry.notes.length > 0 ? entry.notes.map((n) => n.en).join(" ") : "No notes.";
    case "vintage":
      return def.vintage.en;
    case "citation":
      return `${def.title.en} (${def.unit.en}), ${entry.firstYear}-${entry.lastYear}. ${def.vintage.en}. Compiled by INNO (data/ in the INNO repository, a source for every value), for ${infoField(entry, "figure")} of ${PAPER}.`;
  }
}

/**
 * INNO.INFO: one field of a series' metadata, or with no field (or "all") every field as a two-column spill.
 */
export function seriesInfo(series: unknown, field?: unknown): Cell | Cell[][] {
  const entry = requireSeries(requiredText(series, "series"));
  const chosen = optionWord(field, "field", [...INFO_FIELDS, "all"] as const, "all");
  if (chosen !== "all") return infoField(entry, chosen);
  return INFO_FIELDS.map((f) => [f, infoField(entry, f)]);
}
