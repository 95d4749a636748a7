import { Field, ProgressBar } from "@fluentui/react-components";

export function ProgressBarField({ value, text }: { value: number; text: string }) {
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar value={value} aria-label={text} />
    </Field>
  );
}
