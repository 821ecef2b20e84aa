import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const TEST_DIST = join(__dirname, "..", "..", "dist-test");

/**
 * Builds the add-in for browser tests into dist-test/, with the office-js package's own office.js (the CDN is
 * out of reach here). Jest's global setup calls it once per run.
 */
export function buildForTests(): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--config-name", "addin"],
    {
      cwd: join(__dirname, "..", ".."),
      env: { ...process.env, OFFICE_JS: "local", INNO_DIST: "dist-test" },
      stdio: "pipe",
    },
  );
  if (!existsSync(join(TEST_DIST, "taskpane.html"))) throw new Error("the test build wrote no taskpane.html");
}
