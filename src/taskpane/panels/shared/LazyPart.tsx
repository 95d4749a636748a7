import { Component, Suspense, type ReactNode } from "react";
import { useT } from "../../i18n/use-t";
import { Notice } from "./Notice";

interface BoundaryProps {
  readonly failed: string;
  readonly children: ReactNode;
}

/** Catches a part that could not load (a chunk the network lost): the rest of the pane stays. */
class Boundary extends Component<BoundaryProps, { error: boolean }> {
  override state = { error: false };

  static getDerivedStateFromError(): { error: boolean } {
    return { error: true };
  }

  override render(): ReactNode {
    return this.state.error ? <Notice notice={{ intent: "error", text: this.props.failed }} /> : this.props.children;
  }
}

/**
 * A part of the pane fetched when first needed (React.lazy): nothing while it loads (or `fallback`),
 * and a plain error line instead of a blank pane if it cannot be fetched.
 */
export function LazyPart({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const t = useT();
  return (
    <Boundary failed={t("partLoadFailed")}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </Boundary>
  );
}
