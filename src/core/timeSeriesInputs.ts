import { describe, isOmitted } from "./arguments";
import { DomainError } from "./errors";
import { rangeValues } from "./pairedValues";
import { seriesWindow } from "./seriesWindow";
import { applyTransform } from "./transforms";

/** The transforms the econometric functions apply to every input first. */
export const ECON_TRANSFORMS = ["level", "yoy", "diff", "log", "dlog"] as const;
export type EconTransform = (typeof ECON_TRANSFORMS)[number];

/** One input variable on the common time axis: position i is year firstYear + i (series) or row i + 1 (ranges). */
export interface TimeColumn {
  /** The series id, or the argument's name with a number for ranges (x1, x2…). */
  readonly name: string;
  /** NaN marks a missing value. */
  readonly values: Float64Array;
}

/** The inputs of one call on a common time axis. */
export interface AlignedInputs {
  readonly kind: "series" | "range";
  /** For series: the year of position 0. */
  readonly firstYear: number;
  /** One entry per argument, each with one or more columns (a regression's x may have several). */
  readonly groups: readonly (readonly TimeColumn[])[];
  /** Names position i for messages and notes: "2009" or "row 9". */
  label(position: number): string;
}

type Parsed = { kind: "series"; ids: string[] } | { kind: "range"; range: readonly (readonly unknown[])[] };

/** An argument as series ids (one id, or an array of ids such as {"rd_expenditure","gdp"}) or a range. */
function parseArgument(value: unknown, name: string): Parsed {
  if (typeof value === "string" && value.trim() !== "") return { kind: "series", ids: [value.trim()] };
  if (Array.isArray(value) && value.length > 0 && value.every(Array.isArray)) {
    const cells = (value as unknown[][]).flat();
    if (cells.length > 0 && cells.every((c) => typeof c === "string" && c.trim() !== "")) {
      return { kind: "series", ids: cells.map((c) => (c as string).trim()) };
    }
    return { kind: "range", range: value as unknown[][] };
  }
  throw new DomainError(
    "wrong-type",
    `${name} must be a series id such as "rd_expenditure" or a range of numbers; got ${describe(value)}.`,
  );
}

function seriesColumns(ids: readonly string[], name: string, transform: EconTransform) {
  return ids.map((id) => {
    const window = seriesWindow({ id, transform });
    if (window.allRegions) {
      throw new DomainError(
        "wrong-type",
        `${name}: ${window.entry.def.id} has one series per region; pass one region as a range, e.g. INNO.SERIES("${window.entry.def.id}",,,,"Guangdong","values").`,
      );
    }
    return { id: window.entry.def.id, first: window.startYear, values: window.rows[0] as Float64Array };
  });
}

/** The columns of a range: one per column of a multi-column range, or one for a single row or column. */
function rangeColumns(range: readonly (readonly unknown[])[], name: string, multiColumn: boolean): Float64Array[] {
  const flat = rangeValues(range, name);
  const rows = range.length;
  const width = flat.length / rows;
  if (width === 1 || rows === 1) return [flat];
  if (!multiColumn) {
    throw new DomainError(
      "shape-mismatch",
      `${name} must be one row or one column; it has ${rows} rows and ${width} columns.`,
    );
  }
  return Array.from({ length: width }, (_, j) =>
    Float64Array.from({ length: rows }, (_, i) => flat[i * width + j] as number),
  );
}

/** What reading the inputs needs: the arguments in order, each with its name and whether it may hold several columns. */
export interface InputRequest {
  readonly value: unknown;
  readonly name: string;
  readonly multiColumn?: boolean;
}

/**
 * Reads the inputs of REGRESS, GRANGER, UNITROOT and COINT onto one time axis. Series ids are aligned by year and cut
 * to start..end (so ids and the same years passed as ranges give the same result); ranges are read by position,
 * blanks missing, text or logicals #VALUE! naming the cell. The transform is applied to each input first, on its
 * whole history, so the first year's change uses the year before it when the data has it. Ids and ranges cannot be
 * mixed in one call: ranges carry no years to align them by.
 */
