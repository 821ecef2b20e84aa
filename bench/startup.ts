import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { hasChromium, launchChromium } from "../tests/ui/browser";
import { buildForTests, TEST_DIST } from "../tests/ui/buildForTests";
import { serveFolder } from "../tests/ui/staticServer";

function sizes(files: readonly string[]): { raw: number; gzip: number } {
  return files.reduce(
    (acc, file) => {
      const bytes = readFileSync(join(TEST_DIST, file));
      return { raw: acc.raw + bytes.length, gzip: acc.gzip + gzipSync(new Uint8Array(bytes), { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

/**
 * Loads the production build in headless Chromium (median of 5 loads) and reads INNO's two marks; sizes are
 * those of the files the page fetched: the functions chunk, and the pane (entry, UI and vendor chunks).
 */
export async function startupInChromium(): Promise<Record<string, number | string>> {
  if (!hasChromium) return { startup: "skipped: Chromium not found (apt-get install chromium)" };
  buildForTests();
  const server = await serveFolder(TEST_DIST);
  const browser = await launchChromium();
  const functionsReady: number[] = [];
  const uiRendered: number[] = [];
  let uiFiles: string[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("tree").waitFor();
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
      );
      functionsReady.push(marks["inno:functions-ready"] as number);
      uiRendered.push(marks["inno:ui-rendered"] as number);
      uiFiles = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((r) => new URL(r.name).pathname.slice(1))
          .filter((p) => p.endsWith(".js") && !p.startsWith("office-js/") && p !== "functions.js"),
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
  const functions = sizes(["functions.js"]);
  const ui = sizes(["taskpane.js", ...uiFiles]);
  return {
    startup_functions_ready_ms: Math.round(median(functionsReady)),
    startup_ui_rendered_ms: Math.round(median(uiRendered)),
    functions_chunk_bytes: functions.raw,
    functions_chunk_gzip_bytes: functions.gzip,
    ui_bytes: ui.raw,
    ui_gzip_bytes: ui.gzip,
  };
}
