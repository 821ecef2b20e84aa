// npm start: build, serve over HTTPS on localhost:3000, and sideload into desktop Excel where that is possible
// (Windows and Mac, with office-addin-debugging). Elsewhere print the Excel-on-the-web steps and keep serving.
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PID_FILE = ".inno-dev-server.pid";
const URL = "https://localhost:3000/taskpane.html";

const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  stdio: "inherit",
});
writeFileSync(PID_FILE, String(server.pid));
server.on("exit", (code) => process.exit(code ?? 0));

function webSteps() {
  console.log(`
INNO is served at ${URL}
To use it in Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web).
  2. Home > Add-ins > More Add-ins (or Insert > Office Add-ins) > My Add-ins > Upload My Add-in.
  3. Choose manifest.xml from this folder and select Upload.
  4. The INNO group appears on the Data tab; type =INNO.LIST() in a cell to check the functions.
Your browser must trust the development certificate (see README, "Certificates").
Stop the server with Ctrl+C or \`npm stop\`.`);
}

function hasDebuggingTool() {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

setTimeout(() => {
  if ((process.platform === "win32" || process.platform === "darwin") && hasDebuggingTool()) {
    const result = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--no-debug", "--dev-server", ""], {
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    if (result.status === 0) return;
  } else if (process.platform === "win32" || process.platform === "darwin") {
    console.log("For automatic sideloading into desktop Excel: npm install --no-save office-addin-debugging, then npm start.");
  }
  webSteps();
}, 8000);
