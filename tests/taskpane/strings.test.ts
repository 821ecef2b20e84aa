import { PAPER_QUESTIONS } from "../../src/core/paperQuestions";
import { format, STRINGS } from "../../src/taskpane/i18n/strings";

describe("the pane's dictionary", () => {
  const keys = Object.keys(STRINGS.en).sort();

  it("has every key in English and in Chinese, none empty", () => {
    expect(Object.keys(STRINGS.zh).sort()).toEqual(keys);
    for (const key of keys) {
      expect(STRINGS.en[key as keyof typeof STRINGS.en].trim()).not.toBe("");
      expect(STRINGS.zh[key as keyof typeof STRINGS.zh].trim()).not.toBe("");
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      const k = key as keyof typeof STRINGS.en;
      expect([key, placeholders(STRINGS.zh[k])]).toEqual([key, placeholders(STRINGS.en[k])]);
    }
  });

  it("is Chinese in Chinese: every entry but the product name holds Chinese characters", () => {
    const notTranslated = keys.filter((k) => !/[\u4e00-\u9fff]/.test(STRINGS.zh[k as keyof typeof STRINGS.zh]));
    expect(notTranslated).toEqual([]);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format(STRINGS.en.inserted, { address: "Sheet1!A1:B3" })).toBe("Inserted Sheet1!A1:B3.");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("words every paper question of the Analyse tab in both languages", () => {
    for (const { key } of PAPER_QUESTIONS) {
      expect(STRINGS.en[`question${key}`]).toMatch(/\?/);
      expect(STRINGS.zh[`question${key}`]).toMatch(/？/);
    }
  });

  it("explains every test and option of the Analyse tab in one line", () => {
    const oneLiners = ["helpCorrelation", "helpRegression", "helpGranger", "helpUnitroot", "helpCointegration"]
      .concat(["transformHelp", "lagHelp", "orderHelp", "methodHelp", "seHelp", "unitRootTestHelp", "trendHelp"])
      .concat(["yearsHelp"]) as (keyof typeof STRINGS.en)[];
    for (const key of oneLiners) {
      for (const lang of ["en", "zh"] as const) expect([key, STRINGS[lang][key].includes("\n")]).toEqual([key, false]);
      expect([key, STRINGS.en[key].length <= 120]).toEqual([key, true]);
    }
  });
});
