import type { ExcelApi, XRequestContext } from "../../../src/hosts/excel/api";
import { rangeA1 } from "../../../src/core/sheet/address";
import { OfficeError, type FakeBook } from "./book";
import { WorkbookProxy } from "./proxies";

interface Op {
  readonly run: () => void;
  readonly bytes: number;
}

const encoder = new TextEncoder();

/** A request context: operations queue up and run, in order, only on sync(). */
export class FakeContext implements XRequestContext {
  readonly workbook: WorkbookProxy;
  private queue: Op[] = [];

  constructor(readonly book: FakeBook) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Queues an operation; `payload` (values, formats) counts toward the request size. */
  enqueue(run: () => void, payload?: unknown): void {
    this.queue.push({ run, bytes: 40 + (payload === undefined ? 0 : encoder.encode(JSON.stringify(payload)).length) });
  }

  /** Excel raises onChanged for writes from add-ins too, after the batch has run. */
  changed(sheet: { id: string }, range: { r1: number; c1: number; r2: number; c2: number }): void {
    const address = rangeA1(range.r1, range.c1, Math.min(range.r2, range.r1 + 1_048_575), Math.min(range.c2, 16_383));
    const handlers = [...this.book.changedHandlers];
    const triggerSource = this.book.supports("1.14") ? "ThisLocalAddin" : undefined;
    setTimeout(
      () =>
        handlers.forEach(
          (h) => void h({ address, worksheetId: sheet.id, source: "Local", changeType: "RangeEdited", triggerSource }),
        ),
      0,
    );
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    this.book.largestRequest = Math.max(this.book.largestRequest, bytes);
    if (bytes > this.book.requestLimit)
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes).`,
      );
    // As in Office.js, a failing operation rejects the sync; those before it stay applied.
    for (const op of ops) op.run();
    await Promise.resolve();
  }
}

/** `Excel.run` and the requirement-set check over a fake workbook. */
export function fakeExcelApi(book: FakeBook): ExcelApi {
  return {
    async run(batch) {
      book.runs++;
      const ctx = new FakeContext(book);
      const result = await batch(ctx);
      if (ctx.pending) throw new Error(`Excel.run ended with ${ctx.pending} operations never synced`);
      return result;
    },
    isSetSupported: (version) => book.supports(version),
    // The proxy fake stands for a current client library (as loaded from Microsoft's CDN): it has every member.
    clientHas: () => true,
  };
}
