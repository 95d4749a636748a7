/**
 * An Outlook message's body kept only as compressed RTF: its compression undone ([MS-OXRTFCP]) and
 * the web page inside taken out ([MS-OXRTFEX]), on Outlook messages from msgreader's tests
 * (test/fixtures/third-party/msgreader): the RTF byte for byte as msgreader decompresses it (its
 * .rtf files), the page's text as Outlook's own plain-text body of the same mail (PidTagBody).
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Cfb } from "../../src/hosts/file/read/cfb";
import { decompressRtf, htmlFromRtf } from "../../src/hosts/file/read/rtf-html";
import { readMsg } from "../../src/hosts/file/read/msg";
import { gbk } from "../helpers/gbk";

const MSG = join(__dirname, "..", "fixtures", "third-party", "msgreader");
const cfb = (name: string) => new Cfb(new Uint8Array(readFileSync(join(MSG, name))));
const compressed = (name: string) => cfb(name).streamAt(["__substg1.0_10090102"])!;
/** A page's text: its comments (Word's <xml> settings in them), style sheets and tags left out, spaces and lines as one. */
const textOf = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<style[\s\S]*?<\/style>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("Outlook's compressed RTF body", () => {
  it.each(["attachAndInline", "msgInMsgInMsg"])(
    "%s: decompressed byte for byte as msgreader decompresses it",
    (name) => {
      const rtf = decompressRtf(compressed(`${name}.msg`));
      expect(rtf).not.toBeNull();
      expect(Buffer.from(rtf!).equals(readFileSync(join(MSG, `${name}.rtf`)))).toBe(true);
    },
  );

  it("the page inside: Chinese, Japanese and Korean text each in its font's character set, as Outlook's plain-text body says", () => {
    const html = htmlFromRtf(decompressRtf(compressed("Hello +CJK.msg"))!)!;
    expect(html.trimStart()).toMatch(/^<html/);
    const plain = new TextDecoder("utf-16le").decode(cfb("Hello +CJK.msg").streamAt(["__substg1.0_1000001F"])!);
    expect(plain).toBe("Hello\r\nC 你好\r\nJ こんにちは\r\nK 안녕하세요\r\n");
    expect(textOf(html)).toBe(plain.replace(/\s+/g, " ").trim());
    // And so the .msg reader gives it as the mail's page.
    expect(textOf(readMsg(new Uint8Array(readFileSync(join(MSG, "Hello +CJK.msg")))).html()!)).toBe(textOf(html));
  });

  it("what is not compressed RTF gives none; an RTF not written from HTML has no page", () => {
    expect(decompressRtf(new Uint8Array(20))).toBeNull();
    expect(decompressRtf(new Uint8Array(3))).toBeNull();
    const stored = new Uint8Array([...new Uint8Array(16), ...new TextEncoder().encode("{\\rtf1 plain}")]);
    new DataView(stored.buffer).setUint32(4, 13, true);
    new DataView(stored.buffer).setUint32(8, 0x414c454d, true); // MELA: stored as it is
    expect(new TextDecoder().decode(decompressRtf(stored)!)).toBe("{\\rtf1 plain}");
    expect(htmlFromRtf(decompressRtf(stored)!)).toBeNull();
  });

  it("a table pasted into an HTML mail comes out as the page's table, its Chinese in the document's code page", () => {
    // As Outlook wraps HTML in RTF (MS-OXRTFEX §2.1.3.1): tags in \*\htmltag groups, text between,
    // RTF's own rendering inside \htmlrtf … \htmlrtf0; GBK bytes as \'hh under \ansicpg936; a
    // picture's raw bytes after \binN (braces among them) stepped over.
    const gbkHex = (text: string) => [...gbk(text)].map((b) => `\\'${b.toString(16)}`).join("");
    const rtf =
      "{\\rtf1\\ansi\\ansicpg936\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss\\fcharset134 SimSun;}}\\uc1\\pard\\plain\\f0\\fs24 " +
      "{\\*\\htmltag19 <html>}{\\pict\\bin4 }{x}}{\\*\\htmltag64 <table>}{\\*\\htmltag64 <tr>}{\\*\\htmltag64 <td>}\\htmlrtf {\\htmlrtf0 " +
      gbkHex("序号") +
      "\\htmlrtf\\tab}\\htmlrtf0 {\\*\\htmltag64 </td><td>}" +
      gbkHex("谈话人") +
      "{\\*\\htmltag64 </td></tr></table></html>}}";
    const html = htmlFromRtf(new TextEncoder().encode(rtf));
    expect(html).toBe("<html><table><tr><td>序号</td><td>谈话人</td></tr></table></html>");
  });
});
