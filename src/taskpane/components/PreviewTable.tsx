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
import { format, Strings } from "../i18n/strings";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  gap: { color: tokens.colorNeutralForeground4 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textAlign: "start" },
});

const HEAD = 4;
const TAIL = 4;

// One formatter for every cell: toLocaleString with options builds a new one per call, which cost about 40 ms
// of the pane's first render in a Chromium profile.
const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** Years (the first column) as written; other numbers with grouping and at most two decimals. */
function show(value: Cell, column: number): string {
  if (typeof value === "number" && column > 0) return NUMBER.format(value);
  return String(value);
}

/** The first and last rows of what an insertion writes; a gap shows as an en dash. */
export function PreviewTable({ values, strings }: { values: readonly (readonly Cell[])[]; strings: Strings }) {
  const styles = useStyles();
  const [header, ...rows] = values;
  const hidden = rows.length - HEAD - TAIL;
  const shown = hidden > 0 ? [...rows.slice(0, HEAD), null, ...rows.slice(-TAIL)] : rows;
  return (
    <div className={styles.wrap}>
      <Table size="extra-small" aria-label={strings.tableCaption}>
        <TableHeader>
          <TableRow>
            {(header ?? []).map((h, k) => (
              <TableHeaderCell key={k}>{show(h, 0)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row, i) =>
            row === null ? (
              <TableRow key="hidden">
                <TableCell colSpan={header?.length ?? 1} className={styles.caption}>
                  {format(strings.rowsHidden, { count: hidden })}
                </TableCell>
              </TableRow>
            ) : (
              <TableRow key={i}>
                {row.map((v, k) => (
                  <TableCell
                    key={k}
                    className={typeof v === "number" ? styles.number : v === "" ? styles.gap : undefined}
                  >
                    {v === "" ? "–" : show(v, k)}
                  </TableCell>
                ))}
              </TableRow>
            ),
          )}
        </TableBody>
      </Table>
    </div>
  );
}
