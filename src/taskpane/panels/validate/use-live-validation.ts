import { useEffect, useRef, useState } from "react";
import type { LiveValidator } from "../../../app/workbook/live";
import type { CheckOptions, SheetValidation } from "../../../app/workbook/validate-workbook";
import type { SpreadsheetHost } from "../../../hosts/host";
import { loadChecking } from "./load-checking";

/**
 * Validation while typing (Excel, WPS): edited rows are re-checked after a pause and `onResult`
 * gets the sheet's new issues. Returns whether it is on, and `seed` to tell it the issues a full
 * validation found (so rows nobody edits keep theirs).
 */
export function useLiveValidation(
  host: SpreadsheetHost | null,
  options: () => Promise<CheckOptions>,
  onResult: (result: SheetValidation) => void,
) {
  const [live, setLive] = useState(false);
  const validator = useRef<LiveValidator | null>(null);
  // The latest callbacks, without restarting the listener when they change.
  const latest = useRef({ options, onResult });
  latest.current = { options, onResult };

  useEffect(() => {
    if (!host?.watchChanges) return;
    let opts: CheckOptions | null = null;
    const refresh = () =>
      latest.current.options().then(
        (o) => void (opts = o),
        () => undefined,
      );
    void refresh();
    let disposed = false;
    let v: LiveValidator | null = null;
    loadChecking().then(
      ({ LiveValidator }) => {
        if (disposed) return;
        v = new LiveValidator(
          host,
          () => opts ?? { schemas: [] },
          (result) => latest.current.onResult(result),
        );
        validator.current = v;
        v.start().then(
          (on) => !disposed && setLive(on),
          () => setLive(false),
        );
      },
      () => setLive(false),
    );
    return () => {
      disposed = true;
      v?.dispose();
      validator.current = null;
    };
  }, [host]);

  return { live, seed: (sheet: string, issues: SheetValidation["issues"]) => validator.current?.seed(sheet, issues) };
}
