import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { InsertionPlan } from "../../excel/insertionPlan";

const useStyles = makeStyles({
  chart: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1" },
  label: { fill: tokens.colorNeutralForeground3, fontSize: "9px" },
});

const PALETTE = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPalettePurpleForeground2,
];
const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 8, right: 8, top: 8, bottom: 16 };

function scale(values: number[]): (v: number) => number {
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  return (v) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - (v - min) / span);
}

/** A small SVG sketch of the chart an insertion would create: lines or columns over years, or bars by region. */
export function MiniChart({ plan, label }: { plan: InsertionPlan; label: string }) {
  const styles = useStyles();
  const spec = plan.chart;
  const rows = plan.values.slice(1);
  const first = spec?.firstValueColumn ?? 1;
  const count = spec?.valueColumnCount ?? Math.max(0, (plan.values[0]?.length ?? 1) - 1);
  const numbers = (k: number) => rows.map((r) => r[first + k]).map((v) => (typeof v === "number" ? v : NaN));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  let shapes: ReactNode[] = [];

  if (spec?.type === "BarClustered") {
    const values = numbers(0);
    const max = Math.max(...values.filter((v) => !Number.isNaN(v)), 1);
    const band = (HEIGHT - PAD.top - PAD.bottom) / Math.max(values.length, 1);
    shapes = values.map((v, i) => (
      <rect
        key={i}
        x={PAD.left}
        y={PAD.top + i * band}
        width={Number.isNaN(v) ? 0 : (innerWidth * v) / max}
        height={Math.max(band - 1, 1)}
        fill={PALETTE[0]}
      />
    ));
  } else {
    const n = rows.length;
    const x = (i: number) => PAD.left + (n > 1 ? (innerWidth * i) / (n - 1) : innerWidth / 2);
    shapes = Array.from({ length: count }, (_, k) => {
      const values = numbers(k);
      const y = scale(values.filter((v) => !Number.isNaN(v)));
      const asColumns = spec?.type === "ColumnClustered" && k === 0;
      if (asColumns) {
        const w = Math.max(innerWidth / Math.max(n, 1) - 2, 1);
        return (
          <g key={k}>
            {values.map((v, i) =>
              Number.isNaN(v) ? null : (
                <rect
                  key={i}
                  x={x(i) - w / 2}
                  y={y(v)}
                  width={w}
                  height={HEIGHT - PAD.bottom - y(v)}
                  fill={PALETTE[0]}
                  opacity={0.6}
                />
              ),
            )}
          </g>
        );
      }
      // Gaps break the line: a missing year is never bridged.
      let d = "";
      values.forEach((v, i) => {
        if (Number.isNaN(v)) return;
        d += `${i > 0 && !Number.isNaN(values[i - 1] as number) ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      });
      return <path key={k} d={d} fill="none" stroke={PALETTE[k % PALETTE.length]} strokeWidth={2} />;
    });
  }
  const firstLabel = String(rows[0]?.[0] ?? "");
  const lastLabel = String(rows[rows.length - 1]?.[0] ?? "");
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${label}: ${spec?.altText ?? ""}`}
    >
      <line
        className={styles.axis}
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={HEIGHT - PAD.bottom}
        y2={HEIGHT - PAD.bottom}
      />
      {shapes}
      {spec?.type !== "BarClustered" && (
        <>
          <text className={styles.label} x={PAD.left} y={HEIGHT - 4}>
            {firstLabel}
          </text>
          <text className={styles.label} x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
            {lastLabel}
          </text>
        </>
      )}
    </svg>
  );
}
