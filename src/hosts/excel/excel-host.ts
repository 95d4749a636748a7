import { parseRangeA1 } from "../../core/sheet/address";
import type { CellRange, CellValue, SheetData } from "../../core/sheet/types";
import { TAG_NAME, type WorkbookModel } from "../../core/workbook/model";
import {
  MARK_FILL,
  NOTE_PREFIX,
  uniqueNames,
  type ChangeListener,
  type InsertOptions,
  type InsertResult,
  type IssueMark,
  type ReadOptions,
  type SaveResult,
  type SettingKey,
  type SheetInfo,
  type SpreadsheetHost,
} from "../host";
import { fromHostValue, type HostScalar } from "../shared/cell-values";
import { parseTag } from "../shared/tag";
import { parseMarks, planMarks } from "../shared/marks";
import { OwnWrites } from "../shared/own-writes";
import { packValues } from "../shared/style-blocks";
import type { ExcelApi, XNoteHost, XRange, XWorksheet } from "./api";
import { readSettings, queueSettings, type MarkRecord } from "./settings";
import { queueLayout, queueNames, queueValues } from "./write-sheet";

/** Excel on the web refuses requests over 5 MB; values go in chunks well under that. */
export const CHUNK_BYTES = 4_000_000;
/** More marks than this on one sheet are listed in the pane but not painted. */
export const MAX_MARKS = 1000;

/**
 * The Excel host over Office.js. One `Excel.run` per operation; loads are batched and no
 * `context.sync()` runs inside a loop over cells or rows (only one per 5 MB chunk of values).
 */
export class ExcelHost implements SpreadsheetHost {
  readonly kind = "excel" as const;
  private marks: MarkRecord[] | null = null;
  private readonly chunkBytes: number;
  private readonly own: OwnWrites;

