import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lazyInlineJobs, workerJobs } from "../../src/taskpane/worker-jobs";
import { inlineJobs } from "../../src/taskpane/inline-jobs";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { FORMS, schema, talk, talksSheet } from "../helpers/sheets";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import type { WorkerRequest } from "../../src/taskpane/worker-protocol";

/** A worker that fails to load, as on a file:// page: the error event comes after construction. */
class FailingWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: { message: string; preventDefault?: () => void }) => void) | null = null;
  posted = 0;
  postMessage(): void {
    this.posted++;
    setTimeout(() => this.onerror?.({ message: "Script cannot be accessed from origin 'null'" }), 1);
  }
  terminate(): void {}
}

describe("file jobs off the main thread", () => {
  it("fall back to the page when a worker cannot be created at all (the reader loaded on first use)", async () => {
    const jobs = workerJobs(() => {
      throw new Error("SecurityError");
    });
    expect(jobs).toBe(lazyInlineJobs);
    const bytes = await jobs.templates([schema("talks")], FORMS);
    expect(readWorkbook(bytes, "t.xlsx").sheets[0].name).toBe("附件2 大谈话统计表");
  });

  it("finish on the page when the worker fails to load, and stay there", async () => {
    const fake = new FailingWorker();
    const jobs = workerJobs(() => fake as unknown as Worker);
    const bytes = await jobs.templates([schema("talks")], FORMS);
    expect(readWorkbook(bytes, "t.xlsx").sheets[0].name).toBe("附件2 大谈话统计表");
    await jobs.templates([schema("practical")], FORMS);
    expect(fake.posted).toBe(1);
  });
});

describe("the pane's file jobs open archives", () => {
  it("a .rar among the returns is opened with 7-Zip: what it holds merged or listed, each with its reason", async () => {
    const rar = new Uint8Array(readFileSync(join(__dirname, "../fixtures/third-party/rar/FileEncByName.rar")));
    const office = writeSheetsAs([talksSheet([talk(1)], "办公室")], "xlsx");
    const { result } = await inlineJobs.merge(
      [
        { name: "办公室.xlsx", bytes: office },
        { name: "部分加密.rar", bytes: rar },
      ],
      { schemas: FORMS },
      () => undefined,
      false,
    );
    expect(result.annexes.find((a) => a.schema.id === "talks")!.rows).toHaveLength(1);
    expect(result.rejected.map((r) => [r.file, r.why.key])).toEqual([
      ["部分加密.rar/1File.txt", "merge.no-annex"],
      ["部分加密.rar/2中文.txt", "read.archive-encrypted"],
      ["部分加密.rar/3Sec.txt", "read.archive-encrypted"],
    ]);
  });
});

/**
 * A worker that runs the real jobs, posting ready and progress as file-worker.ts does, except that
 * it stops answering on a file named hang.* and crashes (an error event) on crash.*.
 */
class MisbehavingWorker {
  static made = 0;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault?: () => void }) => void) | null = null;
  terminated = false;
  constructor() {
    MisbehavingWorker.made++;
    setTimeout(() => this.onmessage?.({ data: { ready: true } }), 0);
  }
  postMessage(req: WorkerRequest): void {
    setTimeout(() => void this.run(req), 0);
  }
  private async run(req: WorkerRequest): Promise<void> {
    if (req.job !== "merge") return;
    for (const [i, f] of req.files.entries()) {
      if (this.terminated) return;
      if (!f.unreadable && f.name.startsWith("hang.")) return;
      if (!f.unreadable && f.name.startsWith("crash."))
        return this.onerror?.({ message: "RangeError: Invalid array length" });
      this.onmessage?.({ data: { id: req.id, progress: { done: i + 1, total: req.files.length, file: f.name } } });
      await new Promise((r) => setTimeout(r, 1));
    }
    const result = await inlineJobs.merge(req.files, req.options, () => undefined, false);
    if (!this.terminated) this.onmessage?.({ data: { id: req.id, result } });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("a file that hangs or crashes the worker", () => {
  it("is set aside with the reason, the worker replaced, and the other files merged", async () => {
    const good = (unit: string) => ({
      name: `${unit}.xlsx`,
      bytes: writeSheetsAs([talksSheet([talk(1)], unit)], "xlsx"),
    });
    const files = [
      good("办公室"),
      { ...good("法规科"), name: "hang.xlsx" },
      good("人事科"),
      { ...good("宣教科"), name: "crash.xlsx" },
    ];
    MisbehavingWorker.made = 0;
    const jobs = workerJobs(() => new MisbehavingWorker() as unknown as Worker, 200);
    const { result } = await jobs.merge(files, { schemas: FORMS }, () => undefined, false);
    expect(result.rejected.map((r) => [r.file, r.why.key])).toEqual([
      ["hang.xlsx", "read.timeout"],
      ["crash.xlsx", "read.crashed"],
    ]);
    expect(Object.keys(result.annexes[0].units).sort()).toEqual(["人事科", "办公室"]);
    expect(MisbehavingWorker.made).toBe(3);
  });
});
