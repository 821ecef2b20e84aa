/**
 * A strict stand-in for the parts of Excel's object model INNO's writers use, plugged into office-addin-mock's
 * context. Strict like Office.js: a property is readable only after `load` and the next `context.sync()`; chart
 * and series arguments are checked; everything written is recorded for the test to assert on. INNO formulas
 * written to it are evaluated by the same functions Excel calls and spill, so round trips can be checked.
 */
import "../../src/functions/installShim";
import { evaluateFormula } from "../../src/functions/evaluateFormula";
import { parseFormula } from "../../src/functions/formulaParser";

export interface CellRecord {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  /** The anchor ("row,col") of the spill this cell shows, if any. */
  spilledFrom?: string;
  /** On an anchor: the size of its spill. */
  spill?: { rows: number; columns: number };
}

export interface ChartRecord {
  type: string;
  sourceAddress: string;
  seriesBy: unknown;
  name: string;
  title: { text: string };
  series: { chartType?: string; axisGroup?: string; xAxisValues?: string }[];
  axes: Record<string, { title: { text: string } }>;
  legend: { visible: boolean; position?: string };
  position?: [string, string];
  altTextTitle?: string;
  altTextDescription?: string;
}

const CHART_TYPES = new Set(["ColumnClustered", "BarClustered", "Line"]);

class Loadable {
  private requested = new Set<string>();
  private available = new Set<string>();
  constructor(protected readonly book: FakeWorkbook) {}
  load(properties: string): this {
    for (const p of properties.split(",")) this.requested.add(p.trim().split("/")[0] as string);
    this.book.pending.add(this);
    return this;
  }
  commitLoads(): void {
    for (const p of this.requested) this.available.add(p);
  }
  protected read<T>(property: string, value: () => T): T {
    if (!this.available.has(property))
      throw new Error(`PropertyNotLoaded: ${property} was read before load() and sync()`);
    return value();
  }
}

function letters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCell(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`unsupported address ${address}`);
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

const key = (r: number, c: number) => `${r},${c}`;
const isEmpty = (c: CellRecord | undefined) => !c || ((c.value === "" || c.value === null) && !c.formula);

export class FakeRange extends Loadable {
  readonly format = {
    font: {} as { bold?: boolean; italic?: boolean },
    autofitColumns: () => undefined,
    columnWidth: 0,
  };
  constructor(
    book: FakeWorkbook,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(book);
  }
  get localAddress(): string {
    const tl = `${letters(this.column)}${this.row + 1}`;
    const br = `${letters(this.column + this.columns - 1)}${this.row + this.rows}`;
    return tl === br ? tl : `${tl}:${br}`;
  }
  get address(): string {
    return this.read("address", () => `${this.sheet.sheetName}!${this.localAddress}`);
  }
  get rowIndex(): number {
    return this.read("rowIndex", () => this.row);
  }
  get columnIndex(): number {
    return this.read("columnIndex", () => this.column);
  }
  get rowCount(): number {
    return this.read("rowCount", () => this.rows);
  }
  get formulas(): unknown[][] {
    // Like Excel: a spill's anchor shows its formula, the cells it spills into show their values.
    return this.read("formulas", () => this.grid((c) => c?.formula ?? c?.value ?? ""));
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid(grid, (r, c, v) => this.sheet.writeFormula(r, c, String(v)));
  }
  get values(): unknown[][] {
    return this.read("values", () => this.grid((c) => c?.value ?? ""));
  }
  set values(grid: unknown[][]) {
    this.writeGrid(grid, (r, c, v) => this.sheet.writeValue(r, c, v));
  }
  set numberFormat(grid: string[][]) {
    this.writeGrid(grid, (r, c, v) => {
      this.sheet.cell(r, c).numberFormat = String(v);
    });
  }
  private grid(f: (c: CellRecord | undefined) => unknown): unknown[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.columns }, (_, j) => f(this.sheet.cells.get(key(this.row + i, this.column + j)))),
    );
  }
  private writeGrid(grid: unknown[][], set: (r: number, c: number, v: unknown) => void): void {
    if (grid.length !== this.rows || grid.some((r) => r.length !== this.columns)) {
      throw new Error(`InvalidArgument: a ${grid.length}×${grid[0]?.length} array written to ${this.localAddress}`);
    }
    grid.forEach((row, i) => row.forEach((v, j) => set(this.row + i, this.column + j, v)));
  }
  clear(applyTo: string): void {
    if (applyTo !== "Contents") throw new Error("INNO clears contents only, never formats");
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.columns; j++) this.sheet.writeValue(this.row + i, this.column + j, "");
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row + r, this.column + c, 1, 1);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row, this.column, this.rows + dr, this.columns + dc);
  }
  getOffsetRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row + dr, this.column + dc, this.rows, this.columns);
  }
  getRow(r: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row + r, this.column, 1, this.columns);
  }
  getSpillingToRangeOrNullObject(): FakeRange & { isNullObject: boolean } {
    const spill = this.sheet.cells.get(key(this.row, this.column))?.spill;
    const range = new FakeRange(this.book, this.sheet, this.row, this.column, spill?.rows ?? 1, spill?.columns ?? 1);
    return Object.assign(range, { isNullObject: !spill });
  }
  select(): void {
    this.book.selection = this;
  }
  get worksheet(): FakeSheet {
    return this.sheet;
  }
}

