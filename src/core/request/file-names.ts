/**
 * File names Huibiao gives what it writes for a round: the same in the CLI and the pane, safe on
 * Windows (no \ / : * ? " < > |, no control characters), and telling the files apart at a glance.
 */

/** A name made safe for a Windows file name (the characters it refuses become _), at most 80 characters. */
export function safeName(s: string): string {
  return [...s]
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 ? "_" : ch))
    .join("")
    .trim()
    .slice(0, 80);
}

/** A unit's template for the round: 「办公室-二十大精神学习 第一季度报送.xlsx」. */
export function unitTemplateName(unit: string, round: string): string {
  return `${safeName(unit)}-${safeName(round)}.xlsx`;
}

/** A unit's correction workbook: 「办公室-退回修改.xlsx」. */
export function correctionFileName(unit: string): string {
  return `${safeName(unit)}-退回修改.xlsx`;
}

/** YYYYMMDD of a day in the coordinator's calendar. */
export function dayStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/**
 * The summary's file name: the round and the day it was made (汇总表-二十大精神学习 第一季度报送-20231127.xlsx),
 * so rounds and days do not overwrite each other; 汇总表-20231127.xlsx when the round has no title.
 */
export function summaryFileName(date: Date, round = ""): string {
  const title = safeName(round);
  return `汇总表-${title ? `${title}-` : ""}${dayStamp(date)}.xlsx`;
}
