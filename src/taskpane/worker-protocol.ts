import type { InputFile } from "../hosts/files";
import type { FileJobs } from "./services";
import type { ValidateFilesOptions } from "../app/validate-files";
import type { MergeOptions, MergeResult } from "../core/merge/merge";
import type { Locale } from "../core/i18n/text";
import type { NamedFile } from "../app/follow-up";
import type { AnnexSchema } from "../core/schema/types";
import type { WorkbookModel } from "../core/workbook/model";

export type WorkerJob =
  | { job: "merge"; files: readonly InputFile[]; options: MergeOptions; withFile: boolean }
  | { job: "validate"; files: readonly InputFile[]; options: ValidateFilesOptions }
  | { job: "templates"; chosen: readonly AnnexSchema[]; all: readonly AnnexSchema[] }
  | { job: "workbook"; model: WorkbookModel }
  | { job: "corrections"; files: readonly InputFile[]; result: MergeResult; locale: Locale }
  | {
      job: "unitTemplates";
      chosen: readonly AnnexSchema[];
      all: readonly AnnexSchema[];
      units: readonly string[];
      round: string;
    }
  | { job: "zip"; files: readonly NamedFile[] };

export type WorkerRequest = WorkerJob & { id: number };

export type WorkerResponse =
  /** Posted once when the worker has loaded: an error after it is a crash, not a worker that cannot load. */
  | { ready: true }
  | { id: number; progress: { done: number; total: number; file: string } }
  | { id: number; result: unknown }
  | { id: number; error: string };

/** Runs a job on `jobs` (the worker's own, or the page's when no worker can run). */
export function runJob(
  jobs: FileJobs,
  job: WorkerJob,
  progress: (done: number, total: number, file: string) => void,
): Promise<unknown> {
  switch (job.job) {
    case "merge":
      return jobs.merge(job.files, job.options, progress, job.withFile);
    case "validate":
      return jobs.validate(job.files, job.options, progress);
    case "templates":
      return jobs.templates(job.chosen, job.all);
    case "workbook":
      return jobs.workbook(job.model);
    case "corrections":
      return jobs.corrections(job.files, job.result, job.locale);
    case "unitTemplates":
      return jobs.unitTemplates(job.chosen, job.all, job.units, job.round);
    case "zip":
      return jobs.zip(job.files);
  }
}

/** The language a job writes its messages in, when it writes any. */
export function localeOf(job: WorkerJob): Locale | undefined {
  switch (job.job) {
    case "merge":
    case "validate":
      return job.options.locale;
    case "corrections":
      return job.locale;
    default:
      return undefined;
  }
}

/** The buffers of a job's result, moved to the page rather than copied. */
export function transferablesOf(result: unknown): ArrayBuffer[] {
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer];
  if (Array.isArray(result))
    return result.flatMap((r) => (r && r.bytes instanceof Uint8Array ? [r.bytes.buffer as ArrayBuffer] : []));
  const bytes = (result as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [];
}
