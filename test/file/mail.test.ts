/**
 * Returns sent by mail and saved as files (.eml, Outlook's .msg), read as archives are: each
 * attachment a return named by the mail, what is no return said, a mail without attachments said.
 * The .msg files are Outlook messages from msgreader's tests (test/fixtures/third-party/msgreader),
 * what each holds as msgreader's own readings of them say.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { ArchiveError } from "../../src/hosts/file/archive";
import { readMail, unpackMails } from "../../src/hosts/file/mail";
import { readMsg } from "../../src/hosts/file/read/msg";
import { unpackAll } from "../../src/hosts/file/other-archives";
import { loadSevenZip } from "../../src/cli/read/seven-zip";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { render } from "../../src/core/i18n/text";
import { FORMS, talk, talksSheet } from "../helpers/sheets";
import { htmlPage, msgWithObjects } from "../helpers/packages";
import { gbk } from "../helpers/gbk";
import { mergeFiles } from "../../src/app/merge-returns";
import { Cfb } from "../../src/hosts/file/read/cfb";

const MSG = join(__dirname, "..", "fixtures", "third-party", "msgreader");
const msg = (name: string) => new Uint8Array(readFileSync(join(MSG, name)));
const talksReturn = (unit: string) => writeSheetsAs([talksSheet([talk(1)], unit)], "xlsx");
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString("base64");

/** An .eml whose attachments are `files` (name, bytes, MIME type), sent at `date`. */
function eml(files: [string, Uint8Array | string, string?][], date = "Tue, 07 Mar 2023 10:15:00 +0800"): Uint8Array {
  const parts = files.map(
    ([name, bytes, type]) =>
      `--b\r\nContent-Type: ${type ?? "application/octet-stream"}\r\nContent-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(name)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(bytes)}\r\n`,
  );
  return new TextEncoder().encode(
    `Date: ${date}\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n请查收\r\n${parts.join("")}--b--\r\n`,
  );
}

describe("Outlook's .msg", () => {
  it.each<[string, [string, number][], number]>([
    [
      "attachmentFiles.msg",
      [
        ["jpg.jpg", 726],
        ["png.png", 134],
        ["tif.tif", 664],
      ],
      Date.UTC(2023, 10, 1, 0, 48, 31),
    ],
    // image001.png is a picture the body shows in place (hidden, with a content id): not an attachment.
    ["attachAndInline.msg", [["attach.png", 1558]], Date.UTC(2021, 6, 27, 22, 19, 50)],
    // A mail attached, holding a mail and green.png; then blue.png.
    [
      "msgInMsgInMsg.msg",
      [
        ["green.png", 134],
        ["blue.png", 134],
      ],
      Date.UTC(2020, 8, 10, 10, 21, 41),
    ],
    [
      "attachmentsOrder.msg",
      [
        ["A.docx", 11627],
        ["B.docx", 11631],
        ["C.docx", 11753],
        ["D.docx", 11762],
      ],
      Date.UTC(2025, 7, 6, 11, 8, 27),
    ],
  ])("%s: its attachments in order, whole, and when it was sent", (name, expected, sentAt) => {
    const read = readMsg(msg(name));
    expect(read.attachments.map((a) => [a.name, a.bytes.length])).toEqual(expected);
    // As msgreader reads them (its JSON: clientSubmitTime, else messageDeliveryTime), to the second.
    expect(Math.floor(read.sentAt! / 1000) * 1000).toBe(sentAt);
  });

  it("as returns: a picture attached is said to be one (none dropped), each with the mail's time", () => {
    const { files, left } = readMail(msg("attachmentFiles.msg"));
    expect(files).toEqual([]);
    expect(left.map((l) => [l.path, l.why.key])).toEqual([
      ["jpg.jpg", "read.kind-image"],
      ["png.png", "read.kind-image"],
      ["tif.tif", "read.kind-image"],
    ]);
    const docs = readMail(msg("attachmentsOrder.msg")).files;
    expect(docs.map((f) => f.modifiedAt)).toEqual(docs.map(() => readMsg(msg("attachmentsOrder.msg")).sentAt));
  });

  it("the Word documents attached are read as Word documents (the bytes whole, with their tables or none)", () => {
    const { files } = readMail(msg("attachmentsOrder.msg"));
    expect(files.map((f) => f.path)).toEqual(["A.docx", "B.docx", "C.docx", "D.docx"]);
    // A .docx is a zip: whole bytes end with the zip's end record.
    for (const f of files) expect(Buffer.from(f.bytes.subarray(-22, -18)).toString("hex")).toBe("504b0506");
  });

  it("an attachment with no bytes in the mail (attached by reference: a cloud link, a path) is said to be a link", () => {
    // The first attachment's data stream renamed in the directory (its name's last UTF-16 unit, 2 → 3):
    // the attachment keeps its name and loses its bytes, as one attached by reference has none.
    const bytes = msg("attachmentFiles.msg").slice();
    const name = Buffer.from("__substg1.0_37010102", "utf16le");
    const at = Buffer.from(bytes).indexOf(name);
    expect(at).toBeGreaterThan(0);
    bytes[at + name.length - 2] = "3".charCodeAt(0);
    const { files, left } = readMail(bytes);
    expect(files).toEqual([]);
    expect(left.map((l) => [l.path, l.why.key])).toEqual([
      ["jpg.jpg", "read.mail-linked"],
      ["png.png", "read.kind-image"],
      ["tif.tif", "read.kind-image"],
    ]);
    expect(render(left[0].why)).toContain("只是一个链接");
  });

  it("a .msg cut short is said to be damaged; one saved under .eml is read by its content", () => {
    const whole = msg("attachmentFiles.msg");
    expect(() => readMail(whole.subarray(0, 600))).toThrow(ArchiveError);
    const [cut] = unpackMails([{ name: "宣教科.msg", bytes: whole.subarray(0, 600) }]);
    expect(cut.unreadable?.key).toBe("read.mail-damaged");
    expect(render(cut.unreadable!)).toContain("这封邮件已损坏");
    const out = unpackMails([{ name: "宣教科.eml", bytes: whole }]);
    expect(out.map((f) => f.name)).toEqual(["宣教科.eml/jpg.jpg", "宣教科.eml/png.png", "宣教科.eml/tif.tif"]);
  });
});

