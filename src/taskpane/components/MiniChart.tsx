import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../data/seriesDefinitions";
import type { InsertionPlan } from "../../excel/insertionPlan";
import { format, Strings } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  chart: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1" },
  label: { fill: tokens.colorNeutralForeground3, fontSize: "9px" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const PALETTE = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPalettePurpleForeground2,
];
const WIDTH = 300;
const HEIGHT = 160;
const PAD = { left: 38, right: 38, top: 16, bottom: 16 };
const PLOT_BOTTOM = HEIGHT - PAD.bottom;

/** The value range an axis shows: from zero (or below) to the largest value. */
function extent(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter((v) => !Number.isNaN(v));
  const min = Math.min(0, ...finite);
  const max = Math.max(...finite, min + 1);
  return { min, max };
}

function scale({ min, max }: { min: number; max: number }): (v: number) => number {
  return (v) => PAD.top + (PLOT_BOTTOM - PAD.top) * (1 - (v - min) / (max - min));
}

const compact = (locale: string) => new Intl.NumberFormat(locale, { notation: "compact", maximumSignificantDigits: 3 });
// Built once per language: a formatter is costly to create and the chart redraws on every option change.
const TICKS: Readonly<Record<Lang, Intl.NumberFormat>> = { en: compact("en"), zh: compact("zh-CN") };

/** A short axis label: 30,783 → "30.8K" (en) or "3.1万" (zh), as the language writes large numbers. */
function tick(value: number, lang: Lang): string {
  return TICKS[lang].format(value);
}

/**
 * A small SVG sketch of the chart an insertion would create (lines or columns over years, or bars by region),
 * with its value axes labelled (range and unit) and a legend naming each series, so two lines are never anonymous.
 */
export function MiniChart({ plan, lang, strings }: { plan: InsertionPlan; lang: Lang; strings: Strings }) {
  const styles = useStyles();
  const spec = plan.chart;
  const rows = plan.values.slice(1);
  const header = plan.values[0] ?? [];
  const first = spec?.firstValueColumn ?? 1;
  const count = spec?.valueColumnCount ?? Math.max(0, header.length - 1);
  const series = Array.from({ length: count }, (_, k) =>
    rows.map((r) => r[first + k]).map((v) => (typeof v === "number" ? v : NaN)),
  );
  const secondaryIndex = spec?.secondary?.seriesIndex;
  const onLeft = series.filter((_, k) => k !== secondaryIndex).flat();
  const left = extent(onLeft);
  const right = secondaryIndex === undefined ? null : extent(series[secondaryIndex] ?? []);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const bars = spec?.type === "BarClustered";
  let shapes: ReactNode[] = [];

  if (bars) {
    const values = series[0] ?? [];
    const band = (PLOT_BOTTOM - PAD.top) / Math.max(values.length, 1);
    shapes = values.map((v, i) => (
      <rect
        key={i}
        x={PAD.left}
        y={PAD.top + i * band}
        width={Number.isNaN(v) ? 0 : (innerWidth * Math.max(v, 0)) / left.max}
        height={Math.max(band - 1, 1)}
        fill={PALETTE[0]}
      />
    ));
  } else {
    const n = rows.length;
    const x = (i: number) => PAD.left + (n > 1 ? (innerWidth * i) / (n - 1) : innerWidth / 2);
    shapes = series.map((values, k) => {
      // Lines sharing an axis share its scale, so their heights compare; the growth line has its own (right) axis.
      const y = scale(k === secondaryIndex && right ? right : left);
      if (spec?.type === "ColumnClustered" && k === 0) {
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
                  height={PLOT_BOTTOM - y(v)}
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
  const legend = count > 1 ? header.slice(first, first + count).map(String) : [];
  return (
    <figure className={styles.root}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${strings.chartLabel}: ${spec?.altText ?? ""}`}
      >
        <line className={styles.axis} x1={PAD.left} x2={WIDTH - PAD.right} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} />
        {shapes}
        {spec && (
          <text className={styles.label} x={bars ? PAD.left : 0} y={9}>
            {spec.valueAxisTitle}
          </text>
        )}
        {spec?.secondary && (
          <text className={styles.label} x={WIDTH} y={9} textAnchor="end">
            {spec.secondary.axisTitle}
          </text>
        )}
        {bars ? (
          <>
            <text className={styles.label} x={PAD.left} y={HEIGHT - 4}>
              0
            </text>
            <text className={styles.label} x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
              {tick(left.max, lang)}
            </text>
          </>
        ) : (
          <>
            <text className={styles.label} x={PAD.left - 3} y={PAD.top + 3} textAnchor="end">
              {tick(left.max, lang)}
            </text>
            <text className={styles.label} x={PAD.left - 3} y={PLOT_BOTTOM} textAnchor="end">
              {tick(left.min, lang)}
            </text>
            {right && (
              <>
                <text className={styles.label} x={WIDTH - PAD.right + 3} y={PAD.top + 3}>
                  {tick(right.max, lang)}
                </text>
                <text className={styles.label} x={WIDTH - PAD.right + 3} y={PLOT_BOTTOM}>
                  {tick(right.min, lang)}
                </text>
              </>
            )}
            <text className={styles.label} x={PAD.left} y={HEIGHT - 4}>
              {firstLabel}
            </text>
            <text className={styles.label} x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end">
              {lastLabel}
            </text>
          </>
        )}
      </svg>
      {legend.length > 0 && (
        <ul className={styles.legend} aria-label={strings.chartLegend}>
          {legend.map((name, k) => (
            <li key={k} className={styles.key}>
              <svg width="14" height="8" aria-hidden="true">
                <rect y="2" width="14" height="4" fill={PALETTE[k % PALETTE.length]} />
              </svg>
              {k === secondaryIndex ? format(strings.chartRightAxis, { name }) : name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
