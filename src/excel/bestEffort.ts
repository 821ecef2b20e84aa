import { supportsExcelApi } from "./apiSupport";

/**
 * A finishing touch INNO could not apply while the table and chart still landed. Writers return these instead of
 * failing: the pane shows each as a note, in the user's language. `unsupported` means the host lacks the API set
 * named in `detail`; `failed` means the host refused it, with Excel's message in `detail`.
 */
export interface SkippedStep {
  readonly step: "altText" | "yearAxis" | "secondaryAxis";
  readonly reason: "unsupported" | "failed";
  readonly detail: string;
}

/** A chart's alt text, to be set on its shape once the chart exists. */
export interface AltText {
  readonly sheet: Excel.Worksheet;
  readonly chartName: string;
  readonly title: string;
  readonly description: string;
}

/** The API set each optional chart feature needs, above what the manifest requires (ExcelApi 1.1). */
export const OPTIONAL_API = { altText: "1.9", yearAxis: "1.7", secondaryAxis: "1.8" } as const;

/** A step skipped because the host lacks its API set. */
export function unsupported(step: SkippedStep["step"]): SkippedStep {
  return { step, reason: "unsupported", detail: `ExcelApi ${OPTIONAL_API[step]}` };
}

/**
 * Sets alt text on the charts' shapes in a round trip of its own, after everything else has been written.
 * Whether every Excel lists charts among a sheet's shapes is not established; where one does not,
 * `shapes.getItem` fails at sync, and in the insertion's own batch it would have failed the whole insertion.
 * Here that failure only costs the alt text and becomes a note. No round trip when the host lacks ExcelApi 1.9.
 */
export async function setAltTexts(
  context: Excel.RequestContext,
  altTexts: readonly AltText[],
): Promise<readonly SkippedStep[]> {
  if (altTexts.length === 0) return [];
  if (!supportsExcelApi(OPTIONAL_API.altText)) return [unsupported("altText")];
  try {
    for (const { sheet, chartName, title, description } of altTexts) {
      const shape = sheet.shapes.getItem(chartName);
      shape.altTextTitle = title;
      shape.altTextDescription = description;
    }
    await context.sync();
    return [];
  } catch (error) {
    return [{ step: "altText", reason: "failed", detail: error instanceof Error ? error.message : String(error) }];
  }
}
