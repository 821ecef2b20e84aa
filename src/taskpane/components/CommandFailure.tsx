import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CommandState } from "../hooks/useCommand";
import type { Strings } from "../i18n/strings";

/** A failed command's message in an error bar; nothing while the command has not failed. */
export function CommandFailure({ state, strings }: { state: CommandState<unknown>; strings: Strings }) {
  if (state.status !== "error") return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {state.message}
      </MessageBarBody>
    </MessageBar>
  );
}
