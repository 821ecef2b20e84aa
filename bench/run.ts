/**
 * INNO's benchmarks: ratios against a baseline run side by side in the same process, and counts. Writes
 * bench/results.json and prints a table. Not a test: nothing here passes or fails on the machine's speed.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ratio, timePerCall } from "./measure";
import { countSyncs } from "./syncCounts";
import { startupInChromium } from "./startup";

type Bundle = typeof import("./bundleEntry");

/** The timed code as webpack bundles it for Excel (see bundleEntry.ts). */
function loadBundle(): Bundle {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--config", join(__dirname, "webpack.bench.js")],
    {
      stdio: "pipe",
    },
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(__dirname, "out", "bench.js")) as Bundle;
}

const { corr, series, seriesTable, sampleCorrelation, regress, granger, unitroot, Matrix, QrDecomposition } =
  loadBundle();

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same numbers. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** x and y as Excel passes a column with blanks (every 20th cell of x blank), and the clean pairs. */
function corrInputs(n: number) {
  const next = random(n);
  const xRange: unknown[][] = [];
  const yRange: unknown[][] = [];
  const cleanX: number[] = [];
  const cleanY: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = next() * 100;
    const y = x * 0.5 + next() * 50;
    const blank = i % 20 === 7;
    xRange.push([blank ? "" : x]);
    yRange.push([y]);
    if (!blank) {
      cleanX.push(x);
      cleanY.push(y);
    }
  }
  return { xRange, yRange, cleanX, cleanY };
}

/**
 * A lower bound for any INNO.CORR on ranges: reads each cell of both ranges once, as coercion must, and does nothing
 * else (no checks, no pairing, no statistics).
 */
function readEveryCell(xRange: unknown[][], yRange: unknown[][]): number {
  let count = 0;
  for (let p = 0; p < xRange.length; p++) {
    if (typeof (xRange[p] as unknown[])[0] === "number") count++;
    if (typeof (yRange[p] as unknown[])[0] === "number") count++;
  }
  return count;
}

/** INNO.CORR, and the bare reading of its input, against simple-statistics on the clean numbers. */
function corrRatios(n: number) {
  const { xRange, yRange, cleanX, cleanY } = corrInputs(n);
  const batch = n >= 10000 ? 3 : 20000;
  const baseline = () => sampleCorrelation(cleanX, cleanY);
  return {
    corr: ratio(() => (corr as (x: unknown, y: unknown) => unknown)(xRange, yRange), baseline, batch),
    readFloor: ratio(() => readEveryCell(xRange, yRange), baseline, batch),
  };
}

/**
 * Spearman's rho and Kendall's tau-b through INNO.CORR on the same 100,000 rows: absolute times (both sort, so
 * n log n; no baseline in the same process to divide by).
 */
function rankCorrelationTimesMs() {
  const { xRange, yRange } = corrInputs(100000);
  const time = (method: string) =>
    timePerCall(() => (corr as (x: unknown, y: unknown, m: string) => unknown)(xRange, yRange, method), {
      batch: 1,
      runs: 9,
      warmup: 2,
    }) / 1e6;
  return { spearman: time("spearman"), kendall: time("kendall") };
}

/** INNO.SERIES as Excel calls it (a repeated call is remembered), and its first computation (the core alone). */
function seriesRatios() {
  const prepared = seriesTable("rd_expenditure", 2003, 2024);
  const baseline = () => prepared.slice(0, 21);
  return {
    call: ratio(() => (series as (...a: unknown[]) => unknown)("rd_expenditure", 2003, 2022), baseline, 50000),
    firstComputation: ratio(() => seriesTable("rd_expenditure", 2003, 2022), baseline, 20000),
  };
}

/**
 * INNO.REGRESS on a 100,000-row range of three regressors (classic SE, output "coef"), as Excel passes it, against
 * the bare QR least-squares solve of ml-matrix (the library REGRESS uses) on the same clean matrix with its column
 * of ones.
 */
function regressRatio() {
  const n = 100000;
  const next = random(3);
  const yRange: unknown[][] = [];
  const xRange: unknown[][] = [];
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [next() * 10, next() * 5, next()];
    const value = 1 + 2 * (row[0] as number) - (row[1] as number) + 0.5 * (row[2] as number) + next();
    xRange.push(row);
    yRange.push([value]);
    X.push([1, ...row]);
    y.push(value);
  }
  const call = regress as (...a: unknown[]) => unknown;
  return ratio(
    () => call(yRange, xRange, "level", 0, "classic", "coef"),
    () => new QrDecomposition(new Matrix(X)).solve(Matrix.columnVector(y)),
    1,
  );
}

