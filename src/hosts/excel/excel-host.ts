import { parseRangeA1 } from "../../core/sheet/address";
import type { SheetData } from "../../core/sheet/types";
import { TAG_NAME, type WorkbookModel } from "../../core/workbook/model";
import {
  uniqueNames,
  type ChangeListener,
  type InsertOptions,
  type InsertResult,
  type IssueMark,
  type ReadOptions,
  type SaveResult,
  type SettingKey,
  type SettingValues,
  type SheetInfo,
  type SpreadsheetHost,
} from "../host";
import { parseTag } from "../shared/tag";
import { parseMarks, planMarks } from "../shared/marks";
import { OwnWrites } from "../shared/own-writes";
import { packValues } from "../shared/style-blocks";
import { canUse, type ExcelApi, type XWorksheet } from "./api";
import { carryOut } from "./marks";
import { readSheets } from "./read-sheets";
import { readSettings, queueSettings, type MarkRecord } from "./settings";
import { queueLayout, queueNames, queueValues } from "./write-sheet";

/** Excel on the web refuses requests over 5 MB; values go in chunks well under that. */
export const CHUNK_BYTES = 4_000_000;

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
    const merges = canUse(this.api, "merges");
    return this.api.run((ctx) => readSheets(ctx, names, options.headRows, merges));
  }

  showIssues(bySheet: ReadonlyMap<string, readonly IssueMark[]>): Promise<void> {
    return this.paint(bySheet);
  }

  clearIssues(sheet?: string): Promise<void> {
    return this.paint(sheet === undefined ? null : new Map([[sheet, []]]));
  }

  /**
   * Replaces our marks on the sheets named (all sheets when `target` is null), recording what each
   * newly marked cell had so that clearing restores it. One Excel.run for all sheets; up to 250
   * marks: four syncs (settings 2, looking at new cells 1, writing 1).
   */
  private paint(target: ReadonlyMap<string, readonly IssueMark[]> | null): Promise<void> {
    const how = canUse(this.api, "notes") ? "note" : "prompt";
    // Fills and prompts are not edits: onChanged reports changes of values, not of formats.
    return this.api.run(async (ctx) => {
      const settings = await readSettings(ctx);
      const plan = planMarks(this.marks ?? parseMarks(settings.values.get("marks")), target);
      await carryOut(
        ctx,
        plan,
        how,
        (sheet) => settings.sheets.has(sheet),
        (records) => {
          this.marks = records;
          queueSettings(ctx, settings, { marks: JSON.stringify(records) });
        },
      );
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

  async loadSetting(key: SettingKey): Promise<string | null> {
    return (await this.loadSettings([key]))[key] ?? null;
  }

  loadSettings(keys: readonly SettingKey[]): Promise<SettingValues> {
    return this.api.run(async (ctx) => {
      const { values } = await readSettings(ctx);
      return Object.fromEntries(keys.flatMap((k) => (values.has(k) ? [[k, values.get(k)!]] : [])));
    });
  }

  saveSettings(values: SettingValues): Promise<void> {
    return this.api.run(async (ctx) => {
      queueSettings(ctx, await readSettings(ctx), values);
      await ctx.sync();
    });
  }

  /**
   * Saves the workbook (ExcelApi 1.11); "unsupported" where the API cannot save. A workbook never
   * saved gets the Save As dialog ("Prompt"): "Save" would write it under a default name in a default
   * folder without asking (and fail when that file exists). A dialog the user cancels is "cancelled".
   */
  async save(): Promise<SaveResult> {
    if (!canUse(this.api, "save")) return "unsupported";
    const knowsState = canUse(this.api, "saveState");
    try {
      await this.api.run(async (ctx) => {
        let behavior: "Save" | "Prompt" = "Save";
        if (knowsState) {
          const wb = ctx.workbook.load("previouslySaved");
          await ctx.sync();
          if (!wb.previouslySaved) behavior = "Prompt";
        }
        ctx.workbook.save(behavior);
        await ctx.sync();
      });
    } catch (e) {
      if (knowsState && (e as { code?: string }).code === "GeneralException") return "cancelled";
      throw e;
    }
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
