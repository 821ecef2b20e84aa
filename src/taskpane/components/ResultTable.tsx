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
    <div className={styles.wrap}>
      <Table size="extra-small" aria-label={strings.resultTable}>
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
          {body.map((row, i) => (
            <TableRow key={i} data-label={String(row[0])}>
              {Array.from({ length: head ? width : 2 }, (_, j) => (
                <TableCell key={j} className={row[0] === "note" ? styles.note : styles.number}>
                  {displayCell(row[j] ?? "")}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
