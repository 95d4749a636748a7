/**
 * The summary's 统计 sheet and its chart, opened by LibreOffice: the chart is a real chart object
 * over the sheet's cells (LibreOffice imports it, draws it, and keeps its ranges), and the numbers
 * are the merge's.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { convert } from "../helpers/soffice";
import { demoReturns } from "../../src/app/demo/samples";
import { mergeFiles, summaryFile } from "../../src/app/merge-returns";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { writeXlsx } from "../../src/hosts/file/xlsx/write-xlsx";
import { statistics } from "../../src/core/merge/statistics";
import type { MergeResult } from "../../src/core/merge/merge";
import { FORMS } from "../helpers/sheets";

const dir = mkdtempSync(join(tmpdir(), "huibiao-lo-stats-"));
let result: MergeResult;
let ods: Record<string, Uint8Array>;
let pdf: string;

beforeAll(() => {
  const { roster, files } = demoReturns();
  result = mergeFiles(
    files.map((f) => ({ name: f.name, bytes: writeSheetsAs(f.sheets, f.format, f.savedAt) })),
    readWorkbook,
    { schemas: FORMS, roster },
  );
  const xlsx = join(dir, "汇总.xlsx");
  writeFileSync(xlsx, summaryFile(result, { read: readWorkbook, write: writeXlsx }));
  ods = unzipSync(readFileSync(convert([xlsx], "ods", join(dir, "ods"))[0]));
  pdf = convert([xlsx], "pdf", join(dir, "pdf"))[0];
}, 300_000);

describe("the 统计 sheet in LibreOffice", () => {
  it("holds a chart object over its own cells, one series per talk type, drawn by LibreOffice", () => {
    const content = strFromU8(ods["content.xml"]);
    const object = /<draw:object draw:notify-on-update-of-ranges="([^"]+)"/.exec(content);
    expect(object).not.toBeNull();
    expect(object![1]).toMatch(/^统计\.A\d+:统计\.A\d+ /);
    const chart = strFromU8(ods["Object 1/content.xml"]);
    const series = chart.match(/<chart:series /g) ?? [];
    expect(series).toHaveLength(statistics(result).talkTypes.length);
    // LibreOffice drew it: the replacement picture it keeps for the chart is there.
    expect(Object.keys(ods).some((k) => k.startsWith("ObjectReplacements/"))).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });

  it("its numbers are the merge's: talks per unit and type add up to the rows of 附件2", () => {
    const st = statistics(result);
    const talks = result.annexes.find((a) => a.schema.id === "talks")!;
    expect(st.talksByUnit.reduce((n, u) => n + u.total, 0)).toBe(talks.rows.length);
    const office = st.talksByUnit.find((u) => u.unit === "办公室")!;
    expect(office.total).toBe(talks.units["办公室"]);
    expect(st.talksByMonth.reduce((n, m) => n + m.count, 0) + st.talksUndated).toBe(talks.rows.length);
    expect(st.progress.requested).toBe(24);
  });
});
