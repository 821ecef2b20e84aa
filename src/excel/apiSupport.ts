/** True when the host supports the ExcelApi requirement set `version` (false outside Office). */
export function supportsExcelApi(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
