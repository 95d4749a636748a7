import { createContext, useContext } from "react";
import type { MergeOptions, MergeResult } from "../core/merge/merge";
import type { AnnexRegistry } from "../core/schema/registry";
import type { AnnexSchema } from "../core/schema/types";
import type { SpreadsheetHost } from "../hosts/host";
import type { FileReport, ValidateFilesOptions } from "../app/validate-files";
import type { InputFile } from "../hosts/files";
import type { WorkbookModel } from "../core/workbook/model";
import type { Locale } from "../core/i18n/text";
import type { CorrectionFile, NamedFile } from "../app/follow-up";

export type PaneMode = "excel" | "wps" | "standalone";

/** Work on files that may run off the main thread (a web worker in the browser). */
export interface FileJobs {
  /** Merges; `withFile` false skips writing the summary file (the workbook gets the sheets instead). */
  merge(
    files: readonly InputFile[],
    options: MergeOptions,
    onProgress: (done: number, total: number, file: string) => void,
    withFile?: boolean,
  ): Promise<{ result: MergeResult; bytes: Uint8Array | null }>;
  validate(
    files: readonly InputFile[],
    options: ValidateFilesOptions,
    onProgress: (done: number, total: number, file: string) => void,
  ): Promise<FileReport[]>;
  /** The templates of `chosen` as one workbook; `all` keeps every form's list in its column. */
  templates(chosen: readonly AnnexSchema[], all: readonly AnnexSchema[]): Promise<Uint8Array>;
  /** Any workbook model as .xlsx bytes (the exported issue list). */
  workbook(model: WorkbookModel): Promise<Uint8Array>;
  /** 退回修改: each unit with errors, its correction workbook (its own sheets, marked) and text. */
  corrections(files: readonly InputFile[], result: MergeResult, locale: Locale): Promise<CorrectionFile[]>;
  /** One template workbook per unit of the roster, as one .zip. */
  unitTemplates(
    chosen: readonly AnnexSchema[],
    all: readonly AnnexSchema[],
    units: readonly string[],
    round: string,
  ): Promise<Uint8Array>;
  /** Files as one .zip to download. */
  zip(files: readonly NamedFile[]): Promise<Uint8Array>;
}

/** What the panels get: the open workbook's host (none when standalone), the forms and the file jobs. */
export interface PaneServices {
  readonly mode: PaneMode;
  readonly host: SpreadsheetHost | null;
  /** The forms the pane works with: the plan's five and any added as data. */
  readonly forms: AnnexRegistry;
  readonly jobs: FileJobs;
  /** Offers bytes to the user as a downloaded file. */
  download(bytes: Uint8Array, fileName: string): void;
  /** Asks a yes/no question (WPS and the browser have window.confirm; Office add-ins do not). */
  confirm?(message: string): Promise<boolean>;
  /** Where the roster is kept when there is no workbook (the browser's storage). */
  readonly storage?: Pick<Storage, "getItem" | "setItem">;
  /** In WPS: pick returned files with the program's own dialog (opens .et too). */
  pickFiles?(): Promise<InputFile[]>;
  /** Downloads a language's messages (default: the en.js chunk beside the pane, i18n/load-locale.ts). */
  loadLocale?(locale: Locale): Promise<void>;
}

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("PaneServices missing: wrap the pane in <ServicesContext.Provider>");
  return services;
}
