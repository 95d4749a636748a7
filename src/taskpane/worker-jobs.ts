import type { FileJobs } from "./services";
import type { WorkerJob, WorkerResponse } from "./worker-protocol";
import { inlineJobs } from "./inline-jobs";

type Progress = (done: number, total: number, file: string) => void;
type Pending = { job: WorkerJob; resolve(v: unknown): void; reject(e: Error): void; progress?: Progress };

/**
 * File jobs in a web worker, so the pane stays responsive with hundreds of files. Where a worker
 * cannot start (file:// pages such as an offline WPS add-in, some embedded browsers), the jobs run
 * on the page instead: slower to interact with, same results. `create` makes the worker: the entry
 * (index.tsx) passes `new Worker(new URL("./file-worker.ts", import.meta.url))`, the form webpack
 * bundles as a worker chunk.
 */
export function workerJobs(create: () => Worker): FileJobs {
  let worker: Worker | null;
  try {
    worker = create();
  } catch {
    return inlineJobs;
  }
  let next = 1;
  const pending = new Map<number, Pending>();

  const inline = (p: Pending) => {
    const { job } = p;
    const run =
      job.job === "merge"
        ? inlineJobs.merge(job.files, job.options, p.progress ?? (() => undefined), job.withFile)
        : job.job === "validate"
          ? inlineJobs.validate(job.files, job.options, p.progress ?? (() => undefined))
          : inlineJobs.templates(job.chosen, job.all);
    (run as Promise<unknown>).then(p.resolve, p.reject);
  };

  worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
    const msg = e.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if ("progress" in msg) p.progress?.(msg.progress.done, msg.progress.total, msg.progress.file);
    else {
      pending.delete(msg.id);
      if ("error" in msg) p.reject(new Error(msg.error));
      else p.resolve(msg.result);
    }
  };
  // The worker failed to load or crashed: finish what was asked on the page, and stay there.
  worker.onerror = (e) => {
    e.preventDefault?.();
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    waiting.forEach(inline);
  };

  const call = <T>(job: WorkerJob, progress?: Progress): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const p: Pending = { job, resolve: resolve as (v: unknown) => void, reject, progress };
      if (!worker) return inline(p);
      const id = next++;
      pending.set(id, p);
      worker.postMessage({ ...job, id });
    });
  return {
    merge: (files, options, onProgress, withFile = true) =>
      call({ job: "merge", files, options, withFile }, onProgress),
    validate: (files, options, onProgress) => call({ job: "validate", files, options }, onProgress),
    templates: (chosen, all) => call({ job: "templates", chosen, all }),
  };
}
