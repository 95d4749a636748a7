/**
 * Outlook's winmail.dat (TNEF): the files inside, on streams from tnefparse's tests
 * (test/fixtures/third-party/tnefparse), named as tnefparse's own tests expect; and a return
 * inside one, attached to a mail, merged. The one stream written here follows [MS-OXTNEF] §2.1.3.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readTnef } from "../../src/hosts/file/read/tnef";
import { unpackMails } from "../../src/hosts/file/mail";
import { unpackAll } from "../../src/hosts/file/other-archives";
import { loadSevenZip } from "../../src/cli/read/seven-zip";
import { collectInputs, openArchives } from "../../src/cli/read/inputs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { zipSync } from "fflate";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { compoundFile, winmailDat } from "../helpers/packages";
import { mergeFiles } from "../../src/app/merge-returns";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { FORMS, talk, talksSheet } from "../helpers/sheets";

const TNEF = join(__dirname, "..", "fixtures", "third-party", "tnefparse");
const tnef = (name: string) => new Uint8Array(readFileSync(join(TNEF, name)));

describe("the files inside a winmail.dat", () => {
  it.each<[string, string[]]>([
    ["two-files.tnef", ["AUTHORS", "README"]],
    ["umlaut.tnef", ["TBZ PARIV GmbH.jpg", "image003.jpg", "UmlautAnhang-äüö.txt"]],
    ["unicode-mapi-attr-name.tnef", ["spaconsole2.cfg", "image001.png", "image002.png", "image003.png"]],
    ["long-filename.tnef", ["allproductsmar2000.dat"]],
    ["data-before-name.tnef", ["AUTOEXEC.BAT", "CONFIG.SYS", "boot.ini"]],
    ["minimal_attachment.tnef", ["附件1"]],
    ["rtf.tnef", []],
    ["garbage-at-end.tnef", []],
  ])("%s: %j", (name, expected) => {
    expect(readTnef(tnef(name))!.map((f) => f.name)).toEqual(expected);
  });

  it("the bytes are the file's: a text file inside reads as text", () => {
    // The two files are the tnef program's own AUTHORS and README.
    const [authors, readme] = readTnef(tnef("two-files.tnef"))!;
    expect(new TextDecoder().decode(authors.bytes)).toContain("Authors of tnef");
    expect(new TextDecoder().decode(readme.bytes)).toContain("TNEF is a program for unpacking MIME a");
    const umlaut = readTnef(tnef("umlaut.tnef"))!;
    expect(umlaut[2].bytes.length).toBe(14);
    expect([...umlaut[0].bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]); // a JPEG's start
  });

  it("what is no TNEF stream, or is cut short, gives none or what came before the cut", () => {
    expect(readTnef(new Uint8Array(100))).toBeNull();
    const whole = tnef("two-files.tnef");
    const cut = readTnef(whole.subarray(0, whole.length - 1000))!;
    expect(cut.map((f) => f.name)).toEqual(["AUTHORS"]);
  });
});

describe("a return inside a winmail.dat attached to a mail", () => {
  it("is merged as the attachment Outlook meant, its GBK name read in the stream's code page", () => {
    const xlsx = writeSheetsAs([talksSheet([talk(1), talk(2, { talkee: "赵六" })], "宣教科")], "xlsx");
    const dat = Buffer.from(winmailDat("附件2 大谈话统计表.xlsx", xlsx)).toString("base64");
    const mail = new TextEncoder().encode(
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b\r\nContent-Type: application/ms-tnef; name="winmail.dat"\r\nContent-Disposition: attachment; filename="winmail.dat"\r\nContent-Transfer-Encoding: base64\r\n\r\n${dat}\r\n--b--\r\n`,
    );
    const files = unpackMails([{ name: "宣教科.eml", bytes: mail }]);
    expect(files.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["宣教科.eml/附件2 大谈话统计表.xlsx", "read"],
    ]);
    expect(Buffer.from(files[0].bytes).equals(Buffer.from(xlsx))).toBe(true);
    const talkees = mergeFiles(files, readWorkbook, { schemas: FORMS }).annexes[0].rows.map((r) => r.values.talkee);
    expect(talkees).toEqual(["李四", "赵六"]);
  });

  it("a winmail.dat saved on its own (a web mail shows it as an attachment) gives the files inside too", () => {
    const xlsx = writeSheetsAs([talksSheet([talk(1)], "宣教科")], "xlsx");
    const files = unpackMails([
      { name: "宣教科/winmail (1).dat", bytes: winmailDat("附件2.xlsx", xlsx) },
      { name: "数据.dat", bytes: winmailDat("附件2.xlsx", xlsx) },
    ]);
    expect(files.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["宣教科/winmail (1).dat/附件2.xlsx", "read"],
      ["数据.dat", "read"],
    ]);
    // Any other .dat is left alone (here it is passed through as given, to be said not to be a workbook).
    expect(files[1].bytes).toEqual(winmailDat("附件2.xlsx", xlsx));
  });

  it("one holding no file is still said to be a winmail.dat", () => {
    const dat = Buffer.from(tnef("rtf.tnef")).toString("base64");
    const mail = new TextEncoder().encode(
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Disposition: attachment; filename="winmail.dat"\r\nContent-Transfer-Encoding: base64\r\n\r\n${dat}\r\n--b--\r\n`,
    );
    expect(unpackMails([{ name: "宣教科.eml", bytes: mail }]).map((f) => f.unreadable?.key)).toEqual([
      "read.mail-tnef",
    ]);
    // And saved on its own: a winmail.dat, not a mail without attachments.
    expect(unpackMails([{ name: "winmail.dat", bytes: tnef("rtf.tnef") }]).map((f) => f.unreadable?.key)).toEqual([
      "read.mail-tnef",
    ]);
  });
});

describe("a winmail.dat in a .zip (a mail program that cannot read one lists it as the attachment, and its 打包下载 zips it)", () => {
  const xlsx = (unit: string) => writeSheetsAs([talksSheet([talk(1)], unit)], "xlsx");
  const zip = () =>
    zipSync({
      "宣教科/winmail.dat": winmailDat("附件2.xlsx", xlsx("宣教科")),
      "法规科/winmail (1).dat": winmailDat("附件2.xlsx", xlsx("法规科")),
      "人事科/数据.dat": new Uint8Array([1, 2, 3]),
    });
  const expected = [
    ["回收.zip/宣教科/winmail.dat/附件2.xlsx", "read"],
    ["回收.zip/法规科/winmail (1).dat/附件2.xlsx", "read"],
    ["回收.zip/人事科/数据.dat", "read.not-workbook"],
  ];

  it("is opened for the files inside, in the pane and the standalone page (unpackAll)", async () => {
    const out = await unpackAll([{ name: "回收.zip", bytes: zip() }], loadSevenZip);
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual(expected);
    const units = mergeFiles(out, readWorkbook, { schemas: FORMS }).status.map((s) => s.unit);
    expect(units).toEqual(expect.arrayContaining(["宣教科", "法规科"]));
  });

  it("and in the CLI, whose files are unpacked to disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-tnef-"));
    writeFileSync(join(dir, "回收.zip"), zip());
    const found = await openArchives(collectInputs([join(dir, "回收.zip")]), loadSevenZip);
    // The CLI lists what it leaves before what it unpacked: the same files, in its own order.
    expect(found.map((f) => [f.name, f.unreadable?.key ?? "read"]).sort()).toEqual([...expected].sort());
  });
});

describe("an object inserted into the body of the rich-text mail a winmail.dat carries (PidTagAttachMethod 6)", () => {
  it("a workbook inserted is read from its OLE storage; another object is said to be one; a file attached stays a file", () => {
    const xlsx = writeSheetsAs([talksSheet([talk(1)], "宣教科")], "xlsx");
    const xls = writeSheetsAs([talksSheet([talk(1, { talkee: "赵六" })], "法规科")], "xls");
    const attached = writeSheetsAs([talksSheet([talk(1, { talkee: "钱七" })], "人事科")], "xls");
    const concat = (...streams: Uint8Array[]) => {
      // One TNEF stream of several attachments: each builder's attributes after the first's header (key, attTnefVersion, attOemCodepage: 40 bytes).
      const [first, ...rest] = streams;
      return new Uint8Array([...first, ...rest.flatMap((b) => [...b.subarray(6 + 15 + 19)])]);
    };
    const dat = concat(
      winmailDat("工作表", compoundFile({ Package: xlsx }), 6),
      winmailDat("Microsoft Excel 97-2003 工作表", compoundFile({ Workbook: new Cfb(xls).stream("Workbook")! }), 6),
      winmailDat("画笔图片", compoundFile({ "\u0001Ole10Native": new Uint8Array(40) }), 6),
      winmailDat("附件2.xls", attached, 1),
    );
    const files = unpackMails([{ name: "winmail.dat", bytes: dat }]);
    expect(files.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["winmail.dat/工作表.xlsx", "read"],
      ["winmail.dat/Microsoft Excel 97-2003 工作表.xls", "read"],
      ["winmail.dat/附件2.xls", "read"],
      // What is not read is listed after what is (as an archive's entries are).
      ["winmail.dat/画笔图片", "read.mail-object"],
    ]);
    expect(Buffer.from(files[0].bytes).equals(Buffer.from(xlsx))).toBe(true);
    expect(Buffer.from(files[2].bytes).equals(Buffer.from(attached))).toBe(true);
    const rows = mergeFiles(files, readWorkbook, { schemas: FORMS }).annexes[0].rows;
    expect(rows.map((r) => [r.unit, r.values.talkee]).sort()).toEqual(
      [
        ["人事科", "钱七"],
        ["宣教科", "李四"],
        ["法规科", "赵六"],
      ].sort(),
    );
  });
});
