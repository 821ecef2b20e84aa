import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Cell } from "../../core/errors";
import { displayCell } from "../displayCell";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  // Column widths from the contents (numbers never wrap), not equal shares of a narrow pane.
  table: { tableLayout: "auto" },
  number: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  note: { whiteSpace: "normal", fontSize: tokens.fontSizeBase200 },
});

interface Props {
  readonly spill: readonly (readonly Cell[])[];
  /** Whether the spill's first row is a header (REGRESS and CORR), else it is labelled rows throughout. */
  readonly header: boolean;
  readonly strings: Strings;
}

/** A result as the cell spills it: the same labels and values, numbers to six significant digits. */
export function ResultTable({ spill, header, strings }: Props) {
  const styles = useStyles();
  const head = header ? spill[0] : undefined;
  const body = header ? spill.slice(1) : spill;
  const width = Math.max(...spill.map((row) => row.length));
  return (
    // Focusable so that a wide table (REGRESS has seven columns) scrolls from the keyboard too.
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={strings.resultTable}>
      <Table size="extra-small" className={styles.table} aria-label={strings.resultTable}>
        <TableHeader>
          <TableRow>
            {head
              ? head.map((cell, j) => <TableHeaderCell key={j}>{displayCell(cell)}</TableHeaderCell>)
              : [strings.resultLabel, strings.resultValue].map((text) => (
                  <TableHeaderCell key={text}>{text}</TableHeaderCell>
                ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {body.map((row, i) => {
            // A statistic's row (label, value, blanks) spans the value over the blanks, so the note can wrap.
            const labelled = row.slice(2).every((cell) => cell === "");
            const cells = labelled ? row.slice(0, 2) : row;
            return (
              <TableRow key={i} data-label={String(row[0])}>
                {cells.map((cell, j) => (
                  <TableCell
                    key={j}
                    colSpan={labelled && j === 1 ? width - 1 : undefined}
                    className={row[0] === "note" && j === 1 ? styles.note : styles.number}
                  >
                    {displayCell(cell)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
