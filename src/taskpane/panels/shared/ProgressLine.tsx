import { lazy } from "react";
import { LazyPart } from "./LazyPart";

/** Fluent's progress bar, fetched with the first long work (it is not needed to open the pane). */
const Bar = lazy(() => import("./ProgressBarField").then((m) => ({ default: m.ProgressBarField })));

/** A progress bar with what is being done under it (reading file 12/40…), for long work. */
export function ProgressLine({ progress }: { progress: { value: number; text: string } | null }) {
  if (!progress) return null;
  // Until the bar has loaded, the words alone say what is being done.
  return (
    <LazyPart fallback={<p role="status">{progress.text}</p>}>
      <Bar value={progress.value} text={progress.text} />
    </LazyPart>
  );
}
