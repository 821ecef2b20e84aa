import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import {
  ANALYSIS_TESTS,
  AnalysisInput,
  AnalysisSpec,
  AnalysisTest,
  analysisFormula,
  computeAnalysis,
  DEFAULT_SPEC,
  defaultLag,
  normalizeSpec,
} from "../../core/analysisFormula";
import { analysisVerdict, variableName } from "../../core/analysisVerdict";
import { PAPER_QUESTIONS } from "../../core/paperQuestions";
import { transformSuggestion } from "../../core/transformSuggestion";
import { findSeries } from "../../data/catalog";
import type { Lang } from "../../data/seriesDefinitions";
import type { InsertOutcome, InsertTarget } from "../../excel/applyPlan";
import { spillSize } from "../../excel/insertFormula";
import type { WorkbookHost } from "../host";
import { useCommand } from "../hooks/useCommand";
import { format, StringKey, Strings } from "../i18n/strings";
import { AnalysisOptions } from "./AnalysisOptions";
import { CommandFailure } from "./CommandFailure";
import { OccupiedDialog } from "./OccupiedDialog";
import { ResultTable } from "./ResultTable";
import { SeriesPicker } from "./SeriesPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  questions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  question: { listStyleType: "none" },
  questionButton: { justifyContent: "flex-start", textAlign: "start", height: "auto" },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

const TEST_KEYS: Readonly<Record<AnalysisTest, { name: StringKey; help: StringKey }>> = {
  correlation: { name: "testCorrelation", help: "helpCorrelation" },
  regression: { name: "testRegression", help: "helpRegression" },
  granger: { name: "testGranger", help: "helpGranger" },
  unitroot: { name: "testUnitroot", help: "helpUnitroot" },
  cointegration: { name: "testCointegration", help: "helpCointegration" },
};

/** The inputs a test needs before it can be computed. */
function complete(spec: AnalysisSpec): boolean {
  if (!spec.y) return false;
  return spec.test === "unitroot" || spec.x.length > 0;
}

/** The labels of the input slots: [y slot, x slot] in the test's own words. */
function slotLabels(test: AnalysisTest, strings: Strings): { y: string; x: string } {
  switch (test) {
    case "granger":
      return { y: strings.inputEffect, x: strings.inputCause };
    case "unitroot":
      return { y: strings.inputSeries, x: strings.inputX };
    default:
      return { y: strings.inputY, x: strings.inputX };
  }
}

/** The years the chosen series cover together (empty when a range is used: its years are the selection's). */
function yearsOf(spec: AnalysisSpec): number[] {
  const inputs = [...(spec.test === "unitroot" ? [] : spec.x), ...(spec.y ? [spec.y] : [])];
  if (inputs.length === 0 || inputs.some((i) => i.kind === "range")) return [];
  const entries = inputs.map((i) => (i.kind === "series" ? findSeries(i.id) : undefined));
  const first = Math.min(...entries.map((e) => e?.firstYear ?? Infinity));
  const last = Math.max(...entries.map((e) => e?.lastYear ?? -Infinity));
  return Number.isFinite(first) && Number.isFinite(last)
    ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
    : [];
}

interface Props {
  readonly host: WorkbookHost | null;
  readonly lang: Lang;
  readonly strings: Strings;
}

/**
 * The Analyse tab: build a test of the paper's claims (or of the user's ranges) without knowing the syntax,
 * see the result the cell will spill and a verdict in words while choosing, then insert the live formula.
 */
