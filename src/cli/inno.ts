import { writeFileSync } from "node:fs";
import { runCli } from "./main";

async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
    writeFile: (path, content) => writeFileSync(path, content),
  });
}

void main();
