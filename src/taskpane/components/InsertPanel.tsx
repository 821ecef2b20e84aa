import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Dataset } from "../../excel/datasets";
import type { InsertOutcome } from "../../excel/applyPlan";
import type { PlanOptions } from "../../excel/insertionPlan";
import type { CommandState } from "../hooks/useCommand";
import { format, Strings } from "../i18n/strings";
import { CommandFailure } from "./CommandFailure";
import { SkippedNotes } from "./SkippedNotes";

// Only figures 7 and 3.2 pick a year: the dropdown (and its positioning code) loads when one of them is chosen.
const YearPicker = lazy(() => import("./YearPicker").then((m) => ({ default: m.YearPicker })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export type TargetChoice = "newSheet" | "selection";

interface Props {
  readonly dataset: Dataset;
  readonly options: PlanOptions;
  readonly onOptions: (options: PlanOptions) => void;
  readonly target: TargetChoice;
  readonly onTarget: (target: TargetChoice) => void;
  readonly years: readonly number[];
  readonly canInsert: boolean;
  readonly state: CommandState<InsertOutcome>;
  readonly onInsert: () => void;
  readonly strings: Strings;
}

/** Where and how to insert, the Insert button, and what happened. */
export function InsertPanel({
  dataset,
  options,
  onOptions,
  target,
  onTarget,
  years,
  canInsert,
  state,
  onInsert,
  strings,
}: Props) {
  const styles = useStyles();
  const regional = dataset.chart === "provinceBars" || dataset.chart === "countryBars";
  const formulasPossible = dataset.chart !== "countryBars";
  const running = state.status === "running";
  const set = (patch: Partial<PlanOptions>) => onOptions({ ...options, ...patch });
  return (
    <section className={styles.root} aria-labelledby="insert-title">
      <Subtitle2 as="h2" id="insert-title">
        {strings.insertHeading}
      </Subtitle2>
      {!canInsert && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={strings.target}>
        <RadioGroup value={target} onChange={(_, data) => onTarget(data.value as TargetChoice)}>
          <Radio value="newSheet" label={strings.targetNewSheet} />
          <Radio value="selection" label={strings.targetSelection} />
        </RadioGroup>
      </Field>
      <Field label={strings.mode} hint={formulasPossible ? undefined : strings.formulasUnavailable}>
        <RadioGroup
          value={formulasPossible ? options.mode : "values"}
          onChange={(_, data) => set({ mode: data.value as PlanOptions["mode"] })}
        >
          <Radio value="values" label={strings.modeValues} />
          <Radio value="formulas" label={strings.modeFormulas} disabled={!formulasPossible} />
        </RadioGroup>
      </Field>
      {regional && years.length > 0 && (
        <Suspense fallback={null}>
          <YearPicker
            years={years}
            year={options.year ?? (years[0] as number)}
            onYear={(year) => set({ year })}
            label={strings.year}
          />
        </Suspense>
      )}
      {dataset.chart === "provinceBars" && (
        <Checkbox
          checked={options.fullTable ?? false}
          onChange={(_, data) => set({ fullTable: data.checked === true })}
          label={strings.fullTable}
        />
      )}
      <Switch
        checked={options.chart && !options.fullTable}
        disabled={options.fullTable}
        onChange={(_, data) => set({ chart: data.checked })}
        label={strings.withChart}
      />
      <Switch checked={options.note} onChange={(_, data) => set({ note: data.checked })} label={strings.withNote} />
      <Button
        appearance="primary"
        disabled={!canInsert || running}
        onClick={onInsert}
        icon={running ? <Spinner size="tiny" /> : undefined}
      >
        {running ? strings.inserting : strings.insert}
      </Button>
      {state.status === "done" && state.result.status === "inserted" && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{format(strings.inserted, { address: state.result.address })}</MessageBarBody>
          </MessageBar>
          <SkippedNotes skipped={state.result.skipped} strings={strings} />
        </>
      )}
      <CommandFailure state={state} strings={strings} />
    </section>
  );
}
