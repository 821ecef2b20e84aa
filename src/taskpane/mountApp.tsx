import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

/** Renders the pane into `root`, once it knows whether it runs in Excel. */
export async function mountApp(root: HTMLElement): Promise<void> {
  // The first render's code has arrived: what loads after this mark is loaded on demand (the bench sizes both).
  performance.mark("inno:ui-loaded");
  const host = await detectHost();
  createRoot(root).render(<App host={host} />);
}
