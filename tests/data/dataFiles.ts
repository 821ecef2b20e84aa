import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataFiles } from "../../src/data/validateSources";

/** The repository's data files, read from disk (the catalog under test is generated from the same files). */
export function readDataFiles(): DataFiles {
  const read = (name: string) => readFileSync(join(__dirname, "..", "..", "data", name), "utf8");
  return {
    "national.csv": read("national.csv"),
    "national_alternates.csv": read("national_alternates.csv"),
    "provinces.csv": read("provinces.csv"),
    "basic_research_shares.csv": read("basic_research_shares.csv"),
  };
}
