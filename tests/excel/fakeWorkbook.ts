/**
 * A strict stand-in for the parts of Excel's object model INNO's writers use, plugged into office-addin-mock's
 * context. Strict like Office.js: a property is readable only after `load` and the next `context.sync()`; chart
 * and series arguments are checked; everything written is recorded for the test to assert on.
 */

export interface CellRecord {
  value: unknown;
  formula: string | null;
  numberFormat: string;
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

export class FakeRange extends Loadable {
  readonly format = {
    font: {} as { bold?: boolean; italic?: boolean },
    autofitColumns: () => undefined,
  };
  constructor(
    book: FakeWorkbook,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rowCount: number,
    readonly columnCount: number,
  ) {
    super(book);
  }
  get localAddress(): string {
    const tl = `${letters(this.column)}${this.row + 1}`;
    const br = `${letters(this.column + this.columnCount - 1)}${this.row + this.rowCount}`;
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
  get formulas(): unknown[][] {
    return this.read("formulas", () => this.grid((c) => c?.formula ?? c?.value ?? ""));
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid(grid, (cell, v) => {
      cell.formula = String(v);
      cell.value = null;
    });
  }
  set values(grid: unknown[][]) {
    this.writeGrid(grid, (cell, v) => {
      cell.value = v;
      cell.formula = null;
    });
  }
  set numberFormat(grid: string[][]) {
    this.writeGrid(grid, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }
  private grid(f: (c: CellRecord | undefined) => unknown): unknown[][] {
    return Array.from({ length: this.rowCount }, (_, i) =>
      Array.from({ length: this.columnCount }, (_, j) => f(this.sheet.cells.get(`${this.row + i},${this.column + j}`))),
    );
  }
  private writeGrid(grid: unknown[][], set: (cell: CellRecord, v: unknown) => void): void {
    if (grid.length !== this.rowCount || grid.some((r) => r.length !== this.columnCount)) {
      throw new Error(`InvalidArgument: a ${grid.length}×${grid[0]?.length} array written to ${this.localAddress}`);
    }
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const key = `${this.row + i},${this.column + j}`;
        const cell = this.sheet.cells.get(key) ?? { value: "", formula: null, numberFormat: "General" };
        set(cell, v);
        this.sheet.cells.set(key, cell);
      }),
    );
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row + r, this.column + c, 1, 1);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row, this.column, this.rowCount + dr, this.columnCount + dc);
  }
  getOffsetRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row + dr, this.column + dc, this.rowCount, this.columnCount);
  }
  getRow(r: number): FakeRange {
    return new FakeRange(this.book, this.sheet, this.row + r, this.column, 1, this.columnCount);
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
  constructor(
    book: FakeWorkbook,
    public sheetName: string,
  ) {
    super(book);
  }
  get name(): string {
    return this.read("name", () => this.sheetName);
  }
  getRange(address: string): FakeRange {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`unsupported address ${address}`);
    const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return new FakeRange(this.book, this, Number(m[2]) - 1, col, 1, 1);
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number): FakeRange {
    return new FakeRange(this.book, this, r, c, h, w);
  }
  getUsedRangeOrNullObject(): FakeRange & { isNullObject: boolean } {
    const keys = [...this.cells.entries()]
      .filter(([, c]) => c.value !== "" || c.formula)
      .map(([k]) => k.split(",").map(Number));
    if (keys.length === 0) return Object.assign(new FakeRange(this.book, this, 0, 0, 1, 1), { isNullObject: true });
    const rows = keys.map((k) => k[0] as number);
    const cols = keys.map((k) => k[1] as number);
    const r0 = Math.min(...rows);
    const c0 = Math.min(...cols);
    const range = new FakeRange(this.book, this, r0, c0, Math.max(...rows) - r0 + 1, Math.max(...cols) - c0 + 1);
    return Object.assign(range, { isNullObject: false });
  }
  activate(): void {
    this.activated = true;
  }
  readonly tables = {
    add: (range: FakeRange | string, hasHeaders: boolean) => {
      if (typeof range === "string") throw new Error("INNO passes ranges, not addresses");
      const record = { address: range.localAddress, hasHeaders, name: "", style: "" };
      this.tableRecords.push(record);
      return record;
    },
  };
  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy: unknown): unknown => {
      if (!CHART_TYPES.has(type)) throw new Error(`InvalidArgument: chart type ${type}`);
      if (seriesBy !== "Columns" && seriesBy !== "Rows") throw new Error("series orientation must be explicit");
      const record: ChartRecord = {
        type,
        sourceAddress: source.localAddress,
        seriesBy,
        name: "",
        title: { text: "" },
        series: Array.from({ length: source.columnCount }, () => ({})),
        axes: {},
        legend: { visible: true },
      };
      this.chartRecords.push(record);
      const axis = (key: string) => (record.axes[key] ??= { title: { text: "" } });
      const chart = {
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
          getItem: (type: string, group: string) => axis(`${type}/${group}`),
        },
        setPosition: (a: FakeRange, b: FakeRange) => (record.position = [a.localAddress, b.localAddress]),
      };
      return chart;
    },
  };
}

export class FakeWorkbook {
  readonly pending = new Set<Loadable>();
  readonly sheets: FakeSheet[] = [];
  readonly tableNames: string[] = [];
  selection: FakeRange | null = null;
  syncs = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(this, name));
    this.selection = new FakeRange(this, this.sheets[0] as FakeSheet, 0, 0, 1, 1);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.sheetName === name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
    return s;
  }

  /** What context.sync() does: loaded properties become readable. */
  commit(): void {
    this.syncs++;
    for (const item of this.pending) item.commitLoads();
    this.pending.clear();
  }

  /** The object model INNO sees as context.workbook. */
  api(): unknown {
    return FakeWorkbook.objectModel(this);
  }

  private static objectModel(book: FakeWorkbook): unknown {
    const collection = <T>(items: () => T[]) => {
      const c = new (class extends Loadable {
        get items(): T[] {
          return this.read("items", items);
        }
        override load(properties: string): this {
          super.load(properties);
          // "items/name" loads the name of every item as well.
          for (const p of properties.split(",")) {
            const [head, rest] = p.trim().split("/");
            if (head === "items" && rest) for (const item of items()) if (item instanceof Loadable) item.load(rest);
          }
          return this;
        }
      })(book);
      return c;
    };
    const worksheets = Object.assign(
      collection(() => book.sheets),
      {
        getItem: (name: string) => book.sheet(name),
        add: (name: string) => {
          if (book.sheets.some((s) => s.sheetName.toLowerCase() === name.toLowerCase()))
            throw new Error(`ItemAlreadyExists: ${name}`);
          const s = new FakeSheet(book, name);
          book.sheets.push(s);
          return s;
        },
      },
    );
    const tables = collection(() =>
      [...book.tableNames, ...book.sheets.flatMap((s) => s.tableRecords.map((t) => t.name))].map((name) => ({ name })),
    );
    return {
      worksheets,
      tables,
      getSelectedRange: () => book.selection,
    };
  }
}