  constructor(
    private readonly api: ExcelApi,
    options: { chunkBytes?: number; now?: () => number } = {},
  ) {
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    this.own = new OwnWrites(options.now);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.api.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      const names = sheets.items.map((ws) => ws.names.load("items/name,items/formula"));
      await ctx.sync();
      return sheets.items.map((ws, i) => ({
        name: ws.name,
        hidden: ws.visibility !== "Visible",
        tag: parseTag(names[i].items.find((n) => n.name.toUpperCase() === TAG_NAME)?.formula),
      }));
    });
  }

  insertSheets(model: WorkbookModel, options: InsertOptions = {}): Promise<InsertResult> {
    return this.own.around(() => this.insert(model, options));
  }

  private insert(model: WorkbookModel, options: InsertOptions): Promise<InsertResult> {
    return this.api.run(async (ctx) => {
      const wb = ctx.workbook;
      const existing = wb.worksheets.load("items/name");
      const names = wb.names.load("items/name");
      await ctx.sync();
      const taken = existing.items.map((w) => w.name);
      const visible = model.sheets.filter((s) => !s.hidden);
      const finalNames = uniqueNames(
        visible.map((s) => s.name),
        taken,
        options.replace,
      );
      const rename = new Map(visible.map((s, i) => [s.name, finalNames[i]]));
      const lower = new Set(taken.map((t) => t.toLowerCase()));

      wb.application.suspendScreenUpdatingUntilNextSync();
      // Sheets first, then the names that refer to them, then layouts whose lists use the names.
      let targetsMade = 0;
      const targets = model.sheets.map((sheet) => {
        const name = rename.get(sheet.name) ?? sheet.name;
        let ws: XWorksheet;
        if (lower.has(name.toLowerCase()) && sheet.hidden) {
          ws = wb.worksheets.getItem(name);
          ws.getRange().clear("All");
        } else if (lower.has(name.toLowerCase())) {
          // Replace: add first under a temporary name, then delete the old sheet and rename, so a
          // workbook whose only visible sheet is the old summary never runs out of visible sheets.
          ws = wb.worksheets.add(`~huibiao-${targetsMade++}`);
          wb.worksheets.getItem(name).delete();
          ws.name = name;
        } else {
          ws = wb.worksheets.add(name);
        }
        return { ws, sheet };
      });
      queueNames(wb.names, new Set(names.items.map((n) => n.name.toLowerCase())), model.names, rename);
      for (const t of targets) queueLayout(t.ws, t.sheet);
      const activate = options.activate ? (rename.get(options.activate) ?? options.activate) : finalNames[0];
      const first = targets.find((t) => t.sheet.name === options.activate || rename.get(t.sheet.name) === activate);
      (first ?? targets.find((t) => !t.sheet.hidden))?.ws.activate();
      await ctx.sync();

      const batches = packValues(
        targets.map((t) => t.sheet.rows),
        this.chunkBytes,
      );
      let done = 0;
      for (const batch of batches) {
        // One sync per batch keeps each request under Excel on the web's 5 MB limit.
        for (const piece of batch)
          queueValues(targets[piece.sheet].ws, targets[piece.sheet].sheet, piece.start, piece.end);
        await ctx.sync();
        options.onProgress?.(++done, batches.length);
      }
      return { sheets: finalNames };
    });
  }

  readSheets(names: readonly string[], options: ReadOptions = {}): Promise<SheetData[]> {
    const merges = this.api.isSetSupported("1.13");
    return this.api.run(async (ctx) => {
      const reads = names.map((name) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        const area = options.headRows ? ws.getRange(`1:${options.headRows}`) : ws.getRange();
        const used = area.getUsedRangeOrNullObject(true).load("isNullObject,rowIndex,columnIndex,values,numberFormat");
        const merged = merges ? area.getMergedAreasOrNullObject().load("isNullObject,address") : null;
        return { name, used, merged };
      });
      await ctx.sync();
      return reads.map(({ name, used, merged }) =>
        toSheetData(name, used, merged && !merged.isNullObject ? merged.address : ""),
      );
    });
  }

  showIssues(bySheet: ReadonlyMap<string, readonly IssueMark[]>): Promise<void> {
    return this.paint(new Map([...bySheet].map(([sheet, marks]) => [sheet, marks.slice(0, MAX_MARKS)])));
  }

  clearIssues(sheet?: string): Promise<void> {
    return this.paint(sheet === undefined ? null : new Map([[sheet, []]]));
  }

  /**
   * Replaces our marks on the sheets named (all sheets when `target` is null), recording what each
   * newly marked cell had so that clearing restores it. One Excel.run for all sheets: at most four
   * syncs (settings 2, looking at new cells 1, writing 1).
   */
  private paint(target: ReadonlyMap<string, readonly IssueMark[]> | null): Promise<void> {
    const notes = this.api.isSetSupported("1.18");
    return this.api.run(async (ctx) => {
      const settings = await readSettings(ctx);
      const plan = planMarks(this.marks ?? parseMarks(settings.values.get("marks")), target);
      const probes = plan.fresh.map(({ sheet, mark }) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const fill = ws.getRange(mark.cell).format.fill.load("color,pattern");
        const note = notes
          ? (ws as unknown as XNoteHost).notes.getItemOrNullObject(mark.cell).load("isNullObject")
          : null;
        return { sheet, mark, fill, note };
      });
      if (probes.length) await ctx.sync();

      const next: MarkRecord[] = [...plan.kept];
      const exists = (sheet: string) => settings.sheets.has(sheet);
      for (const m of plan.restore.filter((r) => exists(r.sheet))) {
        const ws = ctx.workbook.worksheets.getItem(m.sheet);
        const range = ws.getRange(m.cell);
        if (m.pattern === "None") range.format.fill.clear();
        else range.format.fill.color = m.color;
        if (m.note) (ws as unknown as XNoteHost).notes.getItemOrNullObject(m.cell).delete();
      }
      for (const { record, mark } of plan.repaint.filter((r) => exists(r.record.sheet))) {
        paintCell(ctx.workbook.worksheets.getItem(record.sheet), mark, notes, record.note, true);
        next.push(record);
      }
      for (const p of probes) {
        const addNote = !!p.note && p.note.isNullObject;
        paintCell(ctx.workbook.worksheets.getItem(p.sheet), p.mark, notes, addNote, false);
        next.push({ sheet: p.sheet, cell: p.mark.cell, color: p.fill.color, pattern: p.fill.pattern, note: addNote });
      }
      this.marks = next;
      queueSettings(ctx, settings, "marks", JSON.stringify(next));
      await ctx.sync();
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.api.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  loadSetting(key: SettingKey): Promise<string | null> {
    return this.api.run(async (ctx) => (await readSettings(ctx)).values.get(key) ?? null);
  }

  saveSetting(key: SettingKey, value: string): Promise<void> {
    return this.api.run(async (ctx) => {
      queueSettings(ctx, await readSettings(ctx), key, value);
      await ctx.sync();
    });
  }

  /** Saves the workbook (ExcelApi 1.11); "unsupported" where the API cannot save. */
  async save(): Promise<SaveResult> {
    if (!this.api.isSetSupported("1.11")) return "unsupported";
    await this.api.run(async (ctx) => {
      ctx.workbook.save("Save");
      await ctx.sync();
    });
    return "saved";
  }

  /** Calls the listener with the sheet and range of every local edit; returns a remover. */
  async watchChanges(listener: ChangeListener): Promise<() => void> {
    let active = true;
    await this.api.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => {
        // Remote edits (co-authors) are theirs to fix; our own writes are not edits. Excel 1.14 says
        // which changes came from this add-in; before that, a short grace period after inserting.
        if (!active || e.source !== "Local") return;
        if (e.triggerSource ? e.triggerSource === "ThisLocalAddin" : this.own.active) return;
        const range = parseRangeA1(e.address);
        if (!range) return;
        const name = await this.api.run(async (c) => {
          const ws = c.workbook.worksheets.getItem(e.worksheetId).load("name");
          await c.sync();
          return ws.name;
        });
        listener(name, range);
      });
      await ctx.sync();
    });
    return () => {
      active = false;
    };
  }
}

function paintCell(ws: XWorksheet, mark: IssueMark, notes: boolean, withNote: boolean, replaceNote: boolean): void {
  ws.getRange(mark.cell).format.fill.color = `#${MARK_FILL[mark.severity]}`;
  if (notes && withNote) {
    const host = (ws as unknown as XNoteHost).notes;
    if (replaceNote) host.getItemOrNullObject(mark.cell).delete();
    host.add(mark.cell, NOTE_PREFIX + mark.message);
  }
}

function toSheetData(name: string, used: XRange, mergedAddress: string): SheetData {
  const rows: CellValue[][] = [];
  if (!used.isNullObject) {
    for (let r = 0; r < used.rowIndex; r++) rows.push([]);
    used.values.forEach((row: HostScalar[], r: number) => {
      const out: CellValue[] = new Array(used.columnIndex).fill(null);
      row.forEach((v, c) => out.push(fromHostValue(v, used.numberFormat[r]?.[c])));
      rows.push(out);
    });
  }
  const merges: CellRange[] = [];
  for (const m of mergedAddress.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g)) {
    const range = parseRangeA1(m[1]);
    if (range) merges.push(range);
  }
  return { name, rows, merges };
}
