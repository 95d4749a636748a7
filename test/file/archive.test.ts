/**
 * Returns in a .zip, as OA systems and mail clients pack them (打包下载): read from the archive,
 * names in UTF-8 or GBK (as archivers on Chinese Windows write them, without the UTF-8 flag:
 * APPNOTE.TXT 4.4.4, general purpose bit 11), what is not a return listed with its reason.
 */
import { describe, expect, it } from "@jest/globals";
import { zipSync } from "fflate";
import { ArchiveError, readArchive, unpackArchives } from "../../src/hosts/file/archive";
import { LIMITS } from "../../src/hosts/file/read/limits";
import { render } from "../../src/core/i18n/text";
import { demoReturns } from "../../src/app/demo/samples";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { mergeFiles } from "../../src/app/merge-returns";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import { declareSize, storedZip } from "../helpers/packages";

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s);
const reason = (why: Parameters<typeof render>[0]) => render(why);

/** Rewrites one entry's name bytes (same length) and clears the UTF-8 flag, in both headers. */
function renameRaw(zip: Uint8Array, from: string, to: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = bytes(from);
  expect(to.length).toBe(name.length);
  for (let i = 0; i + 30 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const at = sig === 0x02014b50 ? 46 : sig === 0x04034b50 ? 30 : -1;
    if (at < 0) continue;
    const lengthAt = i + (sig === 0x02014b50 ? 28 : 26);
    if (view.getUint16(lengthAt, true) !== name.length || !name.every((b, k) => out[i + at + k] === b)) continue;
    out.set(to, i + at);
    const flagsAt = i + (sig === 0x02014b50 ? 8 : 6);
    view.setUint16(flagsAt, view.getUint16(flagsAt, true) & ~0x800, true);
  }
  return out;
}

/** 办公室.xlsx in GBK: 办 B0EC, 公 B9AB, 室 CAD2. */
const GBK_NAME = new Uint8Array([0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2, ...bytes(".xlsx")]);

