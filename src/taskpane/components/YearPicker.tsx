import { Dropdown, Field, Option } from "@fluentui/react-components";

interface Props {
  readonly years: readonly number[];
  readonly year: number;
  readonly onYear: (year: number) => void;
  readonly label: string;
}

/** The year a regional dataset (provinces, countries) is charted for, latest first. */
export function YearPicker({ years, year, onYear, label }: Props) {
  return (
    <Field label={label}>
      <Dropdown
        value={String(year)}
        selectedOptions={[String(year)]}
        onOptionSelect={(_, data) => onYear(Number(data.optionValue))}
      >
        {years.map((y) => (
          <Option key={y} value={String(y)}>
            {String(y)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
