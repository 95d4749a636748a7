import { text, type Locale } from "../core/i18n/text";
import type { UnitCorrections } from "../core/corrections/corrections";
import { parseA1 } from "../core/sheet/address";
import type { SheetData } from "../core/sheet/types";
import type { ModelCell, SheetModel, WorkbookModel } from "../core/workbook/model";

/**
 * A unit's correction workbook (<单位>-退回修改.xlsx): first 修改说明, listing each issue with its
 * cell and what to write; then the unit's own returned sheets, in the layout it sent, the cells
 * concerned filled red (errors) or yellow (warnings), each with a note saying what is wrong.
 */
export function correctionWorkbook(
  c: UnitCorrections,
  sheets: readonly { readonly file: string; readonly sheet: SheetData }[],
  locale: Locale = "zh-CN",
): WorkbookModel {
  const t = (k: Parameters<typeof text>[1], p?: Record<string, string | number>) =>
    text(locale, k as never, p as never);
  const header = (
    ["fix.column-where", "fix.column-cell", "fix.column-kind", "fix.column-message", "fix.column-hint"] as const
  ).map((k): ModelCell => ({ v: t(k), s: "header" }));
  const explanation: SheetModel = {
    name: t("fix.sheet"),
    rows: [
      [{ v: t("fix.sheet-title", { unit: c.unit }), s: "title" }],
      header,
      ...c.items.map((i): ModelCell[] => {
        const s = i.severity === "error" ? "errorCell" : "warningCell";
        return [
          { v: `${i.annex} / ${i.file} / ${i.sheet}`, s: "cell" },
          { v: i.cell, s: "index" },
          { v: t(i.severity === "error" ? "fix.kind-error" : "fix.kind-warning"), s },
          { v: i.message, s: "cell" },
          { v: i.hint, s: "cell" },
        ];
      }),
    ],
    merges: [{ r1: 0, c1: 0, r2: 0, c2: 4 }],
    widths: [30, 8, 8, 40, 30],
    freezeRows: 2,
    landscape: true,
  };
  const used = new Set([explanation.name]);
  const marked = sheets.map(({ file, sheet }) => {
    const items = c.items.filter((i) => i.file === file && i.sheet === sheet.name);
    const marks = new Map<string, "errorCell" | "warningCell">();
    const notes: { r: number; c: number; title: string; text: string }[] = [];
    for (const i of items) {
      const at = parseA1(i.cell);
      if (!at) continue;
      const key = `${at.r}:${at.c}`;
      if (marks.get(key) !== "errorCell") marks.set(key, i.severity === "error" ? "errorCell" : "warningCell");
      notes.push({
        r: at.r,
        c: at.c,
        title: t("fix.note-title"),
        text: i.hint ? `${i.message}。${i.hint}` : i.message,
      });
    }
    const width = Math.max(
      0,
      ...sheet.rows.map((r) => r.length),
      ...[...marks.keys()].map((k) => Number(k.split(":")[1]) + 1),
    );
    const rows: (ModelCell | null)[][] = [];
    const height = Math.max(sheet.rows.length, ...[...marks.keys()].map((k) => Number(k.split(":")[0]) + 1));
    for (let r = 0; r < height; r++) {
      const src = sheet.rows[r] ?? [];
      const row: (ModelCell | null)[] = [];
      for (let col = 0; col < width; col++) {
        const v = src[col] ?? null;
        const s = marks.get(`${r}:${col}`);
        row.push(
          v === null && !s
            ? null
            : {
                v: typeof v === "object" && v !== null ? v : v,
                s: s ?? (v !== null && typeof v === "object" ? "date" : undefined),
              },
        );
      }
      rows.push(row);
    }
    // Each sheet keeps its name (suffixed if two files sent sheets of the same name).
    let name = sheet.name.slice(0, 31);
    for (let k = 2; used.has(name); k++) name = `${sheet.name.slice(0, 27)} (${k})`;
    used.add(name);
    // Notes on one cell are joined: one input message per cell.
    const joined = new Map<string, { r: number; c: number; title: string; text: string }>();
    for (const n of notes) {
      const key = `${n.r}:${n.c}`;
      const prev = joined.get(key);
      joined.set(key, prev ? { ...prev, text: `${prev.text}；${n.text}` } : n);
    }
    return {
      name,
      rows,
      merges: sheet.merges,
      widths: Array.from({ length: width }, () => 14),
      notes: [...joined.values()],
    } satisfies SheetModel;
  });
  return { sheets: [explanation, ...marked], names: [] };
}
