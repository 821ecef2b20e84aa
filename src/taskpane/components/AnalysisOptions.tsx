import {
  Caption1,
  Dropdown,
  Field,
  Label,
  makeStyles,
  Option,
  SpinButton,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  ANALYSIS_METHODS,
  ANALYSIS_SE,
  ANALYSIS_TRANSFORMS,
  ANALYSIS_UNIT_ROOT_TESTS,
  AnalysisSpec,
  hasTransformArgument,
  trendsOf,
} from "../../core/analysisFormula";
import type { Strings, StringKey } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  years: { display: "flex", gap: tokens.spacingHorizontalS },
  year: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  yearDropdown: { minWidth: "auto", width: "100%" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const TRANSFORM_KEYS: Readonly<Record<AnalysisSpec["transform"], StringKey>> = {
  level: "transformLevel",
  yoy: "transformYoy",
  diff: "transformDiff",
  log: "transformLog",
  dlog: "transformDlog",
};
const TREND_KEYS: Readonly<Record<AnalysisSpec["trend"], StringKey>> = { c: "trendC", ct: "trendCt", n: "trendN" };

interface Props {
  readonly spec: AnalysisSpec;
  readonly onSpec: (patch: Partial<AnalysisSpec>) => void;
  /** The years the inputs have data for (empty for ranges: their years are the selection's). */
  readonly years: readonly number[];
  readonly strings: Strings;
}

/** A dropdown of option words, each shown with its words in the dictionary (or as itself). */
function WordDropdown<T extends string>({
  label,
  hint,
  words,
  value,
  onChange,
  text,
  disabled,
}: {
  label: string;
  hint: string;
  words: readonly T[];
  value: T;
  onChange: (word: T) => void;
  text: (word: T) => string;
  disabled?: boolean;
}) {
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        value={text(value)}
        selectedOptions={[value]}
        disabled={disabled}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue as T)}
      >
        {words.map((word) => (
          <Option key={word} value={word}>
            {text(word)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The options of the chosen test, each with its default and a one-line explanation. */
export function AnalysisOptions({ spec, onSpec, years, strings }: Props) {
  const styles = useStyles();
  const yearsId = useId("years");
  const ranged = [...spec.x, ...(spec.y ? [spec.y] : [])].some((i) => i.kind === "range");
  const transformable = hasTransformArgument(spec.test) || !ranged;
  const lagged = spec.test === "correlation" || spec.test === "regression" || spec.test === "granger";
  const granger = spec.test === "granger";
  const yearText = (year: number | undefined) => (year === undefined ? strings.allYears : String(year));
  const yearPicker = (label: string, value: number | undefined, key: "startYear" | "endYear") => (
    <Field label={label} className={styles.year}>
      <Dropdown
        className={styles.yearDropdown}
        value={yearText(value)}
        selectedOptions={[value === undefined ? "" : String(value)]}
        disabled={years.length === 0}
        onOptionSelect={(_, data) => onSpec({ [key]: data.optionValue ? Number(data.optionValue) : undefined })}
      >
        <Option value="">{strings.allYears}</Option>
        {years
          .filter((y) => (key === "startYear" ? y <= (spec.endYear ?? Infinity) : y >= (spec.startYear ?? -Infinity)))
          .map((y) => (
            <Option key={y} value={String(y)}>
              {String(y)}
            </Option>
          ))}
      </Dropdown>
    </Field>
  );

  return (
    <div className={styles.root}>
      <WordDropdown
        label={strings.transformLabel}
        hint={transformable ? strings.transformHelp : strings.transformRangeOnly}
        words={ANALYSIS_TRANSFORMS}
        value={transformable ? spec.transform : "level"}
        onChange={(transform) => onSpec({ transform })}
        text={(word) => strings[TRANSFORM_KEYS[word]]}
        disabled={!transformable}
      />
      {lagged && (
        <Field
          label={granger ? strings.orderLabel : strings.lagLabel}
          hint={granger ? strings.orderHelp : strings.lagHelp}
        >
          <SpinButton
            value={spec.lag}
            min={granger ? 1 : 0}
            max={6}
            onChange={(_, data) => {
              const value = data.value ?? Number(data.displayValue);
              if (Number.isInteger(value)) onSpec({ lag: Math.min(6, Math.max(granger ? 1 : 0, value as number)) });
            }}
          />
        </Field>
      )}
      {spec.test === "correlation" && (
        <WordDropdown
          label={strings.methodLabel}
          hint={strings.methodHelp}
          words={ANALYSIS_METHODS}
          value={spec.method}
          onChange={(method) => onSpec({ method })}
          text={(word) => word}
        />
      )}
      {spec.test === "regression" && (
        <WordDropdown
          label={strings.seLabel}
          hint={strings.seHelp}
          words={ANALYSIS_SE}
          value={spec.se}
          onChange={(se) => onSpec({ se })}
          text={(word) => word}
        />
      )}
      {spec.test === "unitroot" && (
        <WordDropdown
          label={strings.unitRootTestLabel}
          hint={strings.unitRootTestHelp}
          words={ANALYSIS_UNIT_ROOT_TESTS}
          value={spec.unitRootTest}
          onChange={(unitRootTest) => onSpec({ unitRootTest })}
          text={(word) => word.toUpperCase()}
        />
      )}
      {(spec.test === "unitroot" || spec.test === "cointegration") && (
        <WordDropdown
          label={strings.trendLabel}
          hint={strings.trendHelp}
          words={trendsOf(spec)}
          value={spec.trend}
          onChange={(trend) => onSpec({ trend })}
          text={(word) => strings[TREND_KEYS[word]]}
        />
      )}
      <div role="group" aria-labelledby={yearsId} aria-describedby={`${yearsId}-hint`} className={styles.group}>
        <Label id={yearsId}>{strings.yearsLabel}</Label>
        <div className={styles.years}>
          {yearPicker(strings.yearFrom, spec.startYear, "startYear")}
          {yearPicker(strings.yearTo, spec.endYear, "endYear")}
        </div>
        <Caption1 id={`${yearsId}-hint`} className={styles.hint}>
          {ranged ? strings.yearsRangeOnly : strings.yearsHelp}
        </Caption1>
      </div>
    </div>
  );
}
