import { ref, TextError } from "../../core/i18n/text";
import { parseA1 } from "../../core/sheet/address";
import type { CellValue, FarCell, SheetData } from "../../core/sheet/types";
import { withFarCellsAside } from "../shared/far-cells";
import { hiddenRowsBelow } from "../shared/hidden-rows";
import type { ModelCell, NamedRange, SheetModel, WorkbookModel } from "../../core/workbook/model";
import {
  SETTINGS_SHEET,
  splitSetting,
  uniqueNames,
  type InsertOptions,
  type InsertResult,
  type IssueMark,
  type ReadOptions,
  type SettingKey,
  type SettingValues,
  type SheetInfo,
  type SpreadsheetHost,
} from "../host";
import { readWorkbook } from "./read-workbook";
import { writeXlsx } from "./xlsx/write-xlsx";

/**
 * The file host as a spreadsheet: a workbook held in memory as a WorkbookModel, opened from and
 * saved to .xlsx. The standalone page and the CLI use it; the host contract suite runs on it.
 */
export class MemoryWorkbookHost implements SpreadsheetHost {
  readonly kind = "file" as const;
  private sheets: SheetModel[] = [];
  private names: NamedRange[] = [];
  private readonly marks = new Map<string, readonly IssueMark[]>();
  /** The cell last selected, as "sheet!A1". */
  selection: string | null = null;
  /** The rows each sheet hides, by sheet name (from the file opened, or hideRows). */
  private readonly hidden = new Map<string, readonly number[]>();

  /** Opens a workbook file (values and merges; formatting is not kept). */
  static open(bytes: Uint8Array, fileName: string): MemoryWorkbookHost {
    const host = new MemoryWorkbookHost();
    for (const sheet of readWorkbook(bytes, fileName).sheets) {
      host.sheets.push(modelOf(sheet));
      if (sheet.hiddenRows) host.hidden.set(sheet.name, sheet.hiddenRows);
    }
    return host;
  }

  /** Hides rows of a sheet (zero-based), as a user does (or a filter). */
  hideRows(sheet: string, rows: readonly number[]): void {
    this.sheet(sheet);
    this.hidden.set(sheet, [...new Set([...(this.hidden.get(sheet) ?? []), ...rows])]);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, hidden: !!s.hidden, tag: s.tag ?? null }));
  }

  async insertSheets(model: WorkbookModel, options: InsertOptions = {}): Promise<InsertResult> {
    const visible = model.sheets.filter((s) => !s.hidden);
    const finalNames = uniqueNames(
      visible.map((s) => s.name),
      this.sheets.map((s) => s.name),
      options.replace,
    );
    const rename = new Map(visible.map((s, i) => [s.name, finalNames[i]]));
    model.sheets.forEach((sheet, i) => {
      const name = rename.get(sheet.name) ?? sheet.name;
      const copy: SheetModel = { ...sheet, name };
      this.hidden.delete(name);
      const at = this.sheets.findIndex((s) => s.name === name);
      if (at >= 0 && (sheet.hidden || options.replace)) this.sheets[at] = copy;
      else this.sheets.push(copy);
      options.onProgress?.(i + 1, model.sheets.length);
    });
    for (const n of model.names) {
      this.names = this.names.filter((x) => x.name !== n.name);
      this.names.push({ ...n, sheet: rename.get(n.sheet) ?? n.sheet });
    }
    return { sheets: finalNames };
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<SheetData[]> {
    return names.map((name) => {
      const sheet = this.sheet(name);
      const rows = options.headRows ? sheet.rows.slice(0, options.headRows) : sheet.rows;
      const merges = options.headRows ? sheet.merges.filter((m) => m.r1 < options.headRows!) : sheet.merges;
      // Values far to the right are set aside, as every host and the file reader do.
      const beyond: FarCell[] = [];
      const values = withFarCellsAside(
        rows.map((row) => row.map((c) => (c ? (c.v as CellValue) : null))),
        beyond,
      );
      const hiddenRows = options.headRows ? undefined : hiddenRowsBelow(this.hidden.get(name) ?? [], values.length);
      const read = {
        name,
        rows: values,
        merges,
        ...(beyond.length ? { beyond } : {}),
        ...(hiddenRows ? { hiddenRows } : {}),
      };
      return sheet.hidden ? { ...read, hidden: true } : read;
    });
  }

  async showIssues(bySheet: ReadonlyMap<string, readonly IssueMark[]>): Promise<void> {
    for (const [sheet, marks] of bySheet) {
      this.sheet(sheet);
      if (marks.length) this.marks.set(sheet, [...marks]);
      else this.marks.delete(sheet);
    }
  }

  async clearIssues(sheet?: string): Promise<void> {
    if (sheet) this.marks.delete(sheet);
    else this.marks.clear();
  }

  /** The marks shown on a sheet (the file host keeps them beside the workbook, not in it). */
  marksOn(sheet: string): readonly IssueMark[] {
    return this.marks.get(sheet) ?? [];
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.sheet(sheet);
    if (!parseA1(cell)) throw new TextError(ref("host.not-cell", { cell }));
    this.selection = `${sheet}!${cell}`;
  }

  async loadSettings(keys: readonly SettingKey[]): Promise<SettingValues> {
    const out: Partial<Record<SettingKey, string>> = {};
    for (const k of keys) {
      const v = await this.loadSetting(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  async loadSetting(key: SettingKey): Promise<string | null> {
    const sheet = this.sheets.find((s) => s.name === SETTINGS_SHEET);
    const row = sheet?.rows.find((r) => r[0]?.v === key);
    return row
      ? row
          .slice(1)
          .map((c) => String(c?.v ?? ""))
          .join("")
      : null;
  }

  async saveSettings(values: SettingValues): Promise<void> {
    for (const [key, value] of Object.entries(values)) if (value !== undefined) this.saveOne(key as SettingKey, value);
  }

  private saveOne(key: SettingKey, value: string): void {
    const at = this.sheets.findIndex((s) => s.name === SETTINGS_SHEET);
    const rows = at >= 0 ? this.sheets[at].rows.filter((r) => r[0]?.v !== key) : [];
    const next: SheetModel = {
      name: SETTINGS_SHEET,
      hidden: true,
      merges: [],
      widths: [],
      rows: [...rows, [{ v: key }, ...splitSetting(value).map((v): ModelCell => ({ v }))]],
    };
    if (at >= 0) this.sheets[at] = next;
    else this.sheets.push(next);
  }

  /** The workbook as a model (for the writer). */
  model(): WorkbookModel {
    return { sheets: this.sheets, names: this.names };
  }

  /** Saves the workbook as .xlsx bytes. */
  toBytes(): Uint8Array {
    return writeXlsx(this.model());
  }

  private sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new TextError(ref("host.no-sheet", { sheet: name }));
    return sheet;
  }
}

function modelOf(sheet: SheetData): SheetModel {
  return {
    name: sheet.name,
    rows: sheet.rows.map((row) => row.map((v) => (v === null || v === undefined ? null : { v }))),
    merges: sheet.merges,
    widths: [],
  };
}