export class FakeSheet extends Loadable {
  readonly cells = new Map<string, CellRecord>();
  readonly tableRecords: { address: string; hasHeaders: boolean; name: string; style: string }[] = [];
  readonly chartRecords: ChartRecord[] = [];
  activated = false;
  deleted = false;
  constructor(
    book: FakeWorkbook,
    public sheetName: string,
    readonly sheetId: string,
  ) {
    super(book);
  }
  get name(): string {
    return this.read("name", () => this.sheetName);
  }
  set name(value: string) {
    if (this.book.sheets.some((s) => s !== this && s.sheetName.toLowerCase() === value.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${value}`);
    this.sheetName = value;
  }
  get id(): string {
    return this.read("id", () => this.sheetId);
  }
  cell(r: number, c: number): CellRecord {
    const k = key(r, c);
    const existing = this.cells.get(k);
    if (existing) return existing;
    const created: CellRecord = { value: "", formula: null, numberFormat: "General" };
    this.cells.set(k, created);
    return created;
  }
  private unspill(r: number, c: number): void {
    const anchor = this.cells.get(key(r, c));
    if (!anchor?.spill) return;
    for (let i = 0; i < anchor.spill.rows; i++)
      for (let j = 0; j < anchor.spill.columns; j++) {
        if (i === 0 && j === 0) continue;
        const child = this.cells.get(key(r + i, c + j));
        if (child?.spilledFrom === key(r, c)) {
          child.value = "";
          delete child.spilledFrom;
        }
      }
    delete anchor.spill;
  }
  writeValue(r: number, c: number, v: unknown): void {
    this.unspill(r, c);
    const cell = this.cell(r, c);
    // A leading apostrophe makes text of what would read as a formula, as in Excel.
    cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
    cell.formula = typeof v === "string" && v.startsWith("=") ? v : null;
    if (cell.formula) cell.value = "";
    delete cell.spilledFrom;
  }
  writeFormula(r: number, c: number, formula: string): void {
    this.unspill(r, c);
    const cell = this.cell(r, c);
    cell.formula = formula.startsWith("=") ? formula : null;
    cell.value = formula.startsWith("=") ? "" : formula;
    if (!/^=INNO\./i.test(formula) && !/^=SORT\(INNO\./i.test(formula)) return;
    if (/^=SORT\(/i.test(formula)) return;
    const result = evaluateFormula(parseFormula(formula));
    const grid = (Array.isArray(result) ? result : [[result]]).map((row) =>
      row.map((v) => (typeof v === "object" ? v.error : v)),
    );
    const blocked = grid.some((row, i) =>
      row.some((_, j) => (i > 0 || j > 0) && !isEmpty(this.cells.get(key(r + i, c + j)))),
    );
    if (blocked) {
      cell.value = "#SPILL!";
      return;
    }
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const target = this.cell(r + i, c + j);
        target.value = v;
        if (i > 0 || j > 0) target.spilledFrom = key(r, c);
      }),
    );
    if (grid.length > 1 || (grid[0]?.length ?? 0) > 1)
      cell.spill = { rows: grid.length, columns: grid[0]?.length ?? 1 };
  }
  getRange(address: string): FakeRange {
    const [a, b] = address.split(":");
    const [r0, c0] = parseCell(a as string);
    const [r1, c1] = b ? parseCell(b) : [r0, c0];
    return new FakeRange(this.book, this, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number): FakeRange {
    return new FakeRange(this.book, this, r, c, h, w);
  }
  getUsedRangeOrNullObject(): FakeRange & { isNullObject: boolean } {
    const keys = [...this.cells.entries()].filter(([, c]) => !isEmpty(c)).map(([k]) => k.split(",").map(Number));
    if (keys.length === 0) return Object.assign(new FakeRange(this.book, this, 0, 0, 1, 1), { isNullObject: true });
    const rows = keys.map((k) => k[0] as number);
    const cols = keys.map((k) => k[1] as number);
    const r0 = Math.min(...rows);
    const c0 = Math.min(...cols);
    const range = new FakeRange(this.book, this, r0, c0, Math.max(...rows) - r0 + 1, Math.max(...cols) - c0 + 1);
    return Object.assign(range, { isNullObject: false });
  }
  activate(): void {
    for (const s of this.book.sheets) s.activated = false;
    this.activated = true;
  }
  delete(): void {
    if (this.book.sheets.filter((s) => !s.deleted).length === 1)
      throw new Error("InvalidOperation: a workbook must keep one sheet");
    this.deleted = true;
    this.book.sheets.splice(this.book.sheets.indexOf(this), 1);
  }
  readonly tables = {
    add: (range: FakeRange | string, hasHeaders: boolean) => {
      if (typeof range === "string") throw new Error("INNO passes ranges, not addresses");
      const record = { address: range.localAddress, hasHeaders, name: "", style: "" };
      this.tableRecords.push(record);
      return record;
    },
  };
  /**
   * Charts are shapes too: the shape of a chart is found by the chart's name (as in Office.js), unless the book
   * plays an Excel that does not list charts among shapes. A missing shape fails at the next sync, as in Office.js.
   */
  readonly shapes = {
    getItem: (name: string) => {
      const chart = this.book.chartsAreShapes ? this.chartRecords.find((c) => c.name === name) : undefined;
      if (chart) return chart;
      this.book.failNextSync(`ItemNotFound: shape ${name}`);
      return {};
    },
  };
  readonly charts = Object.assign(
    new FakeCollection(this.book, () => this.chartRecords.map((c) => ({ name: c.name }))),
    {
      add: (type: string, source: FakeRange, seriesBy: unknown): unknown => {
        if (!CHART_TYPES.has(type)) throw new Error(`InvalidArgument: chart type ${type}`);
        if (seriesBy !== "Columns" && seriesBy !== "Rows") throw new Error("series orientation must be explicit");
        const record: ChartRecord = {
          type,
          sourceAddress: source.localAddress,
          seriesBy,
          name: "",
          title: { text: "" },
          series: Array.from({ length: source.columns }, () => ({})),
          axes: {},
          legend: { visible: true },
        };
        this.chartRecords.push(record);
        const axis = (k: string) => (record.axes[k] ??= { title: { text: "" } });
        return {
          set name(v: string) {
            record.name = v;
          },
          title: record.title,
          legend: record.legend,
          series: {
            getItemAt: (i: number) => {
              const s = record.series[i];
              if (!s) throw new Error(`ItemNotFound: series ${i} of ${record.series.length}`);
              return Object.assign(s, { setXAxisValues: (r: FakeRange) => (s.xAxisValues = r.localAddress) });
            },
          },
          axes: {
            get categoryAxis() {
              return axis("Category/Primary");
            },
            get valueAxis() {
              return axis("Value/Primary");
            },
            getItem: (t: string, group: string) => axis(`${t}/${group}`),
          },
          setPosition: (a: FakeRange, b: FakeRange) => (record.position = [a.localAddress, b.localAddress]),
        };
      },
    },
  );
}

class FakeCollection<T> extends Loadable {
  constructor(
    book: FakeWorkbook,
    private readonly list: () => T[],
  ) {
    super(book);
  }
  get items(): T[] {
    return this.read("items", this.list);
  }
  override load(properties: string): this {
    super.load(properties);
    // "items/name" loads the name of every item as well.
    for (const p of properties.split(",")) {
      const [head, ...rest] = p.trim().split("/");
      if (head === "items" && rest.length > 0)
        for (const item of this.list()) if (item instanceof Loadable) item.load(rest.join("/"));
    }
    return this;
  }
}

export class FakeWorkbook {
  readonly pending = new Set<Loadable>();
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, string>();
  selection: FakeRange | null = null;
  syncs = 0;
  /** False plays an Excel whose sheets do not list charts among their shapes. */
  chartsAreShapes = true;
  private syncError: string | null = null;
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
    this.selection = new FakeRange(this, this.sheets[0] as FakeSheet, 0, 0, 1, 1);
    (this.sheets[0] as FakeSheet).activated = true;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.sheetName.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${name}`);
    const s = new FakeSheet(this, name, `{sheet-${this.nextId++}}`);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.sheetName === name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }

  /** Makes the next context.sync() reject, as Office.js rejects a batch holding a failed operation. */
  failNextSync(message: string): void {
    this.syncError ??= message;
  }

  /** What context.sync() does: loaded properties become readable, or the batch's first error is raised. */
  commit(): void {
    this.syncs++;
    const error = this.syncError;
    this.syncError = null;
    if (error) throw new Error(error);
    for (const item of this.pending) item.commitLoads();
    this.pending.clear();
  }

  /** The object model INNO sees as context.workbook. */
  api(): unknown {
    return FakeWorkbook.objectModel(this);
  }

  private static objectModel(book: FakeWorkbook): unknown {
    const find = (k: string) =>
      book.sheets.find((s) => s.sheetName.toLowerCase() === k.toLowerCase() || s.sheetId === k);
    const worksheets = Object.assign(new FakeCollection(book, () => book.sheets), {
      getItem: (k: string) => {
        const s = find(k);
        if (!s) throw new Error(`ItemNotFound: sheet ${k}`);
        return s;
      },
      getItemOrNullObject: (k: string) => {
        const s = find(k);
        return s
          ? Object.assign(s, { isNullObject: false })
          : {
              isNullObject: true,
              getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
              load: () => undefined,
            };
      },
      getActiveWorksheet: () => book.sheets.find((s) => s.activated) ?? book.sheets[0],
      add: (name: string) => book.addSheet(name),
    });
    const tables = new FakeCollection(book, () =>
      book.sheets.flatMap((s) => s.tableRecords.map((t) => ({ name: t.name, worksheet: { id: s.sheetId } }))),
    );
    const settings = {
      getItemOrNullObject: (k: string) => {
        const value = book.settings.get(k);
        const item = new (class extends Loadable {
          get value(): string {
            return this.read("value", () => value as string);
          }
        })(book);
        return Object.assign(item, { isNullObject: value === undefined });
      },
      add: (k: string, v: unknown) => {
        if (typeof v !== "string") throw new Error("settings hold JSON text here");
        book.settings.set(k, v);
      },
    };
    return { worksheets, tables, settings, getSelectedRange: () => book.selection };
  }
}
