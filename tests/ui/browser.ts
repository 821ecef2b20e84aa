import { existsSync } from "node:fs";
import { chromium, Browser } from "playwright-core";

/** Debian's Chromium, which `.ci/run` installs; the tests say so and skip where it is absent. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** Headless Chromium with the flags that keep it quiet on a closed network. */
export function launchChromium(locale = "en-US"): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--lang=${locale}`,
    ],
  });
}

/** An init script that collects every Content-Security-Policy violation the page reports, from its first script on. */
export const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber);
  });`;
