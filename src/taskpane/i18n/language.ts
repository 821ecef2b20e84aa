import type { Lang } from "../../data/seriesDefinitions";

const STORAGE_KEY = "inno.language";

/** The pane's language: the user's remembered choice, else Office's display language, else the browser's. */
export function initialLanguage(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "zh") return saved;
  } catch {
    // Storage can be unavailable (privacy settings); fall through to the display language.
  }
  const office = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  const tag = office || navigator.language || "en";
  return tag.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Remembers the user's choice of language. */
export function rememberLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered where storage is unavailable; the choice still applies now.
  }
}
