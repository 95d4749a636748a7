import { Worker } from "node:worker_threads";

/**
 * The guard's code, run on a thread of its own: a reading process stuck in a file (a loop in a
 * reader, until its time limit) cannot hear from its event loop that the CLI is gone.
 * On POSIX a process whose parent died is given to another (its ppid changes); on Windows the
 * ppid stays and the parent is looked for by signal 0 (Node's process.kill: "a signal of 0 can be
 * used to test for the existence of a process", on Windows as well). EPERM means it exists.
 */
const GUARD = `
const { workerData } = require("node:worker_threads");
const { parent, intervalMs } = workerData;
const alive = () => {
  if (process.ppid !== parent) return false;
  try {
    process.kill(parent, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
setInterval(() => {
  if (!alive()) process.kill(process.pid, "SIGKILL");
}, intervalMs);
`;

/**
 * Ends this reading process as soon as the CLI that started it is gone. The CLI stops a reader
 * that runs past the time limit itself, but a CLI killed on its own (SIGKILL or SIGTERM from a
 * script, a task manager) cannot: without this a reader stuck in a damaged file went on using a
 * whole core after the CLI had ended (seen in session 25, a reader SheetJS looped in).
 * The thread costs a run that reads .xls or .ods files about 0.1 s (30 .xls validated: 1.15-1.32 s
 * against 1.03-1.06 s, three runs each, 2 cores), once per reading process; .xlsx returns are read
 * without one.
 */
export function endWithParent(intervalMs = 1000): void {
  new Worker(GUARD, { eval: true, workerData: { parent: process.ppid, intervalMs } }).unref();
}