export function readTimeInputs(
  requests: readonly InputRequest[],
  transform: EconTransform,
  start?: number,
  end?: number,
): AlignedInputs {
  for (const { value, name } of requests) {
    if (isOmitted(value)) throw new DomainError("wrong-type", `${name} is required: a series id or a range.`);
  }
  const parsed = requests.map((r) => parseArgument(r.value, r.name));
  if (parsed.every((p) => p.kind === "series")) {
    const columnsByArgument = parsed.map((p, i) =>
      seriesColumns((p as { ids: string[] }).ids, requests[i]?.name ?? "", transform),
    );
    const all = columnsByArgument.flat();
    const withData = all.map((c) => ({ ...c, last: c.first + c.values.length - 1 }));
    const first = Math.min(...withData.map((c) => c.first));
    const last = Math.max(...withData.map((c) => c.last));
    const from = start ?? first;
    const to = end ?? last;
    for (const [word, year] of [
      ["start_year", from],
      ["end_year", to],
    ] as const) {
      if (year < first || year > last) {
        const spans = withData.map((c) => `${c.id} ${c.first}-${c.last}`).join(", ");
        throw new DomainError("year-out-of-range", `The inputs have data for ${spans}; ${word} ${year} is outside.`);
      }
    }
    if (from > to) throw new DomainError("bad-year-order", `start_year ${from} is after end_year ${to}.`);
    const cut = (c: { first: number; values: Float64Array }) =>
      Float64Array.from({ length: to - from + 1 }, (_, i) => {
        const j = from + i - c.first;
        return j >= 0 && j < c.values.length ? (c.values[j] as number) : Number.NaN;
      });
    return {
      kind: "series",
      firstYear: from,
      groups: columnsByArgument.map((columns) => columns.map((c) => ({ name: c.id, values: cut(c) }))),
      label: (i) => String(from + i),
    };
  }
  if (parsed.some((p) => p.kind === "series")) {
    throw new DomainError(
      "wrong-type",
      "Give all inputs as series ids or all as ranges, not a mix: ranges carry no years.",
    );
  }
  if (start !== undefined || end !== undefined) {
    throw new DomainError(
      "wrong-type",
      "start_year and end_year apply to series ids; select the years of a range instead.",
    );
  }
  const groups = parsed.map((p, i) => {
    const request = requests[i] as InputRequest;
    const columns = rangeColumns(
      (p as { range: readonly (readonly unknown[])[] }).range,
      request.name,
      request.multiColumn ?? false,
    );
    return columns.map((values, j) => ({
      name: columns.length > 1 || request.multiColumn ? `${request.name}${j + 1}` : request.name,
      values: applyTransform(values, transform, (row) => `${request.name} row ${row + 1}`),
    }));
  });
  const length = groups[0]?.[0]?.values.length ?? 0;
  for (const [i, group] of groups.entries()) {
    const n = group[0]?.values.length ?? 0;
    if (n !== length) {
      throw new DomainError(
        "length-mismatch",
        `${requests[0]?.name} has ${length} rows and ${requests[i]?.name} has ${n}; they must have the same number.`,
      );
    }
  }
  return { kind: "range", firstYear: Number.NaN, groups, label: (i) => `row ${i + 1}` };
}

/** A regressor or regressand: a column and how many periods it is lagged. */
export interface LaggedTerm {
  readonly values: Float64Array;
  readonly lag: number;
}

/**
 * Rows built by time: row t holds each term's value at t − lag (never "the previous row present"), and any row with
 * a missing value is dropped (listwise). Returns the rows and the positions t they belong to.
 */
export function laggedRows(terms: readonly LaggedTerm[]): { rows: number[][]; positions: number[] } {
  const length = terms[0]?.values.length ?? 0;
  const rows: number[][] = [];
  const positions: number[] = [];
  for (let t = 0; t < length; t++) {
    const row = terms.map(({ values, lag }) => (t - lag >= 0 ? (values[t - lag] as number) : Number.NaN));
    if (row.every((v) => v === v)) {
      rows.push(row);
      positions.push(t);
    }
  }
  return { rows, positions };
}

/**
 * The positions where every column has a value, which must be one unbroken span (a unit-root or cointegration test
 * reads consecutive periods). Leading and trailing gaps are trimmed; a gap inside is #N/A naming it and suggesting
 * the years on either side.
 */
export function contiguousSpan(inputs: AlignedInputs, columns: readonly TimeColumn[]): { from: number; to: number } {
  const length = columns[0]?.values.length ?? 0;
  const complete = (t: number) => columns.every((c) => (c.values[t] as number) === (c.values[t] as number));
  let from = 0;
  while (from < length && !complete(from)) from++;
  let to = length - 1;
  while (to >= from && !complete(to)) to--;
  for (let t = from; t <= to; t++) {
    if (complete(t)) continue;
    const missing = columns.filter((c) => !((c.values[t] as number) === (c.values[t] as number))).map((c) => c.name);
    let resume = t;
    while (resume <= to && !complete(resume)) resume++;
    const advice =
      inputs.kind === "series"
        ? `use start_year ${inputs.label(resume)} or end_year ${inputs.label(t - 1)}`
        : `select the rows after ${inputs.label(resume - 1)} or before ${inputs.label(t)}`;
    throw new DomainError(
      "no-data",
      `${missing.join(" and ")} has no value for ${inputs.label(t)}, inside the span: the test needs consecutive periods; ${advice}.`,
    );
  }
  return { from, to };
}
