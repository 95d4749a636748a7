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

/** Office.js error codes a coordinator may meet, said in Chinese with what to do. */
const OFFICE_ERRORS: Record<string, string> = {
  ItemNotFound: "找不到要处理的工作表或单元格：可能刚被重命名或删除，请重新校验",
  AccessDenied: "工作表或工作簿受保护，无法修改：请先撤销保护（审阅 → 撤销工作表保护）再试",
  InvalidOperation: "Excel 拒绝了这个操作（工作表可能受保护，或正在编辑单元格）：请按 Esc 退出编辑、撤销保护后再试",
  RequestPayloadSizeLimitExceeded: "数据量超过 Excel 网页版单次请求的上限：请分批汇总，或在 Excel 桌面版中操作",
  ResponsePayloadSizeLimitExceeded:
    "工作表太大，Excel 网页版无法一次读出：请删除多余的空行空列，或在 Excel 桌面版中操作",
  ApiNotFound: "这个版本的 Excel 不支持该功能：请升级 Office",
};

/** The message for an error: Office.js codes explained, our own messages as they are. */
export function errorText(e: unknown): string {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  if (OFFICE_ERRORS[code]) return `${OFFICE_ERRORS[code]}（${code}）`;
  return e instanceof Error ? e.message : String(e);
}