describe("readArchive", () => {
  it("reads workbooks anywhere in it, keeping folders in the path, with the archive's times", () => {
    const zip = zipSync({
      "法规科.xlsx": [bytes("a"), { mtime: new Date(2023, 1, 3, 10, 0, 0) }],
      "回收文件/办公室/附件2.xls": bytes("b"),
      "回收文件/宣教科.csv": bytes("c"),
    });
    const { files, left } = readArchive(zip);
    expect(files.map((f) => f.path)).toEqual(["法规科.xlsx", "回收文件/办公室/附件2.xls", "回收文件/宣教科.csv"]);
    expect(new TextDecoder().decode(files[1].bytes)).toBe("b");
    expect(files[0].modifiedAt).toBe(Date.UTC(2023, 1, 3, 10, 0, 0));
    expect(left).toEqual([]);
  });

  it("an entry whose bytes are not those archived (its CRC-32 differs) is said to be damaged, beside the sound ones", () => {
    const zip = storedZip([
      ["办公室.csv", bytes("序号,谈话人\n1,张三\n")],
      ["法规科.csv", bytes("序号,谈话人\n1,李四\n")],
    ]);
    const damaged = zip.slice();
    damaged.set(bytes("王"), Buffer.from(zip).indexOf(Buffer.from("李")));
    const { files, left } = readArchive(damaged);
    expect(files.map((f) => f.path)).toEqual(["办公室.csv"]);
    expect(left).toEqual([{ path: "法规科.csv", why: { key: "read.archive-damaged-entry", params: {} } }]);
  });

  it("reads every entry when two share a name (an archiver that appended), the later named as Windows names a copy", () => {
    const zip = storedZip([
      ["回收/法规科.xlsx", bytes("first")],
      ["回收/法规科.xlsx", bytes("second")],
      ["回收/法规科.xlsx", bytes("third")],
      ["回收/说明", bytes("no extension")],
      ["回收/说明", bytes("again")],
      ["回收/宣教科.xlsx", bytes("x")],
      ["回收/宣教科.XLSX", bytes("y")],
    ]);
    const { files, left } = readArchive(zip);
    expect(files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([
      ["回收/法规科.xlsx", "first"],
      ["回收/法规科 (2).xlsx", "second"],
      ["回收/法规科 (3).xlsx", "third"],
      ["回收/宣教科.xlsx", "x"],
      ["回收/宣教科.XLSX", "y"],
    ]);
    expect(left.map((l) => l.path)).toEqual(["回收/说明", "回收/说明"]);
  });

  it("reads GBK names, as Windows archivers write them (no UTF-8 flag)", () => {
    const zip = renameRaw(zipSync({ "ABCDEF.xlsx": bytes("x") }), "ABCDEF.xlsx", GBK_NAME);
    expect(readArchive(zip).files.map((f) => f.path)).toEqual(["办公室.xlsx"]);
  });

  it("passes over what nobody sends, and lists what is not a return with its reason", () => {
    const zip = zipSync({
      "__MACOSX/._办公室.xlsx": bytes("junk"),
      ".DS_Store": bytes("junk"),
      "~$办公室.xlsx": bytes("lock"),
      "Thumbs.db": bytes("junk"),
      "通知.pdf": bytes("%PDF"),
      "旧的/打包.zip": zipSync({ "a.xlsx": bytes("a") }),
      "办公室.xlsx": bytes("x"),
    });
    const { files, left } = readArchive(zip);
    // An archive inside is taken, to be opened in its turn (unpackAll); inside an inner one, said.
    expect(files.map((f) => f.path)).toEqual(["旧的/打包.zip", "办公室.xlsx"]);
    expect(left.map((l) => [l.path, reason(l.why)])).toEqual([
      ["通知.pdf", expect.stringContaining("这是 .pdf 文件（打印或扫描成的版式文件）")],
    ]);
    const inner = readArchive(zip, undefined, false);
    expect(inner.files.map((f) => f.path)).toEqual(["办公室.xlsx"]);
    expect(inner.left.map((l) => [l.path, l.why.key])).toEqual([
      ["通知.pdf", "read.kind-scan"],
      ["旧的/打包.zip", "read.archive-nested"],
    ]);
  });

  it("an encrypted entry is listed as such, not read as damage", () => {
    const zip = zipSync({ "办公室.xlsx": bytes("x") });
    const out = zip.slice();
    const view = new DataView(out.buffer);
    for (let i = 0; i + 4 < out.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    }
    expect(readArchive(out).left.map((l) => reason(l.why))).toEqual([expect.stringContaining("加了密码")]);
  });

  it("an entry declaring more than a return's limit is refused before it is inflated (zip bomb)", () => {
    const zip = declareSize(zipSync({ "办公室.xlsx": bytes("x") }), "办公室.xlsx", LIMITS.fileBytes + 1);
    expect(readArchive(zip).left.map((l) => reason(l.why))).toEqual([expect.stringContaining("解压后太大")]);
  });

  it.each([
    // 22 bytes, the end record alone: what Python's zipfile writes when closed with nothing in it.
    ["nothing at all", new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)])],
    ["only an empty folder", zipSync({ "新建文件夹/": new Uint8Array(0) })],
    ["only what is passed over", zipSync({ "__MACOSX/._a.xlsx": bytes("x"), "~$办公室.xlsx": bytes("lock") })],
  ])("an archive holding no file (%s) is said to be empty, not taken for no return", (_, zip) => {
    expect(() => readArchive(zip)).toThrow(ArchiveError);
    const [out] = unpackArchives([{ name: "宣教科.zip", bytes: zip }]);
    expect(out.name).toBe("宣教科.zip");
    expect(out.unreadable?.key).toBe("read.archive-empty");
    expect(reason(out.unreadable!)).toMatch(/压缩包里没有文件/);
  });

  it.each([
    ["a damaged file", bytes("PK\u0003\u0004 not really")],
    ["an empty file", new Uint8Array(0)],
  ])("%s: an ArchiveError that says so", (_, data) => {
    expect(() => readArchive(data)).toThrow(ArchiveError);
    try {
      readArchive(data);
    } catch (e) {
      expect(reason((e as ArchiveError).why)).toMatch(/已损坏或不完整/);
    }
  });
});

describe("unpackArchives: a .zip of returns merges as the returns themselves", () => {
  const { files, roster } = demoReturns();
  const loose = files.map((f) => ({
    name: f.name,
    bytes: writeSheetsAs(f.sheets, f.format, f.savedAt),
    modifiedAt: f.savedAt.getTime(),
  }));

  it("the demo's returns in a zip (one folder per unit for half) give the same summary rows and status", () => {
    const packed = zipSync(
      Object.fromEntries(
        loose.map((f, i) => [i % 2 ? f.name : `${f.name.replace(/\.[^.]+$/, "")}/${f.name}`, f.bytes]),
      ),
    );
    const options = { schemas: BUILTIN_ANNEXES, roster };
    const direct = mergeFiles(loose, readWorkbook, options);
    const zipped = mergeFiles(unpackArchives([{ name: "回收.zip", bytes: packed }]), readWorkbook, options);
    const rows = (r: typeof direct) =>
      r.annexes.map((a) => a.rows.map((x) => [x.unit, JSON.stringify(x.values)]).sort());
    expect(rows(zipped)).toEqual(rows(direct));
    const status = (r: typeof direct) =>
      r.status.map((s) => [s.unit, s.state, s.missing, s.rows, s.errors, s.warnings]);
    expect(status(zipped)).toEqual(status(direct));
    expect(status(direct).filter((s) => s[1] === "missing").length).toBeGreaterThan(0);
    expect(zipped.annexes[0].rows[0].file).toMatch(/^回收\.zip\//);
  });

  it("a damaged zip is one unreadable file with its reason; other files pass through", () => {
    const out = unpackArchives([{ name: "坏.zip", bytes: bytes("nope") }, loose[0]]);
    expect(out.map((f) => [f.name, f.unreadable ? reason(f.unreadable) : null])).toEqual([
      ["坏.zip", expect.stringContaining("已损坏或不完整")],
      [loose[0].name, null],
    ]);
  });
});
