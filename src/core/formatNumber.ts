/**
 * A number for a sentence in a note or a verdict: three significant digits (0.00297, 5.4, 1,234), since notes are
 * read, not computed with; the exact value is in the spill beside it.
 *
 * @example formatNumber(0.0029664) // "0.00297"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString("en-US");
  return String(Number(value.toPrecision(3)));
}
