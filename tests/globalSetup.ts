import { hasChromium } from "./ui/browser";
import { buildForTests } from "./ui/buildForTests";

/** Builds the pane once for the browser tests (only where Chromium exists to run them). */
export default function globalSetup(): void {
  if (hasChromium) buildForTests();
  else
    console.warn(
      "INNO: Chromium not found at /usr/bin/chromium: the browser tests will be skipped (apt-get install chromium).",
    );
}
