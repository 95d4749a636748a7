/**
 * Saved mails (.eml) as mail programs write them: attachment names in each of the encodings in use
 * (RFC 2231, RFC 2047 inside quotes as Outlook and Foxmail write them, raw 8-bit GBK or UTF-8),
 * bodies in base64 and quoted-printable, forwarded mails, pictures the body shows in place.
 * Messages are written out here byte for byte (the headers as those programs write them, RFC
 * 2045-2047, 2183, 2231 the reference); one is written by Python's email package (test/lo/mail-returns).
 */
import { describe, expect, it } from "@jest/globals";
import { readEml } from "../../src/hosts/file/read/mime";
import { gbk } from "../helpers/gbk";

const b64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes).toString("base64");
/**
 * A message as bytes, lines ended by CRLF: text in UTF-8 (8-bit header text unencoded, as some
 * programs write it), and bytes given as they are (a header's raw GBK).
 */
const mail = (...parts: (string | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p.replace(/\n/g, "\r\n")) : p)));

/** A mail of one attachment whose headers are `headers` (the part's), body "PK…" in base64. */
function oneAttachment(headers: string | (string | Uint8Array)[], body = "PK\u0003\u0004xlsx"): Uint8Array {
  const [before, after] = `From: a@b.cn
Subject: =?GB2312?B?${b64(gbk("报送"))}?=
Date: Tue, 07 Mar 2023 10:15:00 +0800
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0001"

This is a multi-part message in MIME format.

------=_NextPart_000_0001
Content-Type: text/plain; charset="gb2312"
Content-Transfer-Encoding: base64

${b64(gbk("请查收。"))}

------=_NextPart_000_0001
HEADERS
Content-Transfer-Encoding: base64

${b64(body)}

------=_NextPart_000_0001--
`.split("HEADERS");
  return mail(before, ...(typeof headers === "string" ? [headers] : headers), after);
}

const names = (bytes: Uint8Array) => readEml(bytes).attachments.map((a) => a.name);

