import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Renders the pane into `root`. */
export function mountApp(root: HTMLElement): void {
  createRoot(root).render(<App />);
}
