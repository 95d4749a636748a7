/// <reference lib="webworker" />
/**
 * The web worker that reads, validates and merges files, so the pane stays responsive with
 * hundreds of returns. Messages: {id, job, files, options|ids} in; {id, progress} and {id, result|error} out.
 */
import { inlineJobs } from "./inline-jobs";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const post = (msg: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);
  const progress = (done: number, total: number, file: string) => post({ id: req.id, progress: { done, total, file } });
  try {
    if (req.job === "merge") {
      const out = await inlineJobs.merge(req.files, req.options, progress, req.withFile);
      post({ id: req.id, result: out }, out.bytes ? [out.bytes.buffer as ArrayBuffer] : []);
    } else if (req.job === "validate") {
      post({ id: req.id, result: await inlineJobs.validate(req.files, req.options, progress) });
    } else if (req.job === "workbook") {
      const bytes = await inlineJobs.workbook(req.model);
      post({ id: req.id, result: bytes }, [bytes.buffer as ArrayBuffer]);
    } else {
      const bytes = await inlineJobs.templates(req.chosen, req.all);
      post({ id: req.id, result: bytes }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (err) {
    post({ id: req.id, error: err instanceof Error ? err.message : String(err) });
  }
};

scope.postMessage({ ready: true } satisfies WorkerResponse);
