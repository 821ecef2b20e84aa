import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../data/seriesDefinitions";
import { Dataset, primaryEntry } from "../../excel/datasets";
import type { InsertionPlan } from "../../excel/insertionPlan";
import { findSeries } from "../../data/catalog";
import type { Strings } from "../i18n/strings";
import { lazy, Suspense } from "react";
import { PreviewTable } from "./PreviewTable";

// The chart follows the first render in a chunk of its own; its place is kept so nothing below it moves.
const MiniChart = lazy(() => import("./MiniChart").then((m) => ({ default: m.MiniChart })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  chartPlaceholder: { aspectRatio: "300 / 160", width: "100%" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0 },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** What a dataset holds: a small chart, its first and last years, unit, citation and notes. */
export function DatasetPreview({
  dataset,
  plan,
  lang,
  strings,
}: {
  dataset: Dataset;
  plan: InsertionPlan;
  lang: Lang;
  strings: Strings;
}) {
  const styles = useStyles();
  const entry = primaryEntry(dataset);
  const entries = [...new Set(dataset.columns.map((c) => c.series))]
    .map((id) => findSeries(id))
    .filter((e) => e !== undefined);
  const notes = entries.flatMap((e) => e.notes);
  return (
    <section className={styles.root} aria-labelledby="preview-title">
      <Subtitle2 as="h2" id="preview-title">
        {dataset.title[lang]}
      </Subtitle2>
      <Suspense fallback={<div className={styles.chartPlaceholder} />}>
        <MiniChart plan={plan} lang={lang} strings={strings} />
      </Suspense>
      <dl className={styles.facts}>
        <dt className={styles.term}>{strings.unit}</dt>
        <dd className={styles.definition}>{entry.def.unit[lang]}</dd>
        <dt className={styles.term}>{strings.years}</dt>
        <dd className={styles.definition}>
          {Math.max(...entries.map((e) => e.firstYear))}–{Math.min(...entries.map((e) => e.lastYear))}
        </dd>
      </dl>
      <PreviewTable values={plan.values} strings={strings} />
      <Body1 as="h3">{strings.source}</Body1>
      <Caption1 className={styles.source}>
        {entries.map((e) => `${e.def.id}: ${e.def.vintage[lang]}.`).join(" ")}
      </Caption1>
      <Body1 as="h3">{strings.notes}</Body1>
      {notes.length === 0 ? (
        <Caption1>{strings.noNotes}</Caption1>
      ) : (
        <ul className={styles.notes}>
          {notes.map((n, i) => (
            <li key={i}>
              <Caption1>{n[lang]}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
