/**
 * Files that cannot be merged, tied to the unit that sent them: a unit that sent only a PDF is 未报
 * and its row says what came instead; the stamped copy (盖章件) sent beside a unit's spreadsheet is
 * listed apart, as nothing to chase.
 */
import { describe, expect, it } from "@jest/globals";
import { mergeFiles } from "../../src/app/merge-returns";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { summaryModel } from "../../src/core/merge/summary-model";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import type { InputFile } from "../../src/hosts/files";
import { FORMS, schema } from "../helpers/sheets";
import { withSenders } from "../../src/core/merge/senders";
import { rejection } from "../../src/core/merge/returns";
import { ref } from "../../src/core/i18n/text";

const rnd = random(8);
const xlsx = (unit: string): Uint8Array =>
  writeSheetsAs([returnSheet(schema("talks"), talkRows(rnd, unit, 2), { unit })], "xlsx");
const bytes = (s: string) => new TextEncoder().encode(s);
const PDF = bytes("%PDF-1.7\n%\xe2\xe3\n1 0 obj\n");
const ROSTER = ["办公室", "法规科", "人事科", "宣教科"];
const files: InputFile[] = [
  { name: "办公室.xlsx", bytes: xlsx("办公室") },
  { name: "办公室-附件2（盖章）.pdf", bytes: PDF }, // the stamped copy beside it
  { name: "宣教科/附件2.xlsx", bytes: xlsx("宣教科") },
  { name: "宣教科/扫描件.jpg", bytes: bytes("\xff\xd8\xff\xe0") }, // a photo, in the unit's folder
  { name: "法规科.pdf", bytes: PDF }, // all 法规科 sent
  { name: "办公室-附件3.xlsx", bytes: bytes("not a workbook") }, // broken, from a unit that sent others
  { name: "通知.ofd", bytes: bytes("PK") }, // nobody's
];
const merge = (roster = ROSTER) =>
  mergeFiles(files, (b, n) => readWorkbook(b, n), { schemas: FORMS, roster, expect: ["talks"] });

describe("files that cannot be merged, and who sent them", () => {
  it("each keeps its place in the list, with its sender where the name says; scans beside merged forms are companions", () => {
    const r = merge();
    const of = (file: string) => r.rejected.find((x) => x.file === file);
    expect(r.rejected.map((x) => x.file).sort()).toEqual(
      files
        .filter((f) => !f.name.endsWith("xlsx") || f.name.includes("附件3"))
        .map((f) => f.name)
        .sort(),
    );
    expect(of("办公室-附件2（盖章）.pdf")).toMatchObject({
      sender: "办公室",
      companion: true,
      why: { key: "merge.companion" },
    });
    expect(of("办公室-附件2（盖章）.pdf")!.reason).toContain("这份是 .pdf 文件（盖章件或扫描件？）");
    expect(of("宣教科/扫描件.jpg")).toMatchObject({ sender: "宣教科", companion: true });
    // All 法规科 sent: a scan, but no forms beside it. Not a companion: the unit is 未报, and told why.
    expect(of("法规科.pdf")).toMatchObject({
      sender: "法规科",
      why: { key: "read.kind-scan", params: { ext: ".pdf" } },
    });
    expect(of("法规科.pdf")!.companion).toBeUndefined();
    expect(r.missing.talks).toEqual(["法规科", "人事科"]);
    // A broken spreadsheet is never a companion, whoever sent it.
    expect(of("办公室-附件3.xlsx")).toMatchObject({ sender: "办公室" });
    expect(of("办公室-附件3.xlsx")!.companion).toBeUndefined();
    expect(of("通知.ofd")!.sender).toBeUndefined();
  });

  it("the overview counts only the files to chase, says them on their sender's row, and lists the companions apart", () => {
    const overview = summaryModel(merge()).sheets[0].rows.map((row) => row.map((c) => c?.v ?? null));
    expect(String(overview[1][0])).toContain("无法读取或未识别的文件 3 份");
    const row = (unit: string) => overview.find((x) => x[1] === unit)!;
    expect(String(row("法规科").at(-1))).toContain("未汇总「法规科.pdf」：这是 .pdf 文件（打印或扫描成的版式文件）");
    expect(String(row("办公室").at(-1))).toContain("未汇总「办公室-附件3.xlsx」");
    expect(String(row("办公室").at(-1))).not.toContain("盖章");
    const titles = overview.map((x) => x[0]);
    const chase = titles.indexOf("无法读取或未识别的文件（未汇总，请联系报送单位）");
    const companions = titles.indexOf("随附的盖章件、扫描件（该单位的表格已汇总，不需处理）");
    expect(chase).toBeGreaterThan(0);
    expect(companions).toBeGreaterThan(chase);
    expect(titles.slice(chase + 2, companions - 1).sort()).toEqual(["办公室-附件3.xlsx", "法规科.pdf", "通知.ofd"]);
    expect(titles.slice(companions + 2).sort()).toEqual(["办公室-附件2（盖章）.pdf", "宣教科/扫描件.jpg"]);
  });

  it("a scan from a unit that lacks a form may be that form: not a companion, and the unit is asked for it", () => {
    const r = mergeFiles(
      [
        { name: "办公室.xlsx", bytes: xlsx("办公室") },
        { name: "办公室-附件4.pdf", bytes: PDF },
      ],
      (b, n) => readWorkbook(b, n),
      { schemas: FORMS, roster: ["办公室"], expect: ["talks", "suggestions"] },
    );
    expect(r.status[0]).toMatchObject({ unit: "办公室", state: "partial", missing: ["suggestions"] });
    expect(r.rejected).toMatchObject([{ file: "办公室-附件4.pdf", sender: "办公室", why: { key: "read.kind-scan" } }]);
    expect(r.rejected[0].companion).toBeUndefined();
  });

  it("without a roster, the sender is the unit the file's name reads as", () => {
    const r = merge([]);
    expect(r.rejected.find((x) => x.file === "办公室-附件2（盖章）.pdf")).toMatchObject({ companion: true });
    expect(r.rejected.find((x) => x.file === "法规科.pdf")).toMatchObject({ sender: "法规科" });
  });
});

describe("a lock file's sender", () => {
  it.each([
    ["~$办公室.xlsx", [], "办公室"],
    ["~$办公室.xlsx", ROSTER, "办公室"],
    ["回收/~$法规科-附件2.xlsx", ROSTER, "法规科"],
  ])("%s (roster of %j) is the unit after the ~$", (file, roster, sender) => {
    const [r] = withSenders([rejection(file, ref("read.lock-file"))], roster, new Set());
    expect(r.sender).toBe(sender);
  });
});
