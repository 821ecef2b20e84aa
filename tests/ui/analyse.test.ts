import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { evaluateFormula } from "../../src/functions/evaluateFormula";
import { parseFormula } from "../../src/functions/formulaParser";
import { displayCell } from "../../src/taskpane/displayCell";
import { CSP_LISTENER, hasChromium, launchChromium } from "./browser";
import { TEST_DIST } from "./buildForTests";
import { serveFolder } from "./staticServer";

const describeInBrowser = hasChromium ? describe : describe.skip;

/** A stand-in for Excel's formula insertion and selection reading, answering from queues; records each call. */
function testHostScript(inserts: unknown[], selections: unknown[]): string {
  return `
    window.__innoCalls = [];
    window.__innoInserts = ${JSON.stringify(inserts)};
    window.__innoSelections = ${JSON.stringify(selections)};
    window.__INNO_TEST_HOST__ = {
      insert: async () => { throw new Error("not used here"); },
      buildPaper: async () => { throw new Error("not used here"); },
      share: async () => { throw new Error("not used here"); },
      restore: async () => { throw new Error("not used here"); },
      insertFormula: async (formula, size, target) => {
        window.__innoCalls.push({ formula, size, target });
        return window.__innoInserts.shift();
      },
      readSelection: async () => window.__innoSelections.shift(),
    };`;
}

/** The words of the Granger flow in each language: what the user reads and clicks. */
const WORDS = {
  en: {
    tab: "Analyse",
    test: "Test",
    granger: "Granger causality",
    cause: "Cause (x)",
    effect: "Effect (y)",
    transform: "Transform",
    dlog: /^dlog/,
    order: "Order (lags)",
    verdict:
      /^At the 5% level, growth of R&D expenditure does not help predict growth of goods exports \(US\$\) \(F = \d+\.\d\d, p = 0\.\d+, n = 19 years\)\./,
  },
  zh: {
    tab: "分析",
    test: "检验",
    granger: "格兰杰因果检验",
    cause: "原因（x）",
    effect: "结果（y）",
    transform: "变换",
    dlog: /^dlog/,
    order: "阶数（滞后期数）",
    verdict:
      /^在5%的显著性水平下，研究与试验发展\(R&D\)经费支出增长率不能帮助预测货物出口总额\(美元\)增长率（F = \d+\.\d\d，p = 0\.\d+，n = 19年）。/,
  },
} as const;

