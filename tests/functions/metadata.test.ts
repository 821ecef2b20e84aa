import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as customFunctions from "../../src/functions/functions";
import {
  FunctionsMetadata,
  localizeMetadata,
  missingTranslations,
  MetadataDictionary,
} from "../../src/functions/localizeMetadata";
import { SERIES_IDS } from "../../src/data/seriesDefinitions";
import zhCN from "../../src/functions/locales/zh-CN.json";

const GOLDEN = join(__dirname, "..", "golden", "functions.json");
let metadata: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    [join(__dirname, "..", "..", "src", "functions", "functions.ts")],
    true,
  );
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
  // UPDATE_GOLDEN=1 npm test rewrites the golden file after a deliberate change to the functions' JSDoc.
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, JSON.stringify(metadata, null, 2) + "\n");
});

describe("functions.json generated from the JSDoc", () => {
  it("equals the reviewed golden file", () => {
    expect(metadata).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("uses permanent uppercase ids that cannot be read as cell references", () => {
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z]+$/);
      expect(fn.id).not.toMatch(/^[A-Z]{1,3}\d+$/);
      expect(fn.name).toBe(fn.id);
    }
    expect(metadata.functions.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        "SERIES",
        "LIST",
        "INFO",
        "CORR",
        "DEPENDENCE",
        "REGRESS",
        "GRANGER",
        "UNITROOT",
        "COINT",
      ]),
    );
  });

  it("has an export named after each id, which the CLI and the associate calls use", () => {
    for (const fn of metadata.functions) {
      expect(typeof (customFunctions as Record<string, unknown>)[fn.id.toLowerCase()]).toBe("function");
    }
  });

  it("offers every series id as a custom enum with its title as tooltip", () => {
    const ids = metadata.enums?.find((e) => e.id === "SeriesIds");
    expect(ids?.values.map((v) => v.stringValue)).toEqual([...SERIES_IDS]);
    expect(ids?.values.every((v) => v.name === v.stringValue && v.tooltip.length > 0)).toBe(true);
  });

  it("returns spills as matrices, since a 1-D array would show as a single number", () => {
    for (const fn of metadata.functions) expect(fn.result).toEqual({ dimensionality: "matrix" });
  });
});

describe("functions.zh-CN.json", () => {
  it("translates every description, parameter and enum tooltip", () => {
    expect(missingTranslations(metadata, zhCN as MetadataDictionary)).toEqual([]);
  });

  it("keeps ids, parameter names and enum values, changing only the texts", () => {
    const localized = localizeMetadata(metadata, zhCN as MetadataDictionary);
    expect(localized.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(
      metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]),
    );
    expect(localized.enums?.map((e) => e.values.map((v) => v.stringValue))).toEqual(
      metadata.enums?.map((e) => e.values.map((v) => v.stringValue)),
    );
    expect(localized.functions[0]?.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it("names what the dictionary lacks", () => {
    const partial = { functions: {}, enums: {} } as MetadataDictionary;
    expect(missingTranslations(metadata, partial)).toContain("function SERIES");
    expect(() => localizeMetadata(metadata, partial)).toThrow(/lacks: function SERIES/);
  });
});
