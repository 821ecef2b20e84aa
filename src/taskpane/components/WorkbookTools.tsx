import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Lang } from "../../data/seriesDefinitions";
import type { ProgressStep } from "../../excel/applyPaperWorkbook";
import type { ShareScope } from "../../excel/sharing";
import type { WorkbookHost } from "../host";
import { useCommand } from "../hooks/useCommand";
import { format, Strings } from "../i18n/strings";
import { CommandFailure } from "./CommandFailure";
import { SkippedNotes } from "./SkippedNotes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const NO_HOST = () => Promise.reject(new Error("no host"));

/** Build the paper workbook; convert INNO formulas to values for sharing, and back. */
export function WorkbookTools({ host, lang, strings }: { host: WorkbookHost | null; lang: Lang; strings: Strings }) {
  const styles = useStyles();
  const [step, setStep] = useState<ProgressStep | null>(null);
  const [scope, setScope] = useState<ShareScope>("workbook");
  const build = useCommand(useCallback(() => (host ? host.buildPaper(lang, setStep) : NO_HOST()), [host, lang]));
  const share = useCommand(useCallback((s: ShareScope) => (host ? host.share(s) : NO_HOST()), [host]));
  const restore = useCommand(useCallback(() => (host ? host.restore() : NO_HOST()), [host]));
  const stepText = {
    reading: strings.progressReading,
    writing: strings.progressWriting,
    saving: strings.progressSaving,
  };
  const stepValue = { reading: 0.2, writing: 0.6, saving: 0.9 };
  const busy =
    build.state.status === "running" || share.state.status === "running" || restore.state.status === "running";
  return (
    <div className={styles.root}>
      {!host && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="paper-title">
        <Subtitle2 as="h2" id="paper-title">
          {strings.paperHeading}
        </Subtitle2>
        <Body1>{strings.paperBody}</Body1>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!host || busy} onClick={() => void build.run()}>
            {strings.buildPaper}
          </Button>
        </div>
        {build.state.status === "running" && step && (
          <Field validationMessage={stepText[step]} validationState="none">
            <ProgressBar value={stepValue[step]} aria-label={stepText[step]} />
          </Field>
        )}
        {build.state.status === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {format(strings.paperBuilt, {
                count: build.state.result.sheets.length,
                replaced: build.state.result.replaced,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {build.state.status === "done" && <SkippedNotes skipped={build.state.result.skipped} strings={strings} />}
        <CommandFailure state={build.state} strings={strings} />
      </section>
      <section className={styles.section} aria-labelledby="share-title">
        <Subtitle2 as="h2" id="share-title">
          {strings.shareHeading}
        </Subtitle2>
        <Body1>{strings.shareBody}</Body1>
        <Field label={strings.shareScope}>
          <RadioGroup value={scope} onChange={(_, data) => setScope(data.value as ShareScope)}>
            <Radio value="selection" label={strings.scopeSelection} />
            <Radio value="sheet" label={strings.scopeSheet} />
            <Radio value="workbook" label={strings.scopeWorkbook} />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!host || busy} onClick={() => void share.run(scope)}>
            {share.state.status === "running" ? strings.working : strings.share}
          </Button>
          <Button disabled={!host || busy} onClick={() => void restore.run()}>
            {restore.state.status === "running" ? strings.working : strings.restore}
          </Button>
        </div>
        {share.state.status === "done" && (
          <MessageBar intent={share.state.result.formulas > 0 ? "success" : "info"}>
            <MessageBarBody>
              {share.state.result.formulas > 0
                ? format(strings.shared, { ...share.state.result })
                : strings.nothingToShare}
            </MessageBarBody>
          </MessageBar>
        )}
        {restore.state.status === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{format(strings.restored, { ...restore.state.result })}</MessageBarBody>
          </MessageBar>
        )}
        <CommandFailure state={share.state} strings={strings} />
        <CommandFailure state={restore.state} strings={strings} />
      </section>
    </div>
  );
}
