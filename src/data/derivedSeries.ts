import { AnnualSeries, combine, formatYears, valueAt } from "./annualSeries";
import type { Bilingual, SeriesId } from "./seriesDefinitions";

/** A derived series: its values, which stored series each year was computed from, and how. */
export interface Derived {
  readonly series: AnnualSeries;
  /** The stored series a year's value was computed from (for its citation). */
  readonly inputsFor: (year: number) => readonly SeriesId[];
  /** Notes saying how each stretch of years was computed, when the method changes over time. */
  readonly methodNotes: readonly Bilingual[];
}

type Lookup = (id: SeriesId) => AnnualSeries;

const sum = (a: number, b: number) => a + b;
const percentOf = (part: number, whole: number) => (part / whole) * 100;

function simple(inputs: readonly SeriesId[], lookup: Lookup, f: (...v: number[]) => number): Derived {
  return { series: combine(inputs.map(lookup), f), inputsFor: () => inputs, methodNotes: [] };
}

/**
 * Dependence = trade in yuan / GDP × 100. Customs yuan figures are used where the sources give them; before that
 * the US$ figure is converted with the year's average exchange rate. The note names the years of each method.
 */
function dependence(yuan: readonly SeriesId[], dollars: readonly SeriesId[], lookup: Lookup): Derived {
  const fromYuan = combine([...yuan, "gdp" as const].map(lookup), (...v) => {
    const gdp = v[v.length - 1] as number;
    return (v.slice(0, -1).reduce(sum, 0) / gdp) * 100;
  });
  const fromDollars = combine([...dollars, "exchange_rate" as const, "gdp" as const].map(lookup), (...v) => {
    const gdp = v[v.length - 1] as number;
    const rate = v[v.length - 2] as number;
    return ((v.slice(0, -2).reduce(sum, 0) * rate) / gdp) * 100;
  });
  const first = Math.min(fromYuan.firstYear, fromDollars.firstYear);
  const last =
    Math.max(fromYuan.firstYear + fromYuan.values.length, fromDollars.firstYear + fromDollars.values.length) - 1;
  const values = new Float64Array(Math.max(0, last - first + 1)).fill(Number.NaN);
  const yuanYears: number[] = [];
  const dollarYears: number[] = [];
  for (let year = first; year <= last; year++) {
    const y = valueAt(fromYuan, year);
    const d = valueAt(fromDollars, year);
    if (!Number.isNaN(y)) {
      values[year - first] = y;
      yuanYears.push(year);
    } else if (!Number.isNaN(d)) {
      values[year - first] = d;
      dollarYears.push(year);
    }
  }
  const yuanSet = new Set(yuanYears);
  const methodNotes: Bilingual[] = [];
  if (yuanYears.length > 0) {
    methodNotes.push({
      en: `${formatYears(yuanYears)}: customs trade in yuan (${yuan.join(" + ")}) / gdp × 100.`,
      zh: `${formatYears(yuanYears)}年：海关人民币贸易额（${yuan.join(" + ")}）/ gdp × 100。`,
    });
  }
  if (dollarYears.length > 0) {
    methodNotes.push({
      en: `${formatYears(dollarYears)}: no customs yuan figure in the sources used, so trade in US$ (${dollars.join(" + ")}) × the year's average exchange_rate / gdp × 100.`,
      zh: `${formatYears(dollarYears)}年：所用来源无海关人民币数，故以美元贸易额（${dollars.join(" + ")}）× 当年平均汇率 exchange_rate / gdp × 100。`,
    });
  }
  return {
    series: { firstYear: first, values },
    inputsFor: (year) => (yuanSet.has(year) ? [...yuan, "gdp"] : [...dollars, "exchange_rate", "gdp"]),
    methodNotes,
  };
}

/** Computes the derived national series from the stored ones. */
export function deriveNational(lookup: Lookup): Partial<Record<SeriesId, Derived>> {
  return {
    trade_usd: simple(["exports_usd", "imports_usd"], lookup, sum),
    hightech_export_share: simple(["hightech_exports_usd", "exports_usd"], lookup, percentOf),
    hightech_import_share: simple(["hightech_imports_usd", "imports_usd"], lookup, percentOf),
    dependence_total: dependence(["exports_cny", "imports_cny"], ["exports_usd", "imports_usd"], lookup),
    dependence_export: dependence(["exports_cny"], ["exports_usd"], lookup),
    dependence_import: dependence(["imports_cny"], ["imports_usd"], lookup),
    basic_research_share: simple(["rd_basic", "rd_expenditure"], lookup, percentOf),
  };
}
