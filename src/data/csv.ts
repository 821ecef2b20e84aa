/**
 * A CSV record with the 1-based line number it starts on, so validation errors can point at the file.
 */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/** A CSV file that cannot be read as a table, with the file and line where reading stopped. */
export class CsvFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "CsvFormatError";
  }
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) into records keyed by the header.
 * Every record must have exactly as many fields as the header: a short or long row is a data error, not a gap.
 *
 * @example parseCsv("a,b\n1,\"x,y\"\n", "t.csv") // [{ line: 2, fields: { a: "1", b: "x,y" } }]
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== "") throw new CsvFormatError(file, line, "a quote inside an unquoted field");
      quoted = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowStart, cells });
      cells = [];
      cell = "";
      line++;
      rowStart = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvFormatError(file, rowStart, "a quoted field is never closed");
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowStart, cells });
  }
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const header = nonEmpty.shift();
  if (!header) throw new CsvFormatError(file, 1, "the file has no header row");
  return nonEmpty.map((r) => {
    if (r.cells.length !== header.cells.length) {
      throw new CsvFormatError(file, r.line, `expected ${header.cells.length} fields, found ${r.cells.length}`);
    }
    const fields: Record<string, string> = {};
    header.cells.forEach((name, k) => {
      fields[name] = r.cells[k] ?? "";
    });
    return { line: r.line, fields };
  });
}