describeInBrowser("the Analyse tab in headless Chromium", () => {
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

  async function open(
    options: {
      excel?: boolean;
      locale?: string;
      inserts?: unknown[];
      selections?: unknown[];
      bypassCSP?: boolean;
    } = {},
  ) {
    const context = await browser.newContext({
      locale: options.locale ?? "en-US",
      viewport: { width: 380, height: 900 },
      // axe-core is injected as an inline script, which the pane's Content-Security-Policy rightly refuses.
      bypassCSP: options.bypassCSP ?? false,
      // Fluent's colour transitions (a button being enabled) would let axe sample colours half-way.
      reducedMotion: "reduce",
    });
    await context.addInitScript(CSP_LISTENER);
    if (options.excel) await context.addInitScript(testHostScript(options.inserts ?? [], options.selections ?? []));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("tree").waitFor();
    const cspViolations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    return { page, errors, cspViolations, close: () => context.close() };
  }

  async function pick(page: Page, slot: string, search: string, option: RegExp) {
    await page.getByRole("combobox", { name: slot }).fill(search);
    await page.getByRole("option", { name: option }).click();
  }

  async function grangerFlow(page: Page, words: (typeof WORDS)[keyof typeof WORDS]) {
    await page.getByRole("tab", { name: words.tab }).click();
    await page.getByRole("combobox", { name: words.test }).click();
    await page.getByRole("option", { name: words.granger }).click();
    await pick(page, words.cause, "rd_expenditure", /· rd_expenditure$/);
    await pick(page, words.effect, "exports_usd", /· exports_usd$/);
    await page.getByRole("combobox", { name: words.transform }).click();
    await page.getByRole("option", { name: words.dlog }).click();
    const order = page.getByRole("spinbutton", { name: words.order });
    await order.fill("2");
    await order.press("Tab");
  }

  /** The value the result table shows beside a label. */
  const shown = (page: Page, label: string) => page.locator(`tr[data-label="${label}"] td`).nth(1).innerText();

  it.each(["en", "zh"] as const)(
    "runs the Granger test of R&D and exports (dlog, order 2) in %s: F, p, n and a verdict, the numbers `inno eval` gives for the formula shown",
    async (lang) => {
      const words = WORDS[lang];
      const { page, errors, cspViolations, close } = await open({ locale: lang === "zh" ? "zh-CN" : "en-US" });
      await grangerFlow(page, words);
      const formula = await page.locator("code[data-formula]").innerText();
      expect(formula).toBe('=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")');
      await expect(page.locator("[data-verdict]").innerText()).resolves.toMatch(words.verdict);
      const evaluated = evaluateFormula(parseFormula(formula)) as unknown[][];
      for (const label of ["F", "p_value", "n"]) {
        const value = evaluated.find((row) => row[0] === label)?.[1];
        await expect(shown(page, label)).resolves.toBe(displayCell(value));
      }
      expect(errors).toEqual([]);
      expect(await cspViolations()).toEqual([]);
      await close();
    },
  );

  it("loads the Analyse code only when the tab is first opened; the Datasets tab renders without it", async () => {
    const { page, close } = await open();
    const analyseChunks = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((r) => r.name)
          .filter((name) => /\/analyse\.[0-9a-f]+\.js$/.test(name)),
      );
    await expect(analyseChunks()).resolves.toEqual([]);
    await page.getByRole("tab", { name: "Analyse" }).click();
    await page.getByRole("heading", { name: "Questions from the paper" }).waitFor();
    await expect(analyseChunks()).resolves.toHaveLength(1);
    await close();
  });

  it("is usable from the keyboard alone: reach the tab, answer a paper question, read the verdict", async () => {
    const { page, close } = await open();
    await page.getByRole("tab", { name: "Datasets" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Questions from the paper" }).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Does applied research/);
    await page.keyboard.press("Enter");
    await expect(page.locator("code[data-formula]").innerText()).resolves.toBe(
      '=INNO.CORR("rd_applied","hightech_exports_usd","pearson",0,"dlog","stats")',
    );
    await expect(page.locator("[data-verdict]").innerText()).resolves.toMatch(/^At the 5% level, growth of R&D/);
    await close();
  });

  it("copies the formula's text", async () => {
    const { page, close } = await open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.getByRole("tab", { name: "Analyse" }).click();
    await page.getByRole("button", { name: /^Does basic research/ }).click();
    await page.getByRole("button", { name: "Copy formula" }).click();
    await page.getByRole("status").getByText("Copied.").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      '=INNO.REGRESS("rd_basic","rd_expenditure","dlog",0,"hac")',
    );
    await close();
  });

  it("disables inserting and reading a range outside Excel, saying why", async () => {
    const { page, close } = await open();
    await page.getByRole("tab", { name: "Analyse" }).click();
    await page.getByRole("button", { name: /^Does R&D spending/ }).click();
    await expect(page.getByRole("button", { name: "Insert formula" }).isDisabled()).resolves.toBe(true);
    const useRange = page.getByRole("button", { name: "Use the selected range: Cause (x)" });
    await expect(useRange.isDisabled()).resolves.toBe(true);
    await expect(useRange.getAttribute("aria-describedby")).resolves.toBeTruthy();
    await expect(page.getByText(/Reading a range needs Excel/).count()).resolves.toBe(2);
    await close();
  });

  it("inserts the formula with its spill size, and asks before touching occupied cells", async () => {
    const occupied = {
      status: "occupied",
      sheetName: "Sheet1",
      firstUsedCell: "C5",
      nextFree: { sheetName: "Sheet1", row: 9, column: 1 },
    };
    const inserted = {
      status: "inserted",
      sheetName: "Sheet1",
      address: "Sheet1!B10",
      tableName: null,
      chartName: null,
    };
    const { page, close } = await open({ excel: true, inserts: [occupied, inserted] });
    await page.getByRole("tab", { name: "Analyse" }).click();
    await page.getByRole("button", { name: /^Does R&D spending/ }).click();
    await page.getByRole("button", { name: "Insert formula" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("C5 on Sheet1 already holds data. INNO never overwrites your cells.").waitFor();
    await dialog.getByRole("button", { name: "Insert below your data (row 10)" }).click();
    await page.getByText("Inserted at Sheet1!B10.").waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __innoCalls: unknown[] }).__innoCalls);
    const formula = '=INNO.GRANGER("rd_expenditure","exports_usd",2,"dlog")';
    expect(calls).toEqual([
      { formula, size: { rows: 8, columns: 2 }, target: { kind: "selection" } },
      { formula, size: { rows: 8, columns: 2 }, target: { kind: "cell", sheetName: "Sheet1", row: 9, column: 1 } },
    ]);
    await close();
  });

  it("shows the cell's error and message for a selection with text and for inputs of different lengths, and disables Insert", async () => {
    const withText = { address: "Sheet1!A1:A4", values: [[1], [2], ["n/a"], [4]] };
    const four = { address: "Sheet1!B1:B4", values: [[1], [3], [2], [5]] };
    const three = { address: "Sheet1!C1:C3", values: [[2], [1], [4]] };
    const { page, close } = await open({ excel: true, selections: [withText, four, three] });
    await page.getByRole("tab", { name: "Analyse" }).click();
    await page.getByRole("combobox", { name: "Test" }).click();
    await page.getByRole("option", { name: "Correlation" }).click();
    await page.getByRole("button", { name: "Use the selected range: x" }).click();
    await page.getByText("Range Sheet1!A1:A4").waitFor();
    await page.getByRole("button", { name: "Use the selected range: y" }).click();
    await page.getByText("The cell would show #VALUE!").waitFor();
    await expect(page.locator("[data-error-message]").innerText()).resolves.toMatch(/row 3/);
    await expect(page.getByRole("button", { name: "Insert formula" }).isDisabled()).resolves.toBe(true);
    await page.getByRole("button", { name: "Back to the catalog for x" }).click();
    await page.getByRole("button", { name: "Use the selected range: x" }).click();
    await page.getByText("The cell would show #N/A").waitFor();
    await expect(page.locator("code[data-formula]").innerText()).resolves.toBe(
      '=INNO.CORR(Sheet1!C1:C3,Sheet1!B1:B4,"pearson",0,"level","stats")',
    );
    await close();
  });

  it("has no accessibility violations (axe-core), with a result, a wide regression table, in Chinese, and with the dialog open", async () => {
    const occupied = {
      status: "occupied",
      sheetName: "Sheet1",
      firstUsedCell: "A1",
      nextFree: { sheetName: "Sheet1", row: 3, column: 0 },
    };
    const { page, close } = await open({ excel: true, inserts: [occupied], bypassCSP: true });
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const audit = () =>
      page.evaluate(async () => {
        type Result = { violations: { id: string; nodes: { html: string }[] }[] };
        const axe = (window as unknown as { axe: { run: (c: Document) => Promise<Result> } }).axe;
        const result = await axe.run(document);
        // Fluent's focus manager (tabster) inserts aria-hidden focus bumpers on purpose: a documented false positive
        // of aria-hidden-focus (microsoft/tabster#288), filtered as in the pane's other audit.
        return result.violations
          .map((v) => ({
            id: v.id,
            nodes: v.nodes.map((n) => n.html.slice(0, 120)).filter((html) => !html.includes("data-tabster-dummy")),
          }))
          .filter((v) => v.nodes.length > 0);
      });
    await page.getByRole("tab", { name: "Analyse" }).click();
    await page.getByRole("button", { name: /^Does R&D spending/ }).click();
    await page.locator("[data-verdict]").waitFor();
    expect(await audit()).toEqual([]);
    // A regression's table is wider than the pane: it scrolls, and so must be reachable from the keyboard.
    await page.getByRole("button", { name: /^Does basic research/ }).click();
    await page.locator('tr[data-label="durbin_watson"]').waitFor();
    expect(await audit()).toEqual([]);
    await page.getByRole("button", { name: /^Does R&D spending/ }).click();
    await page.getByRole("tab", { name: "中文" }).click();
    await page.getByText("在5%的显著性水平下", { exact: false }).waitFor();
    expect(await audit()).toEqual([]);
    await page.getByRole("button", { name: "插入公式" }).click();
    await page.getByRole("dialog").waitFor();
    // Audit the dialog once its opening transition is over (axe would measure contrast mid-fade).
    await page.waitForTimeout(400);
    expect(await audit()).toEqual([]);
    await close();
  });
});
