import type { InputFile } from "../hosts/files";
import type { ValidateFilesOptions } from "../app/validate-files";
import type { MergeOptions } from "../core/merge/merge";
import type { AnnexSchema } from "../core/schema/types";
import type { WorkbookModel } from "../core/workbook/model";

export type WorkerJob =
  | { job: "merge"; files: readonly InputFile[]; options: MergeOptions; withFile: boolean }
  | { job: "validate"; files: readonly InputFile[]; options: ValidateFilesOptions }
  | { job: "templates"; chosen: readonly AnnexSchema[]; all: readonly AnnexSchema[] }
  | { job: "workbook"; model: WorkbookModel };

export type WorkerRequest = WorkerJob & { id: number };

export type WorkerResponse =
  /** Posted once when the worker has loaded: an error after it is a crash, not a worker that cannot load. */
  | { ready: true }
  | { id: number; progress: { done: number; total: number; file: string } }
  | { id: number; result: unknown }
  | { id: number; error: string };
