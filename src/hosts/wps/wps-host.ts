import { ref, TextError } from "../../core/i18n/text";
import { absoluteRange, parseRangeA1 } from "../../core/sheet/address";
import type { SheetData } from "../../core/sheet/types";
import { TAG_NAME, tagValue, type WorkbookModel } from "../../core/workbook/model";
import {
  MARK_FILL,
  NOTE_PREFIX,
  SETTINGS_SHEET,
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
import { parseMarks, planMarks, type MarkRecord } from "../shared/marks";
import { parseTag } from "../shared/tag";
import { settingsMatrix } from "../shared/settings-rows";
import { OwnWrites } from "../shared/own-writes";
import { XL, bgr, hexOf, type EtApplication, type EtWorkbook, type EtWorksheet } from "./api";
import { readSheet } from "./read-sheet";
import { writeSheet } from "./write-sheet";
import { listen } from "./events";

/** Application.PluginStorage: shared by the add-in's pages (main.js and the task pane). */
export type SaveApprovalStore = { getItem(key: string): string | null; setItem(key: string, value: string): void };
export const SAVE_APPROVED = "huibiao.saveApproved";

/**
 * The WPS 表格 host over the ET object model. The model is synchronous, so every operation has a
 * synchronous form (`…Sync`), which the before-save handler needs; the async interface wraps them.
 */
export class WpsHost implements SpreadsheetHost {
  readonly kind = "wps" as const;
  private readonly own: OwnWrites;

  private readonly storage?: SaveApprovalStore;
  private readonly workbook?: EtWorkbook;

  /** `workbook`: work on this workbook rather than the active one (a returned file opened to read). */
  constructor(
    private readonly app: EtApplication,
    options: { now?: () => number; storage?: SaveApprovalStore; workbook?: EtWorkbook } = {},
  ) {
    this.own = new OwnWrites(options.now, 0);
    this.storage = options.storage;
    this.workbook = options.workbook;
  }

  private book(): EtWorkbook {
    const wb = this.workbook ?? this.app.ActiveWorkbook;
    if (!wb) throw new TextError(ref("host.no-workbook"));
    return wb;
  }

  private sheets(): EtWorksheet[] {
    const list = this.book().Worksheets;
    // One index gives one worksheet.
    return Array.from({ length: list.Count }, (_, i) => list.Item(i + 1) as EtWorksheet);
  }

  listSheetsSync(): SheetInfo[] {
    return this.sheets().map((ws) => {
      let tag = null;
      const names = ws.Names;
      for (let i = 1; i <= names.Count; i++) {
        const n = names.Item(i);
        if (n.Name.replace(/^.*!/, "").toUpperCase() === TAG_NAME) tag = parseTag(n.RefersTo);
      }
      return { name: ws.Name, hidden: ws.Visible !== XL.sheetVisible, tag };
    });
  }

  insertSheetsSync(model: WorkbookModel, options: InsertOptions = {}): InsertResult {
    return this.own.sync(() => this.insert(model, options));
  }

  private insert(model: WorkbookModel, options: InsertOptions): InsertResult {
    const wb = this.book();
    const existing = this.sheets();
    const visible = model.sheets.filter((s) => !s.hidden);
    const finalNames = uniqueNames(
      visible.map((s) => s.name),
      existing.map((s) => s.Name),
      options.replace,
    );
    const rename = new Map(visible.map((s, i) => [s.name, finalNames[i]]));
    const find = (name: string) => this.sheets().find((s) => s.Name.toLowerCase() === name.toLowerCase());
    this.app.ScreenUpdating = false;
    try {
      const targets = model.sheets.map((sheet) => {
        const name = rename.get(sheet.name) ?? sheet.name;
        const old = find(name);
        let ws: EtWorksheet;
        if (old && sheet.hidden) {
          ws = old;
          ws.UsedRange.Clear();
        } else {
          const all = this.sheets();
          ws = wb.Worksheets.Add(null, all[all.length - 1]);
          old?.Delete();
          ws.Name = name;
        }
        return { ws, sheet };
      });
      for (const n of model.names) {
        const sheet = rename.get(n.sheet) ?? n.sheet;
        const r = n.range;
        removeName(wb, n.name);
        wb.Names.Add(n.name, `=${absoluteRange(sheet, r)}`);
      }
      targets.forEach((t, i) => {
        writeSheet(this.app, t.ws, t.sheet);
        if (t.sheet.tag) t.ws.Names.Add(TAG_NAME, `="${tagValue(t.sheet.tag)}"`, false);
        options.onProgress?.(i + 1, targets.length);
      });
      const activate = options.activate ? (rename.get(options.activate) ?? options.activate) : finalNames[0];
      if (activate) find(activate)?.Activate();
    } finally {
      this.app.ScreenUpdating = true;
    }
    return { sheets: finalNames };
  }

  readSheetsSync(names: readonly string[], options: ReadOptions = {}): SheetData[] {
    return names.map((name) => readSheet(this.app, this.sheet(name), options.headRows));
  }

  /** Replaces our marks on the sheets named (all sheets when `target` is null). */
  paintSync(target: ReadonlyMap<string, readonly IssueMark[]> | null): void {
    this.own.sync(() => this.paint(target));
  }

  private paint(target: ReadonlyMap<string, readonly IssueMark[]> | null): void {
    const before = this.readSettings().get("marks");
    const plan = planMarks(parseMarks(before), target);
    const names = new Set(this.sheets().map((s) => s.Name));
    const next: MarkRecord[] = [...plan.kept];
    for (const m of plan.restore.filter((r) => names.has(r.sheet))) {
      const cell = this.sheet(m.sheet).Range(m.cell);
      if (m.pattern === "None") cell.Interior.Pattern = XL.none;
      else cell.Interior.Color = bgr(m.color);
      if (m.note) cell.Comment?.Delete();
    }
    for (const { record, mark } of plan.repaint.filter((r) => names.has(r.record.sheet))) {
      paint(this.sheet(record.sheet).Range(record.cell), mark, record.note);
      next.push(record);
    }
    for (const { sheet, mark } of plan.fresh) {
      const cell = this.sheet(sheet).Range(mark.cell);
      const addNote = !cell.Comment;
      next.push({
        sheet,
        cell: mark.cell,
        color: `#${hexOf(cell.Interior.Color)}`,
        pattern: cell.Interior.Pattern === XL.none ? "None" : "Solid",
        note: addNote,
      });
      paint(cell, mark, addNote);
    }
    // Nothing marked and nothing to restore (a workbook without annex sheets): leave it as it is.
    const record = JSON.stringify(next);
    if (record !== (before ?? "[]")) this.writeSetting("marks", record);
  }

  selectSync(sheet: string, cell: string): void {
    const ws = this.sheet(sheet);
    ws.Activate();
    ws.Range(cell).Select();
  }

  loadSettingSync(key: SettingKey): string | null {
    return this.readSettings().get(key) ?? null;
  }

  /**
   * Saves. The pane has validated (and the user has decided) already, so the save guard in the
   * add-in's main page is told, through the storage all the add-in's pages share, to let it pass.
   */
  saveSync(): boolean {
    const wb = this.book();
    this.storage?.setItem(SAVE_APPROVED, "1");
    try {
      wb.Save();
    } finally {
      this.storage?.setItem(SAVE_APPROVED, "");
    }
    return wb.Saved;
  }

  // ----- the async interface -----
  listSheets = async () => this.listSheetsSync();
  insertSheets = async (model: WorkbookModel, options?: InsertOptions) => this.insertSheetsSync(model, options);
  readSheets = async (names: readonly string[], options?: ReadOptions) => this.readSheetsSync(names, options);
  showIssues = async (bySheet: ReadonlyMap<string, readonly IssueMark[]>) => this.paintSync(bySheet);
  clearIssues = async (sheet?: string) => this.paintSync(sheet === undefined ? null : new Map([[sheet, []]]));
  select = async (sheet: string, cell: string) => this.selectSync(sheet, cell);
  loadSetting = async (key: SettingKey) => this.loadSettingSync(key);
  loadSettings = async (keys: readonly SettingKey[]): Promise<SettingValues> =>
    Object.fromEntries(keys.flatMap((k) => ((v) => (v === null ? [] : [[k, v]]))(this.loadSettingSync(k))));
  saveSettings = async (values: SettingValues) =>
    this.own.sync(() => {
      for (const [key, value] of Object.entries(values)) if (value !== undefined) this.writeSetting(key, value);
    });
  /** "cancelled" when the save did not happen (a save guard or another add-in stopped it). */
  save = async (): Promise<SaveResult> => (this.saveSync() ? "saved" : "cancelled");

  /**
   * WorkbookBeforeSave: `decide` runs synchronously inside the event; when it returns true the
   * save is cancelled (Application.ApiEvent.Cancel = true before the handler returns).
   */
  onBeforeSave(decide: (workbook: EtWorkbook, saveAsUi: boolean) => boolean): () => void {
    let cancelled = false;
    return listen(this.app.ApiEvent, "WorkbookBeforeSave", (wb: EtWorkbook, saveAsUi: boolean) => {
      // WPS keeps Cancel as it was last set: undo our own earlier refusal (never another add-in's).
      if (cancelled) this.app.ApiEvent.Cancel = false;
      cancelled = decide(wb, saveAsUi);
      if (cancelled) this.app.ApiEvent.Cancel = true;
    });
  }

  /** SheetChange: the sheet and the changed range of every edit. */
  async watchChanges(listener: ChangeListener): Promise<() => void> {
    return listen(this.app.ApiEvent, "SheetChange", (ws: EtWorksheet, range: { Address(): string }) => {
      if (this.own.active) return; // our own writes fire SheetChange too
      const r = parseRangeA1(range.Address());
      if (r) listener(ws.Name, r);
    });
  }

  private sheet(name: string): EtWorksheet {
    const ws = this.sheets().find((s) => s.Name === name);
    if (!ws) throw new TextError(ref("host.no-sheet", { sheet: name }));
    return ws;
  }

  private readSettings(): Map<string, string> {
    const values = new Map<string, string>();
    const ws = this.sheets().find((s) => s.Name === SETTINGS_SHEET);
    if (!ws) return values;
    for (const row of readSheet(this.app, ws).rows)
      if (row[0])
        values.set(
          String(row[0]),
          row
            .slice(1)
            .map((v) => (v === null ? "" : String(v)))
            .join(""),
        );
    return values;
  }

  private writeSetting(key: string, value: string): void {
    const values = this.readSettings();
    values.set(key, value);
    let ws = this.sheets().find((s) => s.Name === SETTINGS_SHEET);
    if (!ws) {
      // Adding a sheet activates it (as in VBA): give the user back the sheet they were on.
      const active = this.book().ActiveSheet;
      const all = this.sheets();
      ws = this.book().Worksheets.Add(null, all[all.length - 1]);
      ws.Name = SETTINGS_SHEET;
      ws.Visible = XL.sheetHidden;
      active?.Activate();
    }
    ws.UsedRange.ClearContents();
    const matrix = settingsMatrix(values);
    ws.Range("A1").Resize(matrix.length, matrix[0].length).Value2 = matrix;
  }
}

function paint(cell: ReturnType<EtWorksheet["Range"]>, mark: IssueMark, withNote: boolean): void {
  cell.Interior.Color = bgr(MARK_FILL[mark.severity]);
  if (withNote) {
    cell.Comment?.Delete();
    cell.AddComment(NOTE_PREFIX + mark.message);
  }
}

function removeName(wb: EtWorkbook, name: string): void {
  for (let i = wb.Names.Count; i >= 1; i--)
    if (wb.Names.Item(i).Name.toLowerCase() === name.toLowerCase()) wb.Names.Item(i).Delete();
}
