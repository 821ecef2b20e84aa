import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { CSP_LISTENER, hasChromium, launchChromium } from "./browser";
import { TEST_DIST } from "./buildForTests";
import { serveFolder } from "./staticServer";

/** Hosts office.js itself contacts outside Office (its telemetry); nothing of INNO's may leave the page's origin. */
const OFFICE_JS_HOSTS = [/\.oaspapps\.com$/, /^appsforoffice\.microsoft\.com$/];

const describeInBrowser = hasChromium ? describe : describe.skip;

const INSERTED = {
  status: "inserted",
  sheetName: "Figure 6",
  address: "'Figure 6'!A1:D23",
  tableName: "INNO_figure_6",
  chartName: "INNO figure-6",
  skipped: [],
};

/** A stand-in for Excel: records each insert call and answers from a queue (inserted by default). */
function testHostScript(responses: unknown[]): string {
  return `
    window.__innoCalls = [];
    window.__innoResponses = ${JSON.stringify(responses)};
    window.__INNO_TEST_HOST__ = {
      insert: async (plan, target) => {
        window.__innoCalls.push({ plan, target });
        return window.__innoResponses.length ? window.__innoResponses.shift() : ${JSON.stringify(INSERTED)};
      },
      buildPaper: async (lang, onProgress) => {
        window.__innoCalls.push({ buildPaper: lang });
        onProgress("writing");
        // Holds until the test has seen the progress bar.
        await new Promise((resolve) => { window.__innoRelease = resolve; });
        return { sheets: ["INNO Contents", "Figure 1", "INNO Analysis"], replaced: 0, skipped: [] };
      },
      share: async (scope) => {
        window.__innoCalls.push({ share: scope });
        return { formulas: 3, cells: 41, sheets: 1 };
      },
      restore: async () => {
        window.__innoCalls.push({ restore: true });
        return { formulas: 3 };
      },
    };`;
}

