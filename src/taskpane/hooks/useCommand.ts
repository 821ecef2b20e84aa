import { useCallback, useRef, useState } from "react";

/** The state of an asynchronous command the pane runs. */
export type CommandState<R> =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: R }
  | { readonly status: "error"; readonly message: string };

/**
 * Runs a command and owns its async state, so components only render it. The command is a parameter: tests
 * pass a fake. Errors are kept for a MessageBar, never swallowed.
 */
export function useCommand<A extends unknown[], R>(command: (...args: A) => Promise<R>) {
  const [state, setState] = useState<CommandState<R>>({ status: "idle" });
  const latest = useRef(0);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      const ticket = ++latest.current;
      setState({ status: "running" });
      try {
        const result = await command(...args);
        if (ticket === latest.current) setState({ status: "done", result });
        return result;
      } catch (error) {
        if (ticket === latest.current)
          setState({ status: "error", message: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    },
    [command],
  );
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, run, reset };
}
