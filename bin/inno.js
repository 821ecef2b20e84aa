#!/usr/bin/env node
// The `inno` command runs the CLI bundle that `npm run build` writes.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "inno.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("inno: the CLI is not built yet; run `npm run build` first.\n");
  process.exit(1);
}
require(bundle);
