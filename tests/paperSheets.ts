/** The sheets of the paper workbook, in order: the add-in in Excel and `inno workbook` must both write these. */
export const PAPER_SHEET_NAMES = [
  "INNO Contents",
  "Figure 1",
  "Figure 2",
  "Figure 3",
  "Figure 4",
  "Figure 5",
  "Figure 6",
  "Figure 7",
  "Section 3.2",
  "INNO Analysis",
  "INNO Sources",
];