describeInBrowser("the task pane in headless Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(TEST_DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(options: { host?: unknown[] | null; locale?: string; bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({
      locale: options.locale ?? "en-US",
      bypassCSP: options.bypassCSP ?? false,
      viewport: { width: 380, height: 900 },
      // Fluent's colour transitions would let axe sample colours half-way.
      reducedMotion: "reduce",
    });
    await context.addInitScript(CSP_LISTENER);
    if (options.host !== null) await context.addInitScript(testHostScript(options.host ?? []));
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin !== server.origin && !OFFICE_JS_HOSTS.some((h) => h.test(url.hostname))) foreign.push(r.url());
    });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("tree").waitFor();
    return { page, errors, foreign, close: () => context.close() };
  }

  const calls = (page: Page) =>
    page.evaluate(
      () =>
        (window as unknown as { __innoCalls: { plan: { datasetKey: string; values: unknown[][] }; target: unknown }[] })
          .__innoCalls,
    );

  it("shows the catalog with every figure and a chart preview, with no page errors and no requests to other hosts", async () => {
    const { page, errors, foreign, close } = await open();
    // Each group's heading is the figure's title from the catalog (src/excel/datasets.ts).
    const tree = page.getByRole("tree");
    for (const label of [
      "Figure 1 — R&D expenditure and its growth",
      "Figure 2 — R&D personnel (full-time equivalent)",
      "Figure 3 — Patents granted",
      "Figure 4 — Exports, imports and total trade",
      "Figure 5 — High-tech products' share of trade",
      "Figure 6 — Trade dependence",
      "Figure 7 — Trade of the 31 provinces",
      "Section 3.2 — Basic research share, China and other countries",
    ]) {
      await expect(tree.getByText(label, { exact: true }).count()).resolves.toBe(1);
    }
    // The chart and the insert panel load just after the first render.
    await page.getByRole("img", { name: /Preview chart: Column chart of R&D expenditure/ }).waitFor();
    await page.getByRole("button", { name: "Insert" }).waitFor();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await close();
  });

  it("registers the functions before the UI loads: functions-ready precedes the UI chunk and ui-rendered", async () => {
    const { page, close } = await open();
    const timing = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
      ui: performance
        .getEntriesByType("resource")
        .filter((r) => /\/ui\.[0-9a-f]+\.js$/.test(r.name))
        .map((r) => r.startTime),
    }));
    const ready = timing.marks["inno:functions-ready"] as number;
    expect(ready).toBeLessThan(timing.marks["inno:ui-rendered"] as number);
    expect(timing.ui).toHaveLength(1);
    expect(ready).toBeLessThan(timing.ui[0] as number);
    await close();
  });

  it("reports no Content-Security-Policy violation while the whole pane is used: tabs, search, preview, languages", async () => {
    const { page, errors, close } = await open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain("unsafe-eval");
    await page.getByRole("searchbox", { name: "Search datasets" }).fill("high-tech");
    await page.locator('[data-dataset="figure-5"]').click();
    await page.getByRole("list", { name: "Legend" }).waitFor();
    await page.getByRole("searchbox", { name: "Search datasets" }).fill("");
    await page.getByText("Figure 7 — Trade of the 31 provinces", { exact: true }).click();
    await page.locator('[data-dataset="figure-7"]').click();
    await page.getByRole("combobox").click();
    await page.getByRole("option", { name: "2020" }).click();
    await page.getByRole("button", { name: "Insert" }).click();
    await page.getByText(/^Inserted /).waitFor();
    await page.getByRole("tab", { name: "Paper & sharing" }).click();
    await page.getByRole("button", { name: "Convert INNO formulas to values" }).click();
    await page.getByText(/^Converted /).waitFor();
    await page.getByRole("tab", { name: "中文" }).click();
    await page.getByRole("tab", { name: "数据集" }).click();
    await page.getByRole("searchbox", { name: "搜索数据集" }).fill("依存度");
    await page.locator('[data-dataset="figure-6"]').click();
    await page.getByRole("heading", { name: "图6 — 外贸依存度" }).waitFor();
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content.Security.Policy/i.test(e))).toEqual([]);
    await close();
  });

  it("gives the help page the same policy, and it loads without a violation", async () => {
    const { page, close } = await open();
    await page.goto(`${server.origin}/help.html`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    await close();
  });

  it("builds the add-in without eval: no eval-based source maps or modules in any chunk", () => {
    for (const file of readdirSync(TEST_DIST).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(TEST_DIST, file), "utf8");
      expect([file, /\beval\(|sourceURL=webpack/.test(code)]).toEqual([file, false]);
    }
  });

  it("keeps React, Fluent UI and chart code out of the functions chunk", () => {
    const functions = readFileSync(join(TEST_DIST, "functions.js"), "utf8");
    for (const marker of [
      "react.transitional.element",
      "react.element",
      "__CLIENT_INTERNALS",
      "useState",
      "fluentui",
      "makeStyles",
    ]) {
      expect(functions).not.toContain(marker);
    }
    expect(functions).toContain("INNO.LIST()");
  });

  it("browses to figure 6 and previews its chart, table and citation", async () => {
    const { page, close } = await open();
    await page.getByText("Figure 6 — Trade dependence", { exact: true }).click();
    await page.locator('[data-dataset="figure-6"]').click();
    await page.getByRole("heading", { name: "Figure 6 — Trade dependence" }).waitFor();
    await page.getByRole("img", { name: /Line chart of Trade dependence/ }).waitFor();
    const table = page.getByRole("table");
    await expect(table.getByText("2003", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(/dependence_total: Computed by INNO/).count()).resolves.toBe(1);
    await expect(page.getByText(/2003-2012: no customs yuan figure/).count()).resolves.toBeGreaterThan(0);
    await close();
  });

  it("draws figure 5's preview with a legend naming both lines and a labelled value axis", async () => {
    const { page, close } = await open();
    await page.getByRole("searchbox", { name: "Search datasets" }).fill("high-tech");
    await page.locator('[data-dataset="figure-5"]').click();
    await page.getByRole("heading", { name: "Figure 5 — High-tech products' share of trade" }).waitFor();
    const legend = page.getByRole("list", { name: "Legend" });
    await expect(legend.getByRole("listitem").allInnerTexts()).resolves.toEqual([
      "High-tech share of exports (%)",
      "High-tech share of imports (%)",
    ]);
    // Both shares on one axis from 0 to the largest, the 2020 import share: 33.18% (high-tech imports / imports,
    // both from data/national.csv), shown to three digits. The years run 2003-2023.
    const labels = await page.locator("figure svg[role=img] text").allTextContents();
    expect(labels).toEqual(["%", "33.2", "0", "2003", "2023"]);
    await close();
  });

  it("finds figure 6 by a Chinese word in the search box", async () => {
    const { page, close } = await open();
    await page.getByRole("searchbox", { name: "Search datasets" }).fill("依存度");
    await page.locator('[data-dataset="figure-6"]').waitFor();
    const keys = await page
      .locator("[data-dataset]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-dataset")));
    expect(keys).toEqual([
      "figure-6",
      "series-dependence_total",
      "series-dependence_export",
      "series-dependence_import",
    ]);
    await close();
  });

  it("inserts through the host with the plan of the selected dataset and options", async () => {
    const { page, close } = await open();
    await page.getByRole("searchbox", { name: "Search datasets" }).fill("dependence");
    await page.locator('[data-dataset="figure-6"]').click();
    await page.getByRole("radio", { name: "Live formulas (=INNO.SERIES, spilling)" }).check();
    await page.getByRole("button", { name: "Insert" }).click();
    await page.getByText("Inserted 'Figure 6'!A1:D23.").waitFor();
    const [call] = await calls(page);
    expect(call?.target).toEqual({ kind: "newSheet" });
    expect(call?.plan.datasetKey).toBe("figure-6");
    expect(call?.plan).toMatchObject({
      table: null,
      formulas: [
        expect.any(Array),
        expect.arrayContaining(['=INNO.SERIES("dependence_total",2003,2024,,,"noheader")']),
      ],
    });
    await close();
  });

  it("asks before touching occupied cells and inserts below the user's data when told to", async () => {
    const occupied = {
      status: "occupied",
      sheetName: "Sheet1",
      firstUsedCell: "B3",
      nextFree: { sheetName: "Sheet1", row: 12, column: 0 },
    };
    const { page, close } = await open({ host: [occupied] });
    await page.getByRole("radio", { name: "At the selected cell" }).check();
    await page.getByRole("button", { name: "Insert" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("B3 on Sheet1 already holds data. INNO never overwrites your cells.").waitFor();
    await dialog.getByRole("button", { name: "Insert below your data (row 13)" }).click();
    await page.getByText(/^Inserted /).waitFor();
    const targets = (await calls(page)).map((c) => c.target);
    expect(targets).toEqual([{ kind: "selection" }, { kind: "cell", sheetName: "Sheet1", row: 12, column: 0 }]);
    await close();
  });

  it("notes a finishing touch Excel could not apply, beside the success", async () => {
    const skipped = [{ step: "altText", reason: "failed", detail: "ItemNotFound: shape INNO figure-1" }];
    const { page, close } = await open({ host: [{ ...INSERTED, skipped }] });
    await page.getByRole("button", { name: "Insert" }).click();
    await page.getByText("Inserted 'Figure 6'!A1:D23.").waitFor();
    await page
      .getByText(
        "The chart has no alt text (ItemNotFound: shape INNO figure-1): add it in Excel with Format Chart Area > Alt Text.",
      )
      .waitFor();
    await close();
  });

  it("shows a failed insertion in an error message bar", async () => {
    const { page, close } = await open();
    await page.evaluate(() => {
      (window as unknown as { __INNO_TEST_HOST__: { insert: () => Promise<never> } }).__INNO_TEST_HOST__.insert = () =>
        Promise.reject(new Error("The workbook is protected."));
    });
    await page.getByRole("button", { name: "Insert" }).click();
    await page.getByText("The workbook is protected.").waitFor();
    await expect(page.getByText("Could not insert").count()).resolves.toBe(1);
    await close();
  });

  it("is operable from the keyboard: search, move through the tree with arrows, select with Enter", async () => {
    const { page, close } = await open();
    await page.getByRole("searchbox", { name: "Search datasets" }).focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("treeitem");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "R&D expenditure", exact: true }).waitFor();
    await close();
  });

  it("says that inserting needs Excel when opened in a plain browser, and still previews", async () => {
    const { page, close } = await open({ host: null });
    await page.getByText(/Inserting needs Excel/).waitFor();
    await expect(page.getByRole("button", { name: "Insert" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("img", { name: /Preview chart/ }).waitFor();
    await close();
  });

  it("has no serious or critical accessibility violations (axe-core), in the catalog and with a dialog open", async () => {
    const occupied = {
      status: "occupied",
      sheetName: "Sheet1",
      firstUsedCell: "A1",
      nextFree: { sheetName: "Sheet1", row: 3, column: 0 },
    };
    // axe is injected as an inline script, which the pane's policy rightly refuses: this context bypasses it.
    const { page, close } = await open({ host: [occupied], bypassCSP: true });
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const audit = () =>
      page.evaluate(async () => {
        type Result = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };
        const axe = (window as unknown as { axe: { run: (c: Document) => Promise<Result> } }).axe;
        const result = await axe.run(document);
        // Fluent's focus manager (tabster) inserts aria-hidden focus bumpers on purpose: a documented false positive
        // of aria-hidden-focus (microsoft/tabster#288), which Accessibility Insights suppresses the same way.
        return result.violations
          .map((v) => ({
            ...v,
            nodes:
              v.id === "aria-hidden-focus" ? v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) : v.nodes,
          }))
          .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"))
          .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html.slice(0, 120)) }));
      });
    expect(await audit()).toEqual([]);
    await page.getByRole("button", { name: "Insert" }).click();
    await page.getByRole("dialog").waitFor();
    // Audit the dialog once its opening transition is over (axe would measure contrast mid-fade).
    await page.waitForTimeout(400);
    expect(await audit()).toEqual([]);
    await close();
  });

  it("builds the paper workbook with progress, and converts INNO formulas for sharing in the chosen scope", async () => {
    const { page, close } = await open();
    await page.getByRole("tab", { name: "Paper & sharing" }).click();
    await page.getByRole("button", { name: "Build the paper workbook" }).click();
    await page.getByRole("progressbar", { name: "Writing sheets, tables and charts…" }).waitFor();
    await page.evaluate(() => (window as unknown as { __innoRelease: () => void }).__innoRelease());
    await page.getByText("Built 3 sheets (0 replaced).").waitFor();
    await page.getByRole("radio", { name: "This sheet" }).check();
    await page.getByRole("button", { name: "Convert INNO formulas to values" }).click();
    await page.getByText("Converted 3 formulas (41 cells) on 1 sheets.").waitFor();
    await page.getByRole("button", { name: "Restore formulas" }).click();
    await page.getByText("Restored 3 formulas.").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __innoCalls: unknown[] }).__innoCalls)).toEqual([
      { buildPaper: "en" },
      { share: "sheet" },
      { restore: true },
    ]);
    await close();
  });

  it("speaks Chinese throughout when the browser's language is zh-CN", async () => {
    const { page, close } = await open({ locale: "zh-CN" });
    await page.getByText("INNO — 中国贸易与创新").waitFor();
    await expect(page.getByRole("searchbox", { name: "搜索数据集" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "图1 — R&D经费支出及增长率" }).count()).resolves.toBe(1);
    await expect(page.getByText("图3 — 专利授权数", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole("list", { name: "图例" }).getByRole("listitem").allInnerTexts()).resolves.toEqual([
      "研究与试验发展(R&D)经费支出 (亿元)",
      "研究与试验发展(R&D)经费支出增长率 (%)（右侧坐标轴）",
    ]);
    await page.getByRole("button", { name: "插入" }).waitFor();
    const text = await page.locator("main").innerText();
    for (const english of [
      "Search",
      "Insert",
      "Figure 1",
      "Preview",
      "Source",
      "Notes",
      "Unit",
      "Year",
      "On a new sheet",
    ]) {
      expect(text).not.toContain(english);
    }
    expect(text).toContain("此处采用最终数30,782.9亿元");
    await page.getByRole("tab", { name: "论文与共享" }).click();
    await page.getByRole("button", { name: "生成论文工作簿" }).waitFor();
    await close();
  });

  it("remembers the language the user picks", async () => {
    const { page, close } = await open({ locale: "zh-CN" });
    await page.getByRole("tab", { name: "English" }).click();
    await page.getByText("INNO — China's trade and innovation").waitFor();
    await page.reload();
    await page.getByText("INNO — China's trade and innovation").waitFor();
    await close();
  });
});
