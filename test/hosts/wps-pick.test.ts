import { render } from "../../src/core/i18n/text";
import { FORMS } from "../helpers/sheets";
import { describe, expect, it } from "@jest/globals";
import { pickWithWps } from "../../src/hosts/wps/pick-files";
import { mergeFiles } from "../../src/app/merge-returns";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows } from "../../src/app/demo/samples";
import { FakeBook, FakeSheet } from "../fakes/excel/book";
import { EtFake } from "../fakes/wps/et";
import { schema } from "../helpers/sheets";

/** A returned workbook as WPS would open it (an .et file, say). */
function bookOf(unit: string): FakeBook {
  const book = new FakeBook();
  const data = returnSheet(schema("talks"), talkRows(random(unit.length), unit, 3), { unit });
  const sheet = new FakeSheet("附件2");
  data.rows.forEach((row, r) =>
    row.forEach((v, c) => v !== null && (sheet.cell(r, c).value = typeof v === "object" ? v.serial : v)),
  );
  for (const m of data.merges) sheet.merges.push(m);
  book.sheets.splice(0, 1, sheet);
  book.active = "附件2";
  return book;
}

describe("WPS: picking returned files with its own dialog", () => {
  it("reads each chosen file with WPS (.et too), closes it, and the merge takes them", () => {
    const et = new EtFake();
    et.files.set("D:\\回收\\办公室.et", bookOf("办公室"));
    et.files.set("D:\\回收\\法规科.xlsx", bookOf("法规科"));
    et.dialogPicks = ["D:\\回收\\办公室.et", "D:\\回收\\法规科.xlsx", "D:\\回收\\不存在.et"];
    const files = pickWithWps(et);
    expect(files.map((f) => f.name)).toEqual(["办公室.et", "法规科.xlsx", "不存在.et"]);
    expect(render(files[2].unreadable!)).toMatch(/WPS 无法打开/);
    const result = mergeFiles(files, readWorkbook, { schemas: FORMS, roster: ["办公室", "法规科"] });
    expect(result.annexes[0].units).toEqual({ 办公室: 3, 法规科: 3 });
    expect(result.rejected.map((r) => r.file)).toEqual(["不存在.et"]);
  });

  it("a form in a sheet the unit hid is merged with a warning that names the sheet", () => {
    const et = new EtFake();
    const book = bookOf("法规科");
    const old = bookOf("法规科").sheets[0];
    old.name = "附件2 (旧)";
    old.visibility = "Hidden";
    book.sheets.push(old);
    et.files.set("D:\\回收\\法规科.et", book);
    et.dialogPicks = ["D:\\回收\\法规科.et"];
    const files = pickWithWps(et);
    expect(files[0].sheets!.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["附件2", false],
      ["附件2 (旧)", true],
    ]);
    const result = mergeFiles(files, readWorkbook, { schemas: FORMS, roster: ["法规科"] });
    const issues = result.returns.flatMap((r) => r.reading.issues).filter((i) => i.code === "sheet");
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^工作表「附件2 \(旧\)」是隐藏的/)]);
  });

  it("a Word document is not opened by WPS 表格: it is listed with where to choose it instead", () => {
    const et = new EtFake();
    et.files.set("D:\\回收\\办公室.xlsx", bookOf("办公室"));
    et.dialogPicks = [
      "D:\\回收\\办公室.xlsx",
      "D:\\回收\\法规科报送.docx",
      "D:\\回收\\人事科报送.DOC",
      "D:\\回收\\宣教科.wps",
      "D:\\回收\\财务科.docm",
      "D:\\回收\\人事科模板.dotx",
    ];
    const files = pickWithWps(et);
    expect(files.map((f) => f.name)).toEqual([
      "办公室.xlsx",
      "法规科报送.docx",
      "人事科报送.DOC",
      "宣教科.wps",
      "财务科.docm",
      "人事科模板.dotx",
    ]);
    // Not opened (the fake has no such file: opening it would have said WPS 无法打开).
    expect(files.slice(1).map((f) => f.unreadable?.key)).toEqual(Array(5).fill("read.wps-word"));
    expect(render(files[1].unreadable!)).toMatch(/请用「选择文件」按钮/);
  });

  it("an archive or a saved mail is not opened by WPS 表格 either: listed with where to choose it instead", () => {
    const et = new EtFake();
    et.dialogPicks = [
      "D:\\回收\\打包下载.zip",
      "D:\\回收\\宣教科.RAR",
      "D:\\回收\\法规科报送.eml",
      "D:\\回收\\人事科.msg",
    ];
    const files = pickWithWps(et);
    expect(files.map((f) => [f.name, f.unreadable?.key])).toEqual([
      ["打包下载.zip", "read.wps-archive"],
      ["宣教科.RAR", "read.wps-archive"],
      ["法规科报送.eml", "read.wps-archive"],
      ["人事科.msg", "read.wps-archive"],
    ]);
    expect(render(files[2].unreadable!)).toMatch(/请用「选择文件」按钮/);
  });

  it("returns nothing when the user cancels the dialog", () => {
    const et = new EtFake();
    et.dialogPicks = [];
    expect(pickWithWps(et)).toEqual([]);
  });
});

describe("WPS: a picked file that is already open", () => {
  it("is read but left open; the files it opened itself are closed", () => {
    const et = new EtFake();
    et.files.set("D:\\回收\\办公室.et", bookOf("办公室"));
    et.files.set("D:\\回收\\法规科.xlsx", bookOf("法规科"));
    const already = et.open("D:\\回收\\办公室.et");
    et.dialogPicks = ["D:\\回收\\办公室.et", "D:\\回收\\法规科.xlsx"];
    const files = pickWithWps(et);
    expect(files.map((f) => f.sheets?.length)).toEqual([1, 1]);
    expect(et.books).toContain(already);
    expect(et.books.map((b) => b.Name)).toEqual(["工作簿1.xlsx", "办公室.et"]);
  });
});