/** GRANGER and UNITROOT on the paper's series as a sheet calls them: absolute times (no library does the same). */
function econometricsTimesUs() {
  const time = (fn: () => unknown) => timePerCall(fn, { batch: 200 }) / 1e3;
  const grangerCall = granger as (...a: unknown[]) => unknown;
  const unitrootCall = unitroot as (...a: unknown[]) => unknown;
  return {
    granger: time(() => grangerCall("rd_expenditure", "exports_usd", 2, "dlog")),
    unitroot: time(() => unitrootCall("rd_expenditure")),
  };
}

async function main(): Promise<void> {
  const corr20Runs = corrRatios(20);
  const corr100kRuns = corrRatios(100000);
  const corr20 = corr20Runs.corr;
  const corr100k = corr100kRuns.corr;
  const rankTimes = rankCorrelationTimesMs();
  const seriesRuns = seriesRatios();
  const regression = regressRatio();
  const econometricsTimes = econometricsTimesUs();
  const seriesSlice = seriesRuns.call;
  const syncs = await countSyncs();
  const startup = await startupInChromium();
  const results = {
    corr_vs_simple_statistics_n20: round(corr20.ratio),
    corr_vs_simple_statistics_n100000: round(corr100k.ratio),
    corr_read_floor_vs_simple_statistics_n20: round(corr20Runs.readFloor.ratio),
    corr_read_floor_vs_simple_statistics_n100000: round(corr100kRuns.readFloor.ratio),
    spearman_n100000_ms: round(rankTimes.spearman),
    kendall_n100000_ms: round(rankTimes.kendall),
    regress_vs_least_squares_n100000: round(regression.ratio),
    granger_n20_us: round(econometricsTimes.granger),
    unitroot_n20_us: round(econometricsTimes.unitroot),
    series_vs_slice: round(seriesSlice.ratio),
    series_first_computation_vs_slice: round(seriesRuns.firstComputation.ratio),
    syncs_insert_dataset: syncs.insertDataset,
    syncs_paper_workbook: syncs.paperWorkbook,
    ...startup,
    details_ns: {
      corr_n20: [round(corr20.candidateNs), round(corr20.baselineNs)],
      corr_n100000: [round(corr100k.candidateNs), round(corr100k.baselineNs)],
      corr_read_floor_n20: [round(corr20Runs.readFloor.candidateNs), round(corr20Runs.readFloor.baselineNs)],
      corr_read_floor_n100000: [round(corr100kRuns.readFloor.candidateNs), round(corr100kRuns.readFloor.baselineNs)],
      series: [round(seriesSlice.candidateNs), round(seriesSlice.baselineNs)],
      regress_n100000: [round(regression.candidateNs), round(regression.baselineNs)],
      series_first_computation: [
        round(seriesRuns.firstComputation.candidateNs),
        round(seriesRuns.firstComputation.baselineNs),
      ],
    },
    measured: new Date().toISOString(),
    node: process.version,
  };
  writeFileSync(join(__dirname, "results.json"), JSON.stringify(results, null, 2) + "\n");
  const rows: [string, string, string][] = [
    ["corr_vs_simple_statistics_n20", String(results.corr_vs_simple_statistics_n20), "<= 1.5"],
    ["corr_vs_simple_statistics_n100000", String(results.corr_vs_simple_statistics_n100000), "<= 1.2"],
    [
      "corr_read_floor_vs_simple_statistics_n20",
      String(results.corr_read_floor_vs_simple_statistics_n20),
      "(reading the cells alone)",
    ],
    [
      "corr_read_floor_vs_simple_statistics_n100000",
      String(results.corr_read_floor_vs_simple_statistics_n100000),
      "(reading the cells alone)",
    ],
    ["spearman_n100000_ms", String(results.spearman_n100000_ms), "(n log n, no goal)"],
    ["kendall_n100000_ms", String(results.kendall_n100000_ms), "(n log n, no goal)"],
    ["regress_vs_least_squares_n100000", String(results.regress_vs_least_squares_n100000), "<= 2"],
    ["granger_n20_us", String(results.granger_n20_us), "(paper's series, order 2, dlog)"],
    ["unitroot_n20_us", String(results.unitroot_n20_us), "(paper's series, ADF with AIC)"],
    ["series_vs_slice", String(results.series_vs_slice), "<= 3"],
    ["series_first_computation_vs_slice", String(results.series_first_computation_vs_slice), "(uncached)"],
    ["syncs_insert_dataset", String(results.syncs_insert_dataset), "<= 3 (the third only sets alt text)"],
    ["syncs_paper_workbook", String(results.syncs_paper_workbook), "<= 4"],
    ...Object.entries(startup).map(([k, v]) => [k, String(v), ""] as [string, string, string]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${"measure".padEnd(width)}  value      goal`);
  for (const [name, value, goal] of rows) console.log(`${name.padEnd(width)}  ${value.padEnd(9)}  ${goal}`);
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

void main();