describe("attachment names, as mail programs write them", () => {
  const gb = b64(gbk("附件2 大谈话统计表（宣教科）.xlsx"));
  it.each([
    [
      "RFC 2047 in quotes, GB2312 base64 (Outlook, Foxmail)",
      `Content-Type: application/vnd.ms-excel;\n\tname="=?gb2312?B?${gb}?="\nContent-Disposition: attachment;\n\tfilename="=?gb2312?B?${gb}?="`,
    ],
    [
      "RFC 2047 split in two words mid-character (a GBK character's two bytes in two words)",
      (() => {
        const bytes = gbk("附件2 大谈话统计表（宣教科）.xlsx");
        const [a, b] = [bytes.subarray(0, 5), bytes.subarray(5)]; // 5: inside 「2 大」's 大
        return `Content-Type: application/octet-stream;\n\tname="=?GBK?B?${b64(a)}?=\n =?GBK?B?${b64(b)}?="`;
      })(),
    ],
    [
      "RFC 2047 Q encoding, UTF-8",
      `Content-Disposition: attachment; filename="=?UTF-8?Q?${[
        ...new TextEncoder().encode("附件2 大谈话统计表（宣教科）.xlsx"),
      ]
        .map((x) =>
          x === 0x20
            ? "_"
            : x < 0x80 && /[\w.]/.test(String.fromCharCode(x))
              ? String.fromCharCode(x)
              : `=${x.toString(16).toUpperCase().padStart(2, "0")}`,
        )
        .join("")}?="`,
    ],
    [
      "RFC 2231 in parts, UTF-8 (Thunderbird, Python)",
      `Content-Disposition: attachment;\n filename*0*=utf-8''%E9%99%84%E4%BB%B62%20%E5%A4%A7%E8%B0%88%E8%AF%9D;\n filename*1*=%E7%BB%9F%E8%AE%A1%E8%A1%A8%EF%BC%88%E5%AE%A3%E6%95%99%E7%A7%91;\n filename*2*=%EF%BC%89.xlsx`,
    ],
    [
      "RFC 2231 in GBK",
      `Content-Disposition: attachment; filename*=gbk''${[...gbk("附件2 大谈话统计表（宣教科）.xlsx")]
        .map((x) => `%${x.toString(16).padStart(2, "0")}`)
        .join("")}`,
    ],
    [
      "raw 8-bit GBK, unencoded (older Chinese mail programs)",
      [`Content-Type: application/vnd.ms-excel; name="`, gbk("附件2 大谈话统计表（宣教科）.xlsx"), `"`],
    ],
    ["raw 8-bit UTF-8, unencoded", `Content-Disposition: attachment; filename="附件2 大谈话统计表（宣教科）.xlsx"`],
  ])("%s", (_, headers: string | (string | Uint8Array)[]) => {
    const read = readEml(oneAttachment(headers));
    expect(read.attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([
      ["附件2 大谈话统计表（宣教科）.xlsx", "PK\u0003\u0004xlsx"],
    ]);
    expect(read.sentAt).toBe(Date.UTC(2023, 2, 7, 2, 15));
  });

  it("a name given only as Content-Type's name, or with quotes and semicolons in it, is read whole", () => {
    expect(names(oneAttachment(`Content-Type: application/octet-stream; name="a;b \\"c\\".xlsx"`))).toEqual([
      'a;b "c".xlsx',
    ]);
  });
});

describe("bodies and structure", () => {
  it("quoted-printable and unencoded bodies; parts nested in multipart/alternative and related", () => {
    const bytes = mail(`Content-Type: multipart/mixed; boundary=outer

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain

hello
--inner
Content-Type: text/html

<p>hello</p>
--inner--
--outer
Content-Type: text/csv; name="a.csv"
Content-Transfer-Encoding: quoted-printable

=E5=BA=8F=E5=8F=B7,=E8=B0=88=E8=AF=9D=E4=BA=BA
1,=E5=BC=A0=
=E4=B8=89
--outer
Content-Type: text/plain; name="b.txt"

as it is
--outer--
`);
    const read = readEml(bytes);
    expect(read.attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([
      ["a.csv", "序号,谈话人\r\n1,张三"],
      ["b.txt", "as it is"],
    ]);
    expect(read.sentAt).toBeUndefined();
  });

  it("a picture the body shows in place (cid:) is the body's; one attached beside it is an attachment", () => {
    const bytes = mail(`Content-Type: multipart/related; boundary=r

--r
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable

<img src=3D"cid:image001.png@01D78380.EF6DC500">
--r
Content-Type: image/png; name="image001.png"
Content-ID: <image001.png@01D78380.EF6DC500>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--r
Content-Type: image/png; name="照片.png"
Content-ID: <other@x>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--r--
`);
    expect(names(bytes)).toEqual(["照片.png"]);
  });

  it("a forwarded mail (message/rfc822) gives its own attachments, also when it was itself base64-encoded", () => {
    const inner = `Content-Type: multipart/mixed; boundary=i\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\nx\r\n--i\r\nContent-Disposition: attachment; filename="法规科.xlsx"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64("PKinner")}\r\n--i--\r\n`;
    const wrap = (encoding: string, body: string) =>
      mail(`Content-Type: multipart/mixed; boundary=o

--o
Content-Type: text/plain

see below
--o
Content-Type: message/rfc822
${encoding}
${body}
--o--
`);
    for (const m of [wrap("", inner.replace(/\r\n/g, "\n")), wrap("Content-Transfer-Encoding: base64\n", b64(inner))]) {
      const read = readEml(m);
      expect(read.attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([
        ["法规科.xlsx", "PKinner"],
      ]);
    }
  });

  it("nested multiparts whose boundaries share a beginning (b, bb) are each split at their own", () => {
    const bytes = mail(`Content-Type: multipart/mixed; boundary=b

--b
Content-Type: multipart/alternative; boundary=bb

--bb
Content-Type: text/plain

hi
--bb--
--b
Content-Disposition: attachment; filename=a.csv

序号
--b--
`);
    expect(readEml(bytes).attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([
      ["a.csv", "序号"],
    ]);
  });

  it("lines ended by LF alone, and a last part cut off before its closing boundary, are read", () => {
    const cut = new TextEncoder().encode(
      `Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nhi\n--x\nContent-Disposition: attachment; filename=a.xlsx\nContent-Transfer-Encoding: base64\n\n${b64("PKabc")}\n`,
    );
    expect(readEml(cut).attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([
      ["a.xlsx", "PKabc"],
    ]);
  });

  it("a base64 body with stray characters in it (a mail program's or a gateway's damage) is read around them", () => {
    const clean = b64("PK\u0003\u0004 a return's bytes");
    const stray = `${clean.slice(0, 8)}*\u00e9 ${clean.slice(8, 16)}==${clean.slice(16)}`;
    const read = readEml(
      mail(
        `Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Disposition: attachment; filename=a.xlsx\nContent-Transfer-Encoding: base64\n\n${stray}\n--x--\n`,
      ),
    );
    expect(new TextDecoder().decode(read.attachments[0].bytes)).toBe("PK\u0003\u0004 a return's bytes");
  });

  it("what is no mail gives no attachment, and a mail nested without end is read to a depth, not for ever", () => {
    expect(readEml(new Uint8Array([0, 1, 2, 255, 13, 10, 13, 10])).attachments).toEqual([]);
    expect(readEml(new Uint8Array(0)).attachments).toEqual([]);
    let deep = `Content-Disposition: attachment; filename=deep.xlsx\n\nPK`;
    for (let i = 0; i < 5000; i++) deep = `Content-Type: message/rfc822\n\n${deep}`;
    expect(readEml(mail(deep)).attachments).toEqual([]);
  });
});
