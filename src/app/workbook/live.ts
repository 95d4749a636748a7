import { parseA1 } from "../../core/sheet/address";
import type { CellRange } from "../../core/sheet/types";
import type { Issue } from "../../core/validate/issue";
import type { SpreadsheetHost } from "../../hosts/host";
import {
  candidateSheets,
  checkSheets,
  marksOf,
  readAnnexSheets,
  type CheckOptions,
  type SheetValidation,
} from "./validate-workbook";

/** Zero-based row of an issue (its data row, or its cell). */
const rowOf = (i: Issue): number => i.row ?? parseA1(i.cell)?.r ?? -1;

/**
 * Validation while typing: edits are collected per sheet and, after a pause, the edited rows are
 * re-validated. Issues of other rows stay as they were; marks are repainted for the sheet.
 */
export class LiveValidator {
  private pending = new Map<string, CellRange[]>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stop: (() => void) | null = null;
  private readonly known = new Map<string, readonly Issue[]>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: SpreadsheetHost,
    private readonly options: () => CheckOptions,
    private readonly onResult: (result: SheetValidation) => void,
    private readonly delayMs = 600,
  ) {}

  /** Starts listening; false when the host reports no edits. */
  async start(): Promise<boolean> {
    if (!this.host.watchChanges) return false;
    this.stop = await this.host.watchChanges((sheet, range) => this.changed(sheet, range));
    return true;
  }

  dispose(): void {
    this.stop?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Seeds the issues known for a sheet (after a full validation). */
  seed(sheet: string, issues: readonly Issue[]): void {
    this.known.set(sheet, issues);
  }

  changed(sheet: string, range: CellRange): void {
    this.pending.set(sheet, [...(this.pending.get(sheet) ?? []), range]);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Validates what is pending now (the debounce timer calls this; tests may too). */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    // Flushed early (a test, or a full validation): the debounce timer has nothing left to do.
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(() => this.run(batch));
    return this.running;
  }

  private async run(batch: Map<string, CellRange[]>): Promise<void> {
    if (!batch.size) return;
    const { infos, data } = await readAnnexSheets(
      this.host,
      candidateSheets(await this.host.listSheets()).filter((i) => batch.has(i.name)),
      this.options().schemas,
    );
    if (!infos.length) return;
    const result = checkSheets(data, infos, this.options());
    for (const sheet of result.sheets) {
      const ranges = batch.get(sheet.sheet) ?? [];
      const touched = (r: number) => ranges.some((x) => r >= x.r1 && r <= x.r2);
      const before = this.known.get(sheet.sheet);
      // Sheet-level issues (unit line, counts, header) are always current; rows only where edited.
      const issues = before
        ? [
            ...before.filter((i) => !touched(rowOf(i)) && i.row !== undefined),
            ...sheet.issues.filter((i) => touched(rowOf(i)) || i.row === undefined),
          ].sort((a, b) => rowOf(a) - rowOf(b))
        : sheet.issues;
      this.known.set(sheet.sheet, issues);
      await this.host.showIssues(marksOf([{ sheet: sheet.sheet, issues }]));
      this.onResult({ ...sheet, issues });
    }
  }
}
