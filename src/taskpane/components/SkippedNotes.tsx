import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { SkippedStep } from "../../excel/bestEffort";
import { format, Strings } from "../i18n/strings";

/**
 * The finishing touches Excel could not apply after a successful insertion or build, one line each, so the user
 * knows what to add by hand; nothing when all were applied.
 */
export function SkippedNotes({ skipped, strings }: { skipped: readonly SkippedStep[]; strings: Strings }) {
  if (skipped.length === 0) return null;
  const text = {
    altText: strings.skippedAltText,
    yearAxis: strings.skippedYearAxis,
    secondaryAxis: strings.skippedSecondaryAxis,
  };
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.skippedTitle}</MessageBarTitle>
        {skipped.map((s) => (
          <div key={s.step}>{format(text[s.step], { detail: s.detail })}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
