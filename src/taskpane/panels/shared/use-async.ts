import { useCallback, useRef, useState } from "react";

export type Notice = { readonly intent: "success" | "warning" | "error" | "info"; readonly text: string } | null;

/** Runs one piece of work at a time; errors become a notice instead of an unhandled rejection. */
export function useBusy(describe: (e: unknown) => string) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const running = useRef(false);
  const run = useCallback(
    async (work: () => Promise<Notice | void>) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setNotice(null);
      try {
        const n = await work();
        if (n) setNotice(n);
      } catch (e) {
        setNotice({ intent: "error", text: describe(e) });
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, notice, setNotice, run };
}
