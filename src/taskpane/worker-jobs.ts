import type { FileJobs } from "./services";
import type { WorkerJob, WorkerResponse } from "./worker-protocol";
import { inlineJobs } from "./inline-jobs";

type Pending = { resolve(v: unknown): void; reject(e: Error): void; progress?(done: number, total: number, file: string): void };

/**
 * File jobs in a web worker. Where workers cannot start (some embedded browsers, file:// pages),
 * the jobs run inline instead: slower for the page, same results.
 */
export function workerJobs(): FileJobs {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./file-worker.ts", import.meta.url));
  } catch {
    return inlineJobs;
  }
  let next = 1;
  const pending = new Map<number, Pending>();
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
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(`后台处理出错：${e.message || "未知原因"}`));
    pending.clear();
  };
  const call = <T>(req: WorkerJob, progress?: Pending["progress"]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      worker.postMessage({ ...req, id });
    });
  return {
    merge: (files, options, onProgress) => call({ job: "merge", files, options }, onProgress),
    validate: (files, options, onProgress) => call({ job: "validate", files, options }, onProgress),
    templates: (ids) => call({ job: "templates", ids }),
  };
}
