/// <reference lib="webworker" />
/**
 * The web worker that reads, validates and merges files, so the pane stays responsive with
 * hundreds of returns. Messages: {id, job, files, options|ids} in; {id, progress} and {id, result|error} out.
 */
import { inlineJobs } from "./inline-jobs";
import { localeOf, runJob, transferablesOf, type WorkerRequest, type WorkerResponse } from "./worker-protocol";
import { loadLocale } from "./i18n/load-locale";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const post = (msg: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);
  const progress = (done: number, total: number, file: string) => post({ id: req.id, progress: { done, total, file } });
  try {
    const locale = localeOf(req);
    // English missing where the worker is served: the job's messages are in Chinese (the pane says
    // why when it fails to load English itself); the merge is not lost over a language.
    if (locale) await loadLocale(locale).catch(() => undefined);
    const result = await runJob(inlineJobs, req, progress);
    post({ id: req.id, result }, transferablesOf(result));
  } catch (err) {
    post({ id: req.id, error: err instanceof Error ? err.message : String(err) });
  }
};

scope.postMessage({ ready: true } satisfies WorkerResponse);
