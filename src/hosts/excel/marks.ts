import { text } from "../../core/i18n/text";
import { MARK_FILL, NOTE_PREFIX, type IssueMark } from "../host";
import type { MarkPlan, MarkRecord } from "../shared/marks";
import type { XDataValidation, XNoteHost, XRangeFill, XRequestContext, XWorksheet } from "./api";

/** Cells looked at, or painted, per request: keeps each request well under Excel on the web's 5 MB. */
export const MARKS_PER_SYNC = 250;
/** Excel's limits for an input prompt (the Data Validation dialog's): 32 characters of title, 255 of message. */
const PROMPT_TITLE = 32;
const PROMPT_MESSAGE = 255;

/** How a cell shows the message: a note (ExcelApi 1.18 and a client that has notes) or a validation prompt. */
export type MarkText = "note" | "prompt";

interface Probe {
  readonly sheet: string;
  readonly mark: IssueMark;
  readonly fill: XRangeFill;
  readonly note: { isNullObject: boolean } | null;
  readonly validation: XDataValidation | null;
}

/**
 * Carries out a mark plan in one Excel.run: looks at the newly marked cells (their fill, and their
 * note or validation prompt) and paints, restores and repaints, at most MARKS_PER_SYNC cells a
 * request. Returns the records to keep; `finish` queues the last writes (the record itself) before
 * the final sync.
 */
export async function carryOut(
  ctx: XRequestContext,
  plan: MarkPlan,
  how: MarkText,
  sheetExists: (name: string) => boolean,
  finish: (records: MarkRecord[]) => void,
): Promise<void> {
  const sheets = new Map<string, XWorksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
    return ws;
  };
  const probes: Probe[] = [];
  for (let i = 0; i < plan.fresh.length; i += MARKS_PER_SYNC) {
    for (const { sheet: name, mark } of plan.fresh.slice(i, i + MARKS_PER_SYNC)) {
      const range = sheet(name).getRange(mark.cell);
      const fill = range.format.fill.load("color,pattern");
      const note =
        how === "note"
          ? (sheet(name) as unknown as XNoteHost).notes.getItemOrNullObject(mark.cell).load("isNullObject")
          : null;
      const validation = how === "prompt" ? range.dataValidation.load("type,prompt") : null;
      probes.push({ sheet: name, mark, fill, note, validation });
    }
    await ctx.sync();
  }

  const writes: (() => void)[] = [];
  const next: MarkRecord[] = [...plan.kept];
  for (const m of plan.restore) if (sheetExists(m.sheet)) writes.push(() => restore(sheet(m.sheet), m));
  for (const { record, mark } of plan.repaint)
    if (sheetExists(record.sheet)) {
      writes.push(() => paint(sheet(record.sheet), mark, how, record, true));
      next.push(record);
    }
  for (const p of probes) {
    const record = recordOf(p);
    writes.push(() => paint(sheet(p.sheet), p.mark, how, record, false));
    next.push(record);
  }
  for (let i = 0; i < writes.length; i += MARKS_PER_SYNC) {
    writes.slice(i, i + MARKS_PER_SYNC).forEach((w) => w());
    if (i + MARKS_PER_SYNC < writes.length) await ctx.sync();
  }
  finish(next);
  await ctx.sync();
}

function recordOf(p: Probe): MarkRecord {
  const base = { sheet: p.sheet, cell: p.mark.cell, color: p.fill.color, pattern: p.fill.pattern };
  if (p.note) return { ...base, note: p.note.isNullObject };
  const v = p.validation!;
  if (v.type === "None") return { ...base, note: false, prompt: { added: true } };
  const { title, message, showPrompt } = v.prompt;
  return { ...base, note: false, prompt: { added: false, title, message, show: showPrompt } };
}

function paint(ws: XWorksheet, mark: IssueMark, how: MarkText, record: MarkRecord, again: boolean): void {
  const range = ws.getRange(mark.cell);
  range.format.fill.color = `#${MARK_FILL[mark.severity]}`;
  const message = NOTE_PREFIX + mark.message;
  if (how === "note") {
    if (!record.note) return; // the cell has a note of the user's: leave it
    const notes = (ws as unknown as XNoteHost).notes;
    if (again) notes.getItemOrNullObject(mark.cell).delete();
    notes.add(mark.cell, message);
    return;
  }
  if (record.prompt?.added && !again) {
    // A rule that accepts anything, so the cell can carry the prompt and typing stays free.
    range.dataValidation.rule = { custom: { formula: "=TRUE" } };
    range.dataValidation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
  }
  range.dataValidation.prompt = {
    showPrompt: true,
    title: text("zh-CN", "host.pane-title").slice(0, PROMPT_TITLE),
    message: message.length > PROMPT_MESSAGE ? `${message.slice(0, PROMPT_MESSAGE - 1)}…` : message,
  };
}

function restore(ws: XWorksheet, m: MarkRecord): void {
  const range = ws.getRange(m.cell);
  if (m.pattern === "None") range.format.fill.clear();
  else range.format.fill.color = m.color;
  if (m.note) (ws as unknown as XNoteHost).notes.getItemOrNullObject(m.cell).delete();
  if (m.prompt?.added) range.dataValidation.clear();
  else if (m.prompt)
    range.dataValidation.prompt = { showPrompt: m.prompt.show, title: m.prompt.title, message: m.prompt.message };
}
