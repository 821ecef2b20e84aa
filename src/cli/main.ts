import { allSeries, CatalogEntry } from "../data/catalog";
import { seriesRecords, SeriesRecord } from "../core/seriesRecords";
import { seriesInfo } from "../core/seriesInfo";
import { seriesTable } from "../core/seriesTable";
import { DomainError } from "../core/errors";
import { requireSeries } from "../core/seriesWindow";
import { evaluateFormula } from "../functions/evaluateFormula";
import { FormulaSyntaxError, parseFormula } from "../functions/formulaParser";
import { writePaperXlsx } from "./writeXlsx";

/** Where the CLI writes: injected so tests can run it in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, content: string): void;
}

const USAGE = `inno: the datasets and functions of INNO outside Excel.

  inno list                                   series ids, titles, units and years
  inno show <id> [--region R]                 a series' metadata and values
  inno export <id|all> --format csv|json [--out FILE]
                                              values with units and a source for each
  inno eval '<formula>'                       evaluate an INNO formula, print JSON
                                              e.g. inno eval '=INNO.SERIES("rd_expenditure",2003,2022)'
  inno workbook --out FILE.xlsx [--lang zh]   the paper as a workbook: contents, figures, analysis, sources

Exit codes: 0 done (an Excel error is a result), 1 bad command, 2 formula that cannot be parsed.`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function table(rows: readonly (readonly unknown[])[]): string {
  const text = rows.map((r) => r.map((c) => (c === "" ? "" : String(c))));
  const widths = text[0]?.map((_, k) => Math.max(...text.map((r) => (r[k] ?? "").length))) ?? [];
  return text
    .map((r) =>
      r
        .map((c, k) => c.padEnd(widths[k] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const RECORD_COLUMNS: readonly (keyof SeriesRecord)[] = [
  "series",
  "region",
  "region_zh",
  "year",
  "value",
  "unit",
  "source",
];

function exportText(entries: readonly CatalogEntry[], format: string): string {
  const records = entries.flatMap(seriesRecords);
  if (format === "json") return JSON.stringify(records, null, 2) + "\n";
  return (
    [RECORD_COLUMNS.join(","), ...records.map((r) => RECORD_COLUMNS.map((c) => csvField(r[c])).join(","))].join("\n") +
    "\n"
  );
}

function commandList(io: CliIo): number {
  const rows = allSeries().map((e) => [
    e.def.id,
    e.def.title.en,
    e.def.unit.en,
    `${e.firstYear}-${e.lastYear}`,
    e.def.figure,
  ]);
  io.out(table([["id", "title", "unit", "years", "figure"], ...rows]));
  return 0;
}

function commandShow(args: string[], io: CliIo): number {
  const id = args[0];
  if (!id) return usageError(io, "show needs a series id");
  const info = seriesInfo(id) as unknown[][];
  io.out(info.map(([field, value]) => `${String(field).padEnd(11)} ${String(value)}`).join("\n"));
  io.out("");
  io.out(table(seriesTable(id, null, null, null, option(args, "--region") ?? null, "table") as unknown[][]));
  return 0;
}

function commandExport(args: string[], io: CliIo): number {
  const target = args[0];
  const format = option(args, "--format") ?? "csv";
  if (!target) return usageError(io, "export needs a series id or all");
  if (format !== "csv" && format !== "json") return usageError(io, `--format must be csv or json, not ${format}`);
  const entries = target === "all" ? allSeries() : [requireSeries(target)];
  const text = exportText(entries, format);
  const out = option(args, "--out");
  if (out) {
    io.writeFile(out, text);
    io.err(`wrote ${out}`);
  } else io.out(text.trimEnd());
  return 0;
}

function commandEval(args: string[], io: CliIo): number {
  const formula = args.join(" ");
  if (formula.trim() === "") return usageError(io, "eval needs a formula, e.g. '=INNO.LIST()'");
  try {
    io.out(JSON.stringify(evaluateFormula(parseFormula(formula))));
    return 0;
  } catch (error) {
    if (error instanceof FormulaSyntaxError) {
      const where =
        error.column > formula.length
          ? `${error.message.replace(/^column (\d+)/, "column $1 (the end)")}`
          : error.message;
      io.err(`inno eval: cannot parse the formula at ${where}\n  ${formula}\n  ${" ".repeat(error.column - 1)}^`);
      return 2;
    }
    throw error;
  }
}

async function commandWorkbook(args: string[], io: CliIo): Promise<number> {
  const out = option(args, "--out");
  if (!out) return usageError(io, "workbook needs --out FILE.xlsx");
  const lang = option(args, "--lang") ?? "en";
  if (lang !== "en" && lang !== "zh") return usageError(io, `--lang must be en or zh, not ${lang}`);
  const sheets = await writePaperXlsx(out, lang);
  io.err(`wrote ${out}: ${sheets.join(", ")}`);
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.err(`inno: ${message}\n\n${USAGE}`);
  return 1;
}

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "list":
        return commandList(io);
      case "show":
        return commandShow(args, io);
      case "export":
        return commandExport(args, io);
      case "eval":
        return commandEval(args, io);
      case "workbook":
        return commandWorkbook(args, io);
      case undefined:
      case "help":
      case "--help":
        io.out(USAGE);
        return 0;
      default:
        return usageError(io, `unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof DomainError) {
      io.err(`inno: ${error.excelCode} ${error.message}`);
      return 1;
    }
    throw error;
  }
}
