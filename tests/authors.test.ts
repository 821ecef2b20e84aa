import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { STRINGS } from "../src/taskpane/i18n/strings";

const ROOT = join(__dirname, "..");

/**
 * Characters once guessed for the authors' names. The paper prints only "Jiayu Kang" and "Yifei Wang" (issue 11,
 * item 3); spelled by code point so that this file does not itself contain them.
 */
const GUESSED = [String.fromCodePoint(0x5eb7, 0x5609, 0x94b0), String.fromCodePoint(0x738b, 0x4e00, 0x98de)];

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => (name === "node_modules" ? [] : filesUnder(join(path, name))));
}

describe("the authors' names in Chinese", () => {
  it("appear nowhere in guessed characters: not in src, tests, scripts, data or the README", () => {
    const files = ["src", "tests", "scripts", "data", "README.md"].flatMap((p) => filesUnder(join(ROOT, p)));
    const hits = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return GUESSED.some((name) => text.includes(name));
    });
    expect(hits).toEqual([]);
  });

  it("are the published romanised names in the Chinese pane, which says the Chinese title is a translation", () => {
    expect(STRINGS.zh.appSubtitle).toContain("Jiayu Kang");
    expect(STRINGS.zh.appSubtitle).toContain("Yifei Wang");
    expect(STRINGS.zh.appSubtitle).toContain("Impact of China's Import and Export Trade on Innovation");
    expect(STRINGS.zh.appSubtitle).toMatch(/译自英文原题/);
  });
});
