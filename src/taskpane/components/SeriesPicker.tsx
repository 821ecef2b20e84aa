import {
  Button,
  Caption1,
  Combobox,
  Field,
  makeStyles,
  Option,
  OptionGroup,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import type { AnalysisInput } from "../../core/analysisFormula";
import { findSeries } from "../../data/catalog";
import type { Lang } from "../../data/seriesDefinitions";
import { ALL_DATASETS, figureHeading, primaryEntry, searchByFigure } from "../../excel/datasets";
import { format, Strings } from "../i18n/strings";

/** The catalog's single national series: what a test can take by id (regional series need one region, a range). */
const ANALYSABLE = ALL_DATASETS.filter((d) => d.key.startsWith("series-") && primaryEntry(d).def.regions === "none");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  combobox: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  readonly label: string;
  readonly input: AnalysisInput | null;
  readonly onChange: (input: AnalysisInput | null) => void;
  /** Reads the selection and hands it to onChange; null outside Excel; undefined where a range cannot go. */
  readonly onUseSelection?: (() => void) | null;
  readonly reading: boolean;
  /** A control after the input (e.g. removing a regressor). */
  readonly extra?: ReactNode;
  readonly lang: Lang;
  readonly strings: Strings;
}

/**
 * One input of a test: a series from the catalog (searchable in English and Chinese, grouped by the paper's
 * figures, as the Datasets tab lists them) or the selected range of the workbook.
 */
export function SeriesPicker({ label, input, onChange, onUseSelection, reading, extra, lang, strings }: Props) {
  const styles = useStyles();
  const reasonId = useId("selection-reason");
  // What the user types while searching; null shows the chosen series' title.
  const [typing, setTyping] = useState<string | null>(null);
  // Open while searching, whichever way the text arrived (typed, pasted, filled in by assistive technology).
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => searchByFigure(typing ?? "", ANALYSABLE), [typing]);
  const chosenTitle = input?.kind === "series" ? (findSeries(input.id)?.def.title[lang] ?? input.id) : "";

  return (
    <div className={styles.root}>
      {input?.kind === "range" ? (
        <Field label={label}>
          <div className={styles.row}>
            <Text>{format(strings.selectionUsed, { address: input.address })}</Text>
            <Button size="small" onClick={() => onChange(null)}>
              {format(strings.clearInput, { name: label })}
            </Button>
            {extra}
          </div>
        </Field>
      ) : (
        <Field label={label}>
          <div className={styles.row}>
            <Combobox
              className={styles.combobox}
              placeholder={strings.pickSeries}
              value={typing ?? chosenTitle}
              selectedOptions={input?.kind === "series" ? [input.id] : []}
              open={open}
              onInput={(event) => {
                setTyping((event.target as HTMLInputElement).value);
                setOpen(true);
              }}
              onOpenChange={(_, data) => {
                setOpen(data.open);
                if (!data.open) setTyping(null);
              }}
              onOptionSelect={(_, data) => {
                if (data.optionValue) onChange({ kind: "series", id: data.optionValue });
                setTyping(null);
                setOpen(false);
              }}
            >
              {groups.length === 0 ? (
                <Option disabled value="" text={strings.noSeriesMatch}>
                  {strings.noSeriesMatch}
                </Option>
              ) : (
                groups.map(({ figure, items }) => (
                  <OptionGroup key={figure} label={figureHeading(figure, lang)}>
                    {items.map((d) => {
                      const id = d.columns[0]?.series ?? "";
                      return (
                        <Option key={d.key} value={id} text={d.title[lang]}>
                          {d.title[lang]} · {id}
                        </Option>
                      );
                    })}
                  </OptionGroup>
                ))
              )}
            </Combobox>
            {extra}
          </div>
        </Field>
      )}
      {onUseSelection !== undefined && (
        <div className={styles.row}>
          <Button
            size="small"
            aria-label={`${strings.useSelection}: ${label}`}
            aria-describedby={onUseSelection ? undefined : reasonId}
            disabled={!onUseSelection || reading}
            onClick={() => onUseSelection?.()}
          >
            {reading ? strings.readingSelection : strings.useSelection}
          </Button>
          {!onUseSelection && (
            <Caption1 id={reasonId} className={styles.hint}>
              {strings.useSelectionOutside}
            </Caption1>
          )}
        </div>
      )}
    </div>
  );
}
