import { Lang } from "../data/seriesDefinitions";
import { optionalInteger, optionWord, optionalText, requiredText } from "./arguments";
import { Cell } from "./errors";
import { seriesWindow } from "./seriesWindow";
import { TRANSFORMS, transformedUnit } from "./transforms";

/** How INNO.SERIES lays out its spill. */
export const LAYOUTS = ["table", "noheader", "values"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A missing value shows as a blank cell: Excel shows `null` in a spill as 0, which would be a false figure. */
export function toCell(value: number): Cell {
  return Number.isNaN(value) ? "" : value;
}

/**
 * INNO.SERIES: a series as a spill. One region: a header row (Year, "<title> (<unit>)") then Year and Value
 * columns; all regions: a header row (Province/Country, years...) then one row per region.
 * Arguments are raw Excel values; bad ones raise a DomainError (the adapter turns it into an Excel error).
 */
export function seriesTable(
  series: unknown,
  startYear?: unknown,
  endYear?: unknown,
  transform?: unknown,
  region?: unknown,
  layout?: unknown,
  lang: Lang = "en",
): Cell[][] {
  const transformWord = optionWord(transform, "transform", TRANSFORMS, "level");
  const shape = optionWord(layout, "layout", LAYOUTS, "table");
  const window = seriesWindow({
    id: requiredText(series, "series"),
    startYear: optionalInteger(startYear, "start_year"),
    endYear: optionalInteger(endYear, "end_year"),
    transform: transformWord,
    region: optionalText(region, "region"),
  });
  const { entry, startYear: start, endYear: end, rows } = window;
  const unit = transformedUnit(entry.def.unit[lang], transformWord, String(start));
  const years: number[] = [];
  for (let y = start; y <= end; y++) years.push(y);

  if (window.allRegions) {
    const regionLabel =
      entry.def.regions === "provinces" ? (lang === "zh" ? "地区" : "Province") : lang === "zh" ? "国家" : "Country";
    const body = rows.map((row, k) => {
      const values = Array.from(row, toCell);
      if (shape === "values") return values;
      const region = window.regions[k];
      return [(lang === "zh" ? region?.zh : region?.en) ?? "", ...values];
    });
    return shape === "table" ? [[`${regionLabel} (${unit})`, ...years], ...body] : body;
  }
  const values = rows[0] ?? new Float64Array(0);
  if (shape === "values") return Array.from(values, (v) => [toCell(v)]);
  const body: Cell[][] = years.map((year, i) => [year, toCell(values[i] as number)]);
  const regionName =
    window.regions[0] && entry.regions.length > 1
      ? `, ${lang === "zh" ? window.regions[0].zh : window.regions[0].en}`
      : "";
  return shape === "table"
    ? [[lang === "zh" ? "年份" : "Year", `${entry.def.title[lang]}${regionName} (${unit})`], ...body]
    : body;
}
