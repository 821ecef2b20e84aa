import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { hasChromium, launchChromium } from "../tests/ui/browser";
import { buildForTests, TEST_DIST } from "../tests/ui/buildForTests";
import { serveFolder } from "../tests/ui/staticServer";

/**
 * The floor: a bare page that only loads office.js (the same local copy as the pane) and waits for
 * Office.onReady. Every add-in pays this much; the pane's goals are ratios over it, measured in the same run.
 */
const FLOOR_PAGE = `<!doctype html>
<html><head><meta charset="UTF-8"><title>floor</title><script src="office-js/office.js"></script>
<script>Office.onReady().then(function () { performance.mark("floor:office-ready"); });</script>
</head><body></body></html>
`;

/** Loads per page in one run; floor and pane loads alternate so that a busy machine slows both alike. */
const LOADS = 7;

function sizes(files: readonly string[]): { raw: number; gzip: number } {
  return files.reduce(
    (acc, file) => {
      const bytes = readFileSync(join(TEST_DIST, file));
      return { raw: acc.raw + bytes.length, gzip: acc.gzip + gzipSync(new Uint8Array(bytes), { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

/** Opens `page` in a fresh context (empty cache), waits for `ready`, and returns the page's marks and scripts. */
async function load(
  browser: Browser,
  url: string,
  ready: string,
): Promise<{ marks: Record<string, number>; scripts: { path: string; start: number }[] }> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, ready);
    return await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
      scripts: performance
        .getEntriesByType("resource")
        .map((r) => ({ path: new URL(r.name).pathname.slice(1), start: r.startTime }))
        .filter(({ path }) => path.endsWith(".js") && !path.startsWith("office-js/") && path !== "functions.js"),
    }));
  } finally {
    await page.close();
  }
}

const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;

/**
 * Loads the production build in headless Chromium, alternating with the floor page, and reads INNO's two marks
 * (medians of 7 loads each). Ratios are per pair of loads, then the median. Sizes are those of the files the page
 * fetched: the functions chunk; the pane's first render (entry, UI and vendor chunks, requested before the
 * `inno:ui-loaded` mark); and all the pane fetched to show the Datasets tab (with what it loads on demand).
 */
export async function startupInChromium(): Promise<Record<string, number | string>> {
  if (!hasChromium) return { startup: "skipped: Chromium not found (apt-get install chromium)" };
  buildForTests();
  writeFileSync(join(TEST_DIST, "floor.html"), FLOOR_PAGE);
  const server = await serveFolder(TEST_DIST);
  const browser = await launchChromium();
  const floor: number[] = [];
  const functionsReady: number[] = [];
  const uiRendered: number[] = [];
  let uiFiles: string[] = [];
  let firstRenderFiles: string[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const bare = await load(browser, `${server.origin}/floor.html`, "floor:office-ready");
      floor.push(bare.marks["floor:office-ready"] as number);
      const pane = await load(browser, `${server.origin}/taskpane.html`, "inno:ui-rendered");
      functionsReady.push(pane.marks["inno:functions-ready"] as number);
      uiRendered.push(pane.marks["inno:ui-rendered"] as number);
      uiFiles = pane.scripts.map((f) => f.path);
      firstRenderFiles = pane.scripts
        .filter((f) => f.start < (pane.marks["inno:ui-loaded"] as number))
        .map((f) => f.path);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ratio = (v: readonly number[]) => Math.round(median(v.map((x, i) => x / (floor[i] as number))) * 100) / 100;
  const functions = sizes(["functions.js"]);
  const ui = sizes([...new Set(["taskpane.js", ...uiFiles])]);
  const firstRender = sizes([...new Set(["taskpane.js", ...firstRenderFiles])]);
  return {
    startup_floor_ms: Math.round(median(floor)),
    startup_functions_ready_ms: Math.round(median(functionsReady)),
    startup_ui_rendered_ms: Math.round(median(uiRendered)),
    functions_ready_vs_floor: ratio(functionsReady),
    ui_rendered_vs_floor: ratio(uiRendered),
    functions_chunk_bytes: functions.raw,
    functions_chunk_gzip_bytes: functions.gzip,
    ui_first_render_bytes: firstRender.raw,
    ui_first_render_gzip_bytes: firstRender.gzip,
    ui_bytes: ui.raw,
    ui_gzip_bytes: ui.gzip,
  };
}
