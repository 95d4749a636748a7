import { Field, ProgressBar } from "@fluentui/react-components";

/** A progress bar with what is being done under it (reading file 12/40…), for long work. */
export function ProgressLine({ progress }: { progress: { value: number; text: string } | null }) {
  if (!progress) return null;
  return (
    <Field validationMessage={progress.text} validationState="none">
      <ProgressBar value={progress.value} aria-label={progress.text} />
    </Field>
  );
}
