import { ref, TextError, type MessageRef } from "../core/i18n/text";
import type { InputFile } from "../hosts/files";
import type { FileJobs } from "./services";
import { runJob, type WorkerJob, type WorkerResponse } from "./worker-protocol";

/** The jobs on the page, loaded only when a worker cannot run them (the reader is then fetched once, here). */
const loadInline = (): Promise<FileJobs> => import("./inline-jobs").then((m) => m.inlineJobs);

/** File jobs on the page, the module that holds them loaded on first use. */
export const lazyInlineJobs: FileJobs = {
  merge: (...args) => loadInline().then((jobs) => jobs.merge(...args)),
  validate: (...args) => loadInline().then((jobs) => jobs.validate(...args)),
  templates: (...args) => loadInline().then((jobs) => jobs.templates(...args)),
  workbook: (...args) => loadInline().then((jobs) => jobs.workbook(...args)),
  corrections: (...args) => loadInline().then((jobs) => jobs.corrections(...args)),
  unitTemplates: (...args) => loadInline().then((jobs) => jobs.unitTemplates(...args)),
  zip: (...args) => loadInline().then((jobs) => jobs.zip(...args)),
};

type Progress = (done: number, total: number, file: string) => void;
interface Pending {
  job: WorkerJob;
  resolve(v: unknown): void;
  reject(e: Error): void;
  progress?: Progress;
  /** Files of the job done so far: the file being read is the next one. */
  done: number;
}

/** Time a file may take in the worker before it is given up and the worker replaced. */
export const FILE_TIME_LIMIT_MS = 60_000;

/**
 * File jobs in a web worker, so the pane stays responsive with hundreds of files. Where a worker
 * cannot start (file:// pages such as an offline WPS add-in, some embedded browsers), the jobs run
 * on the page instead: slower to interact with, same results. `create` makes the worker: the entry
 * (index.tsx) passes `new Worker(new URL("./file-worker.ts", import.meta.url))`, the form webpack
 * bundles as a worker chunk.
 *
 * A watchdog guards each file: a file that takes longer than the time limit, or crashes the
 * worker, is set aside with that reason, the worker replaced, and the job run again without it.
 */
export function workerJobs(create: () => Worker, timeLimitMs = FILE_TIME_LIMIT_MS): FileJobs {
  let worker: Worker | null;
  try {
    worker = create();
  } catch {
    return lazyInlineJobs;
  }
  let ready = false;
  let next = 1;
  const pending = new Map<number, Pending>();
  let watchdog: ReturnType<typeof setTimeout> | null = null;

  const inline = (p: Pending) => {
    runJob(lazyInlineJobs, p.job, p.progress ?? (() => undefined)).then(p.resolve, p.reject);
  };

  const arm = () => {
    if (watchdog) clearTimeout(watchdog);
    if (!pending.size) return (watchdog = null);
    // Once every file is read, merging and writing the summary may take longer than one file.
    const reading = [...pending.values()].some(
      (p) => (p.job.job === "merge" || p.job.job === "validate") && p.done < p.job.files.length,
    );
    const limit = reading ? timeLimitMs : timeLimitMs * 5;
    watchdog = setTimeout(() => restart(ref("read.timeout", { seconds: Math.round(limit / 1000) })), limit);
  };

  const send = (p: Pending) => {
    const id = next++;
    pending.set(id, p);
    worker!.postMessage({ ...p.job, id });
    arm();
  };

  const listen = (w: Worker) => {
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data;
      if ("ready" in msg) {
        ready = true;
        return;
      }
      const p = pending.get(msg.id);
      if (!p) return;
      if ("progress" in msg) {
        p.done = msg.progress.done;
        p.progress?.(msg.progress.done, msg.progress.total, msg.progress.file);
      } else {
        pending.delete(msg.id);
        if ("error" in msg) p.reject(new Error(msg.error));
        else p.resolve(msg.result);
      }
      arm();
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      // Failed to load (no ready yet): finish on the page, and stay there. Crashed: start again.
      if (ready) return restart(ref("read.crashed", { detail: e.message || "worker" }));
      w.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      arm();
      waiting.forEach(inline);
    };
  };

  /** The worker hung or crashed: blame the file each job was reading, and run the jobs again in a new worker. */
  const restart = (why: MessageRef) => {
    worker?.terminate();
    const waiting = [...pending.values()];
    pending.clear();
    try {
      worker = create();
      listen(worker);
    } catch {
      worker = null;
    }
    arm();
    for (const p of waiting) {
      const again = setAside(p, why);
      if (!again) p.reject(new TextError(why));
      else if (worker) send(again);
      else inline(again);
    }
  };

  listen(worker);

  const call = <T>(job: WorkerJob, progress?: Progress): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const p: Pending = { job, resolve: resolve as (v: unknown) => void, reject, progress, done: 0 };
      if (!worker) return inline(p);
      send(p);
    });
  return {
    merge: (files, options, onProgress, withFile = true) =>
      call({ job: "merge", files, options, withFile }, onProgress),
    validate: (files, options, onProgress) => call({ job: "validate", files, options }, onProgress),
    templates: (chosen, all) => call({ job: "templates", chosen, all }),
    workbook: (model) => call({ job: "workbook", model }),
    corrections: (files, result, locale) => call({ job: "corrections", files, result, locale }),
    unitTemplates: (chosen, all, units, round) => call({ job: "unitTemplates", chosen, all, units, round }),
    zip: (files) => call({ job: "zip", files }),
  };
}

/** The job again with the file it was reading set aside (unreadable, with the reason); null when no file is to blame. */
function setAside(p: Pending, why: MessageRef): Pending | null {
  const { job } = p;
  if (job.job !== "merge" && job.job !== "validate") return { ...p, done: 0 };
  const i = p.done;
  if (i >= job.files.length) return null;
  const files: InputFile[] = job.files.map((f, k) =>
    k === i
      ? { name: f.name, bytes: new Uint8Array(), modifiedAt: f.modifiedAt, sentAt: f.sentAt, unreadable: why }
      : f,
  );
  return { ...p, job: { ...job, files }, done: 0 };
}
