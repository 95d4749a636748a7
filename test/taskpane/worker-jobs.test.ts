import { describe, expect, it } from "@jest/globals";
import { workerJobs } from "../../src/taskpane/worker-jobs";
import { inlineJobs } from "../../src/taskpane/inline-jobs";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { FORMS, schema } from "../helpers/sheets";

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
  it("fall back to the page when a worker cannot be created at all", () => {
    expect(
      workerJobs(() => {
        throw new Error("SecurityError");
      }),
    ).toBe(inlineJobs);
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
