/** Characters Excel refuses in sheet names. */
const SHEET_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_MAX = 31;

/**
 * A valid sheet name not yet in `existing` (compared without case, as Excel does): forbidden characters
 * removed, at most 31 characters, no leading or trailing apostrophe, "History" avoided; " (2)", " (3)"... added on
 * a clash, shortening the base so the whole stays within 31 characters.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  let clean = base
    .replace(SHEET_FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (clean === "" || clean.toLowerCase() === "history") clean = `INNO ${clean}`.trim();
  clean = clean.slice(0, SHEET_MAX).trim();
  return firstFree(clean, existing, (k) => {
    const suffix = ` (${k})`;
    return `${clean.slice(0, SHEET_MAX - suffix.length).trim()}${suffix}`;
  });
}

/**
 * A valid table name not yet in `existing`: letters, digits, underscores and periods, starting with a letter or
 * underscore, never readable as a cell reference (A1 or R1C1), unique without case; "_2", "_3"... on a clash.
 */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  let clean = base.replace(/[^A-Za-z0-9_.]/g, "_").replace(/_+/g, "_");
  if (!/^[A-Za-z_]/.test(clean)) clean = `_${clean}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(clean) || /^[Rr]\d*[Cc]\d*$/.test(clean) || /^[RrCc]$/.test(clean)) clean = `_${clean}`;
  clean = clean.slice(0, 250);
  return firstFree(clean, existing, (k) => `${clean}_${k}`);
}

/** A chart name not yet used on the sheet: the alt text is set through the chart's shape, found by name. */
export function uniqueChartName(base: string, existing: readonly string[]): string {
  return firstFree(base, existing, (k) => `${base} (${k})`);
}

/** `name` if free (compared without case, as Excel does), else the first free `variant(k)` for k = 2, 3... */
function firstFree(name: string, existing: readonly string[], variant: (k: number) => string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let k = 2; ; k++) {
    const candidate = variant(k);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