export default function AnalysePanel({ host, lang, strings }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = useState<AnalysisSpec>(DEFAULT_SPEC);
  const spec = useMemo(() => normalizeSpec(draft), [draft]);
  const [occupied, setOccupied] = useState<Extract<InsertOutcome, { status: "occupied" }> | null>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const ready = complete(spec);
  const formula = useMemo(() => analysisFormula(spec), [spec]);
  const outcome = useMemo(() => (ready ? computeAnalysis(spec) : null), [ready, spec]);
  const suggestion = useMemo(() => (ready ? transformSuggestion(spec) : null), [ready, spec]);
  const years = useMemo(() => yearsOf(spec), [spec]);
  const labels = slotLabels(spec.test, strings);

  const update = (patch: Partial<AnalysisSpec>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setCopyState("idle");
  };
  const chooseTest = (test: AnalysisTest) =>
    update({ test, lag: defaultLag(test), x: test === "regression" ? spec.x : spec.x.slice(0, 1) });

  const insert = useCallback(
    (target: InsertTarget) => {
      if (!host || !outcome?.ok) return Promise.reject(new Error(strings.needsExcel));
      return host.insertFormula(formula, spillSize(outcome.result), target);
    },
    [host, outcome, formula, strings.needsExcel],
  );
  const inserting = useCommand(insert);
  const run = async (target: InsertTarget) => {
    setOccupied(null);
    const result = await inserting.run(target);
    if (result?.status === "occupied") setOccupied(result);
  };
  const readSelection = useCallback(() => {
    if (!host) return Promise.reject(new Error(strings.needsExcel));
    return host.readSelection();
  }, [host, strings.needsExcel]);
  const reading = useCommand(readSelection);
  const selectionReader = (assign: (input: AnalysisInput) => void) =>
    host
      ? async () => {
          const range = await reading.run();
          if (range) assign({ kind: "range", address: range.address, values: range.values });
        }
      : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formula);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  const subject = {
    test: spec.test,
    x: spec.x.map((i) => variableName(i, spec.transform, lang)),
    y: spec.y ? variableName(spec.y, spec.transform, lang) : "",
    lag: spec.lag,
    unit: [...spec.x, ...(spec.y ? [spec.y] : [])].some((i) => i.kind === "range")
      ? ("observations" as const)
      : ("years" as const),
  };
  const verdict = outcome?.ok ? analysisVerdict(outcome.result, subject, lang) : "";
  const canInsert = host !== null && outcome?.ok === true && inserting.state.status !== "running";
  // A regression takes more regressors from the catalog (an empty picker adds one); a range holds them in its columns.
  const regressors =
    spec.test === "regression" && spec.x[0]?.kind !== "range" ? [...spec.x, null] : [spec.x[0] ?? null];
  const setRegressor = (index: number, input: AnalysisInput | null) => {
    const next = [...spec.x];
    if (input) next[index] = input;
    else next.splice(index, 1);
    update({ x: next });
  };

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="questions-title">
        <Subtitle2 as="h2" id="questions-title">
          {strings.questionsHeading}
        </Subtitle2>
        <ul className={styles.questions}>
          {PAPER_QUESTIONS.map((q) => (
            <li key={q.key} className={styles.question}>
              <Button
                appearance="subtle"
                className={styles.questionButton}
                onClick={() => {
                  setDraft(q.spec);
                  setCopyState("idle");
                }}
              >
                {strings[`question${q.key}`]}
              </Button>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="builder-title">
        <Subtitle2 as="h2" id="builder-title">
          {strings.optionsHeading}
        </Subtitle2>
        <Field label={strings.testLabel} hint={strings[TEST_KEYS[spec.test].help]}>
          <Dropdown
            value={strings[TEST_KEYS[spec.test].name]}
            selectedOptions={[spec.test]}
            onOptionSelect={(_, data) => data.optionValue && chooseTest(data.optionValue as AnalysisTest)}
          >
            {ANALYSIS_TESTS.map((test) => (
              <Option key={test} value={test}>
                {strings[TEST_KEYS[test].name]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {spec.test !== "granger" && spec.test !== "correlation" && (
          <SeriesPicker
            label={labels.y}
            input={spec.y}
            onChange={(y) => update({ y })}
            onUseSelection={selectionReader((y) => update({ y }))}
            reading={reading.state.status === "running"}
            lang={lang}
            strings={strings}
          />
        )}
        {spec.test !== "unitroot" &&
          regressors.map((input, i) => {
            const label =
              spec.test === "regression" && regressors.length > 2
                ? format(strings.inputRegressor, { index: i + 1 })
                : labels.x;
            const removable = spec.test === "regression" && input !== null && spec.x.length > 1;
            return (
              <SeriesPicker
                key={i}
                label={input === null && i > 0 ? strings.addRegressor : label}
                input={input}
                onChange={(next) => setRegressor(i, next)}
                onUseSelection={i === 0 ? selectionReader((next) => setRegressor(0, next)) : undefined}
                reading={reading.state.status === "running"}
                extra={
                  removable ? (
                    <Button size="small" onClick={() => setRegressor(i, null)}>
                      {format(strings.removeRegressor, { name: label })}
                    </Button>
                  ) : undefined
                }
                lang={lang}
                strings={strings}
              />
            );
          })}
        {(spec.test === "granger" || spec.test === "correlation") && (
          <SeriesPicker
            label={labels.y}
            input={spec.y}
            onChange={(y) => update({ y })}
            onUseSelection={selectionReader((y) => update({ y }))}
            reading={reading.state.status === "running"}
            lang={lang}
            strings={strings}
          />
        )}
        {reading.state.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{format(strings.selectionFailed, { message: reading.state.message })}</MessageBarBody>
          </MessageBar>
        )}
        <AnalysisOptions spec={spec} onSpec={update} years={years} strings={strings} />
        {suggestion && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{strings.suggestionTitle}</MessageBarTitle>
              {format(strings.suggestion, {
                names: suggestion.inputs.map((f) => variableName(f.input, "level", lang)).join(", "),
                p: suggestion.inputs.map((f) => f.p.toFixed(2)).join(", "),
              })}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => update({ transform: suggestion.transform })}>
                {format(strings.applySuggestion, { transform: suggestion.transform })}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-labelledby="formula-title">
        <Subtitle2 as="h2" id="formula-title">
          {strings.formulaHeading}
        </Subtitle2>
        <code className={styles.formula} aria-label={strings.formulaLabel} data-formula={formula}>
          {formula}
        </code>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={!canInsert}
            aria-describedby="insert-formula-hint"
            icon={inserting.state.status === "running" ? <Spinner size="tiny" /> : undefined}
            onClick={() => void run({ kind: "selection" })}
          >
            {inserting.state.status === "running" ? strings.insertingFormula : strings.insertFormula}
          </Button>
          <Button onClick={() => void copy()}>{strings.copyFormula}</Button>
        </div>
        <Caption1 id="insert-formula-hint" className={styles.muted}>
          {!host
            ? strings.needsExcel
            : outcome && !outcome.ok
              ? strings.insertFormulaInvalid
              : strings.insertFormulaHint}
        </Caption1>
        <div role="status">
          {copyState === "copied" && <Text>{strings.copied}</Text>}
          {copyState === "failed" && <Text>{strings.copyFailed}</Text>}
        </div>
        {inserting.state.status === "done" && inserting.state.result.status === "inserted" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {format(strings.formulaInserted, { address: inserting.state.result.address })}
            </MessageBarBody>
          </MessageBar>
        )}
        <CommandFailure state={inserting.state} strings={strings} />
      </section>

      <section className={styles.section} aria-labelledby="result-title" aria-live="polite">
        <Subtitle2 as="h2" id="result-title">
          {strings.resultHeading}
        </Subtitle2>
        {!outcome && <Text className={styles.muted}>{strings.resultEmpty}</Text>}
        {outcome && !outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{format(strings.resultError, { code: outcome.code })}</MessageBarTitle>
              <span data-error-message>{outcome.message}</span>
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok && verdict !== "" && (
          <Text as="p" className={styles.verdict} data-verdict>
            {verdict}
          </Text>
        )}
        {outcome?.ok && Array.isArray(outcome.result) && (
          <ResultTable
            spill={outcome.result}
            header={spec.test === "regression" || spec.test === "correlation"}
            strings={strings}
          />
        )}
      </section>

      <OccupiedDialog
        outcome={occupied}
        strings={strings}
        onBelow={() => occupied && void run({ kind: "cell", ...occupied.nextFree })}
        onNewSheet={() => void run({ kind: "newSheet" })}
        onCancel={() => setOccupied(null)}
      />
    </div>
  );
}
