import type { ChildProcess, fork as Fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { ref, type MessageRef } from "../../core/i18n/text";
import type { InputFile } from "../../hosts/files";
import type { FoundInput } from "./inputs";
import { READ_WORKER_ENV, type ReadAnswer, type ReadRequest } from "./protocol";

/** Limits on reading one file, beyond those the reader checks itself (LIMITS). */
export const READ_TIME_LIMIT_S = 60;
export const READ_MEMORY_LIMIT_MB = 1536;

export interface PoolOptions {
  /** The script a reading process runs (the CLI itself, by default, with READ_WORKER_ENV set). */
  readonly script?: string;
  readonly workers?: number;
  readonly timeLimitMs?: number;
  readonly memoryLimitMb?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Reads the files in separate processes, a few at a time, each with a memory limit and a time
 * limit per file: a file that exhausts memory, crashes the reader or runs past the time limit is
 * rejected with that reason, its process replaced, and the other files are read as usual. What
 * comes back is in input order, read (sheets) or with the reason (unreadable).
 */
export async function readInProcesses(found: readonly FoundInput[], options: PoolOptions = {}): Promise<InputFile[]> {
  const results: InputFile[] = new Array(found.length);
  const queue: number[] = [];
  found.forEach((f, i) => {
    if (f.path === undefined) results[i] = { name: f.name, bytes: new Uint8Array(), unreadable: f.unreadable };
    else queue.push(i);
  });
  const total = found.length;
  let done = total - queue.length;
  const workers = Math.max(1, Math.min(options.workers ?? Math.min(2, availableParallelism()), queue.length));
  const finish = (i: number, result: InputFile) => {
    results[i] = result;
    options.onProgress?.(++done, total, found[i].name);
  };
  // Loaded here, not with the CLI: a merge of .xlsx returns never starts a process (child_process
  // brings net and dgram with it).
  const { fork } = await import("node:child_process");
  await Promise.all(Array.from({ length: workers }, () => serve(queue, found, options, finish, fork)));
  return results;
}

/** One reading process: takes files from the queue until it is empty, replaced when it dies. */
async function serve(
  queue: number[],
  found: readonly FoundInput[],
  options: PoolOptions,
  finish: (i: number, r: InputFile) => void,
  fork: typeof Fork,
): Promise<void> {
  let child: Reader | null = null;
  try {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      child ??= new Reader(options, fork);
      const f = found[i];
      const answer = await child.read({ id: i, path: f.path!, name: f.name });
      if (answer.dead) child = null;
      finish(
        i,
        answer.ok
          ? {
              name: f.name,
              bytes: new Uint8Array(),
              modifiedAt: f.modifiedAt,
              sentAt: f.sentAt,
              sheets: answer.sheets,
              savedAt: answer.savedAt,
            }
          : {
              name: f.name,
              bytes: new Uint8Array(),
              modifiedAt: f.modifiedAt,
              sentAt: f.sentAt,
              unreadable: answer.why,
            },
      );
    }
  } finally {
    child?.close();
  }
}

type Outcome = (Extract<ReadAnswer, { ok: true }> | { ok: false; why: MessageRef }) & { dead?: boolean };

class Reader {
  private readonly child: ChildProcess;
  private stderr = "";
  private pending: ((o: Outcome) => void) | null = null;
  private readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;

  constructor(options: PoolOptions, fork: typeof Fork) {
    this.timeLimitMs = options.timeLimitMs ?? READ_TIME_LIMIT_S * 1000;
    this.memoryLimitMb = options.memoryLimitMb ?? READ_MEMORY_LIMIT_MB;
    this.child = fork(options.script ?? process.argv[1], [], {
      env: { ...process.env, [READ_WORKER_ENV]: "1" },
      execArgv: [`--max-old-space-size=${this.memoryLimitMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child.stderr?.on("data", (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)));
    this.child.on("message", (m: ReadAnswer) => this.settle(m.ok ? m : { ok: false, why: m.why }));
    this.child.on("exit", (code, signal) => this.settle({ ok: false, why: this.death(code, signal), dead: true }));
    this.child.on("error", (e) =>
      this.settle({ ok: false, why: ref("read.crashed", { detail: e.message }), dead: true }),
    );
  }

  read(request: ReadRequest): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.child.kill("SIGKILL");
        resolve({ ok: false, why: ref("read.timeout", { seconds: Math.round(this.timeLimitMs / 1000) }), dead: true });
      }, this.timeLimitMs);
      this.pending = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
      this.stderr = "";
      this.child.send(request);
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }

  private settle(o: Outcome): void {
    const p = this.pending;
    this.pending = null;
    p?.(o);
  }

  private death(code: number | null, signal: NodeJS.Signals | null): MessageRef {
    if (/heap out of memory|invalid size error|Allocation failed|out of memory/i.test(this.stderr))
      return ref("read.out-of-memory", { mb: this.memoryLimitMb });
    return ref("read.crashed", { detail: signal ?? `exit ${code}` });
  }
}
