// npm stop: stops the development server that npm start left running, and unregisters a desktop sideload.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const PID_FILE = ".inno-dev-server.pid";
if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid);
    console.log(`INNO: stopped the development server (pid ${pid}).`);
  } catch {
    console.log("INNO: the development server was not running.");
  }
  rmSync(PID_FILE);
} else {
  console.log("INNO: no development server to stop.");
}
try {
  createRequire(import.meta.url).resolve("office-addin-debugging/package.json");
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
} catch {
  // Without office-addin-debugging nothing was sideloaded to desktop Excel.
}
