import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { InsertOutcome } from "../../excel/applyPlan";
import { format, Strings } from "../i18n/strings";

type Occupied = Extract<InsertOutcome, { status: "occupied" }>;

interface Props {
  readonly outcome: Occupied | null;
  readonly onBelow: () => void;
  readonly onNewSheet: () => void;
  readonly onCancel: () => void;
  readonly strings: Strings;
}

/** Asks what to do when the target holds the user's data: insert below it, on a new sheet, or not at all. */
export function OccupiedDialog({ outcome, onBelow, onNewSheet, onCancel, strings }: Props) {
  return (
    <Dialog open={outcome !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.occupiedTitle}</DialogTitle>
          <DialogContent>
            {outcome && format(strings.occupiedBody, { cell: outcome.firstUsedCell, sheet: outcome.sheetName })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onBelow}>
              {format(strings.insertBelow, { row: (outcome?.nextFree.row ?? 0) + 1 })}
            </Button>
            <Button onClick={onNewSheet}>{strings.insertNewSheet}</Button>
            <Button onClick={onCancel}>{strings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