describe("a saved mail among the returns", () => {
  it("each attachment a file named by the mail, dated when it was sent; what is no return said, a second of one name kept", () => {
    const out = unpackMails([
      {
        name: "宣教科报送.eml",
        bytes: eml([
          ["附件2.xlsx", talksReturn("宣教科")],
          ["盖章件.pdf", "%PDF-1.4"],
          ["C:\\Users\\宣教科\\附件2.xlsx", talksReturn("宣教科")],
          ["winmail.dat", "x"],
          ["~$附件2.xlsx", "lock"],
        ]),
        modifiedAt: 1,
      },
      { name: "办公室.xlsx", bytes: talksReturn("办公室") },
    ]);
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read", f.modifiedAt])).toEqual([
      ["宣教科报送.eml/附件2.xlsx", "read", Date.UTC(2023, 2, 7, 2, 15)],
      ["宣教科报送.eml/附件2 (2).xlsx", "read", Date.UTC(2023, 2, 7, 2, 15)],
      ["宣教科报送.eml/盖章件.pdf", "read.kind-scan", undefined],
      ["宣教科报送.eml/winmail.dat", "read.mail-tnef", undefined],
      ["办公室.xlsx", "read", undefined],
    ]);
    expect(readWorkbook(out[0].bytes, out[0].name).sheets[0].rows[2]).toEqual(["填报单位：", "宣教科"]);
    // When the mail was sent is when the unit returned it (lateness, re-submissions: core/merge).
    expect(out[0].sentAt).toBe(Date.UTC(2023, 2, 7, 2, 15));
    expect(out[4].sentAt).toBeUndefined();
  });

  it("a name that lost its extension on the way takes the one its type says, for the kinds returns come in", () => {
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const out = unpackMails([
      {
        name: "宣教科.eml",
        bytes: eml([
          ["附件2 大谈话统计表（宣教科）", talksReturn("宣教科"), xlsx],
          ["说明", "text", "text/plain"],
          ["附件3", "x", "application/octet-stream"],
        ]),
      },
    ]);
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["宣教科.eml/附件2 大谈话统计表（宣教科）.xlsx", "read"],
      ["宣教科.eml/说明", "read.no-extension"],
      ["宣教科.eml/附件3", "read.no-extension"],
    ]);
  });

  it("a form pasted into the body (no attachment) is read from the body's table, as a web page is", () => {
    // As Outlook sends a range pasted from Excel: multipart/alternative, the HTML in GB2312, quoted-printable.
    const page = htmlPage([talksSheet([talk(1), talk(2, { talkee: "赵六" })], "宣教科")]);
    const qp = [...gbk(`<div>请查收：</div>${page.replace(/^<html><body>|<\/body><\/html>$/g, "")}`)]
      .map((b) =>
        b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b),
      )
      .join("")
      .replace(/.{70}/g, "$&=\r\n");
    const bytes = new TextEncoder().encode(
      `Date: Tue, 07 Mar 2023 10:15:00 +0800\r\nContent-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\nContent-Type: text/plain; charset=gb2312\r\n\r\nsee below\r\n--a\r\nContent-Type: text/html; charset="gb2312"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n--a--\r\n`,
    );
    const [body] = unpackMails([{ name: "宣教科.eml", bytes }]);
    expect(body.name).toBe("宣教科.eml/邮件正文.html");
    const result = mergeFiles([body], readWorkbook, { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => [r.unit, r.values.talkee])).toEqual([
      ["宣教科", "李四"],
      ["宣教科", "赵六"],
    ]);
    // An Outlook message whose body (its page inside compressed RTF) has no table: no attachment still.
    expect(unpackMails([{ name: "人事科.msg", bytes: msg("Hello +CJK.msg") }])[0].unreadable?.key).toBe(
      "read.mail-no-attachments",
    );
    // A body with no table is a mail with no attachment still.
    expect(unpackMails([{ name: "宣教科.eml", bytes: eml([]) }])[0].unreadable?.key).toBe("read.mail-no-attachments");
  });

  it("a mail whose body only shows pictures (a screenshot of the form pasted in) says so, with how many", () => {
    const png = b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const bytes = new TextEncoder().encode(
      `Content-Type: multipart/related; boundary=r\r\n\r\n--r\r\nContent-Type: text/html\r\n\r\n<p>见截图</p><img src="cid:a@x"><img src="cid:b@x">\r\n` +
        ["a", "b"]
          .map(
            (id) =>
              `--r\r\nContent-Type: image/png; name="image00${id}.png"\r\nContent-ID: <${id}@x>\r\nContent-Transfer-Encoding: base64\r\n\r\n${png}\r\n`,
          )
          .join("") +
        "--r--\r\n",
    );
    const [out] = unpackMails([{ name: "人事科.eml", bytes }]);
    expect(out.unreadable).toEqual({ key: "read.mail-pictures", params: { count: 2 } });
    expect(render(out.unreadable!)).toContain("正文里只有 2 张图片");
  });

  it("a mail with no attachment is said to have none, not passed over", () => {
    const [out] = unpackMails([{ name: "法规科.eml", bytes: eml([]) }]);
    expect(out.name).toBe("法规科.eml");
    expect(out.unreadable?.key).toBe("read.mail-no-attachments");
    expect(render(out.unreadable!)).toMatch(/这封邮件没有附件.*超大附件/);
  });

  it("mails in a .zip (exported together) are opened in their turn; a .zip attached to a mail too", async () => {
    const zip = zipSync({
      "邮件/宣教科.eml": eml([["附件2.xlsx", talksReturn("宣教科")]]),
      "邮件/法规科.msg": msg("attachmentFiles.msg"),
    });
    const out = await unpackAll(
      [
        { name: "导出.zip", bytes: zip },
        { name: "人事科.eml", bytes: eml([["打包.zip", zipSync({ "人事科/附件2.xlsx": talksReturn("人事科") })]]) },
      ],
      loadSevenZip,
    );
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["导出.zip/邮件/宣教科.eml/附件2.xlsx", "read"],
      ["导出.zip/邮件/法规科.msg/jpg.jpg", "read.kind-image"],
      ["导出.zip/邮件/法规科.msg/png.png", "read.kind-image"],
      ["导出.zip/邮件/法规科.msg/tif.tif", "read.kind-image"],
      ["人事科.eml/打包.zip/人事科/附件2.xlsx", "read"],
    ]);
  });
});

