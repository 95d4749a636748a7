import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice as NoticeData } from "./use-async";

/** A result or error line under a panel's action; announced to screen readers. */
export function Notice({ notice }: { notice: NoticeData }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"} style={{ marginTop: 8 }}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
