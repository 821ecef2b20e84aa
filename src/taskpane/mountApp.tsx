import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

/** Renders the pane into `root`, once it knows whether it runs in Excel. */
export async function mountApp(root: HTMLElement): Promise<void> {
  const host = await detectHost();
  createRoot(root).render(<App host={host} />);
}