describe("objects inserted into an Outlook mail's rich-text body (插入 → 对象)", () => {
  it("an Excel workbook inserted is read as the return it holds (.xlsx or .xls); any other object is said, not lost", () => {
    const xls = new Cfb(writeSheetsAs([talksSheet([talk(1), talk(2, { talkee: "赵六" })], "法规科")], "xls")).stream(
      "Workbook",
    )!;
    const bytes = msgWithObjects([
      { label: "Microsoft Excel 工作表", streams: { Package: talksReturn("宣教科") } },
      { label: "Microsoft Excel 97-2003 工作表", streams: { Workbook: xls } },
      { label: "位图图像", streams: { "\u0001Ole10Native": new Uint8Array(64) } },
    ]);
    const out = unpackMails([{ name: "报送.msg", bytes }]);
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["报送.msg/Microsoft Excel 工作表.xlsx", "read"],
      ["报送.msg/Microsoft Excel 97-2003 工作表.xls", "read"],
      ["报送.msg/位图图像", "read.mail-object"],
    ]);
    expect(render(out[2].unreadable!)).toContain("插入在邮件正文里的对象");
    const merged = mergeFiles(out, readWorkbook, { schemas: FORMS });
    expect(merged.annexes[0].rows.map((r) => [r.unit, r.values.talkee])).toEqual([
      ["宣教科", "李四"],
      ["法规科", "李四"],
      ["法规科", "赵六"],
    ]);
  });
});
