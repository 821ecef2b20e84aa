/**
 * Validates data/*.csv and writes the compact catalog the add-in, the CLI and the tests load
 * (src/data/generated/catalogData.json). Fails, naming file and line, on any row without a source,
 * any duplicate row, or any value that is not a number.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCatalogData, DataValidationError } from "../src/data/validateSources";

const root = join(__dirname, "..");
const read = (name: string) => readFileSync(join(root, "data", name), "utf8");

try {
  const data = buildCatalogData({
    "national.csv": read("national.csv"),
    "national_alternates.csv": read("national_alternates.csv"),
    "provinces.csv": read("provinces.csv"),
    "basic_research_shares.csv": read("basic_research_shares.csv"),
  });
  const outDir = join(root, "src", "data", "generated");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "catalogData.json"), JSON.stringify(data));
  const values = Object.values(data.national).reduce((n, list) => n + list.length, 0);
  console.log(
    `catalog: ${values} national values, ${data.provinces.length} provinces, ${data.countries.length} countries, ${data.sources.length} sources`,
  );
} catch (error) {
  console.error(error instanceof DataValidationError ? error.message : error);
  process.exit(1);
}
