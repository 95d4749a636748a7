import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import SevenZipFactory from "7z-wasm";
import { zipSync } from "fflate";
import { ArchiveError } from "../../src/hosts/file/archive";
import { readOtherArchive, unpackAll, unpackOtherArchives, type SevenZip } from "../../src/hosts/file/other-archives";
import { loadSevenZip } from "../../src/cli/read/seven-zip";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { talk, talksSheet } from "../helpers/sheets";

// RAR archives RARLAB's packer made (test/fixtures/third-party/rar/README.md); .7z archives packed here by
// 7-Zip itself (7z-wasm's `a`, the program units run), as a unit packs a folder of returns.
const RAR = join(__dirname, "..", "fixtures", "third-party", "rar");
const rar = (name: string) => new Uint8Array(readFileSync(join(RAR, name)));

/** A .7z of the given files, packed by 7-Zip (solid, as 7-Zip packs by default). */
async function sevenZip(files: Record<string, Uint8Array | string>, flags: string[] = []): Promise<Uint8Array> {
  const sz: SevenZip = await SevenZipFactory({ print: () => {}, printErr: () => {} });
  const fs = sz.FS as SevenZip["FS"] & { chdir(path: string): void };
  fs.mkdir("/src");
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      try {
        fs.mkdir(`/src/${parts.slice(0, i).join("/")}`);
      } catch {
        // made for an earlier file
      }
    }
    fs.writeFile(`/src/${path}`, data);
  }
  fs.chdir("/src");
  sz.callMain(["a", "-bso0", "-bsp0", ...flags, "/out.7z", "."]);
  return sz.FS.readFile("/out.7z");
}

const talksReturn = (unit: string) => writeSheetsAs([talksSheet([talk(1), talk(2, { talker: "赵六" })], unit)], "xlsx");

describe("returns in a .rar or .7z, read with 7-Zip", () => {
  it("RAR 4: every file in its folders, Chinese names kept, folders not listed, sizes whole", async () => {
    const { files, left } = await readOtherArchive(rar("FolderTest.rar"), "FolderTest.rar", loadSevenZip);
    expect(files.map((f) => [f.path, f.bytes.length])).toEqual([
      ["Folder1/Folder Space/long.txt", 1_049_076],
      ["Folder1/Folder 中文/2中文.txt", 15],
    ]);
    expect(left).toEqual([]);
    expect(files.every((f) => typeof f.modifiedAt === "number" && f.modifiedAt > Date.UTC(2010, 0, 1))).toBe(true);
  });

  it.each([
    ["FileEncByName.rar", ["1File.txt"], ["2中文.txt", "3Sec.txt"]],
    ["rar5_encrypted.rar", ["a.txt", "c.txt"], ["b.txt", "d.txt"]],
  ])(
    "%s: files under a password are said to be locked, the others read, no password asked for",
    async (name, read, locked) => {
      const { files, left } = await readOtherArchive(rar(name), name, loadSevenZip);
      expect(files.map((f) => f.path)).toEqual(read);
      expect(left).toEqual(locked.map((path) => ({ path, why: { key: "read.archive-encrypted", params: {} } })));
      expect(new TextDecoder().decode(files[0].bytes).length).toBeGreaterThan(0);
    },
  );

  it.each(["HeaderEnc1234.rar", "rar5_encrypted_filenames.rar"])(
    "%s: an archive whose very file names are under a password is refused as locked",
    async (name) => {
      const failure = readOtherArchive(rar(name), name, loadSevenZip);
      await expect(failure).rejects.toBeInstanceOf(ArchiveError);
      await expect(failure).rejects.toMatchObject({ why: { key: "read.archive-locked" } });
    },
  );

  it("RAR 5: names beyond the Basic Multilingual Plane kept, links passed over; what is no workbook is said to be none", async () => {
    // 👋🌎.txt, a hard link to it and a symbolic link to it: the file, once.
    const unicode = await readOtherArchive(rar("rar5_unicode.rar"), "x.rar", loadSevenZip);
    expect(unicode.files.map((f) => [f.path, new TextDecoder().decode(f.bytes).trim()])).toEqual([
      ["👋🌎.txt", expect.stringMatching(/\S/)],
    ]);
    expect(unicode.left).toEqual([]);
    const compressed = await readOtherArchive(rar("rar5_compressed.rar"), "x.rar", loadSevenZip);
    expect(compressed).toEqual({
      files: [],
      left: [{ path: "test.bin", why: { key: "read.not-workbook", params: { ext: ".bin" } } }],
    });
  });

  it("a .7z of returns in unit folders: each return read as a file of its own, named by the archive and its path", async () => {
    const archive = await sevenZip({
      "办公室/附件2.xlsx": talksReturn("办公室"),
      "法规科/附件2.xlsx": talksReturn("法规科"),
      "法规科/盖章件.pdf": "%PDF-1.4",
      "__MACOSX/._附件2.xlsx": "x",
      "法规科/~$附件2.xlsx": "lock",
    });
    const out = await unpackOtherArchives(
      [{ name: "回收.7z", bytes: archive, modifiedAt: Date.UTC(2023, 1, 20) }],
      loadSevenZip,
    );
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["回收.7z/办公室/附件2.xlsx", "read"],
      ["回收.7z/法规科/附件2.xlsx", "read"],
      ["回收.7z/法规科/盖章件.pdf", "read.kind-scan"],
    ]);
    // What comes out is the return that went in, byte for byte, and it reads as one.
    expect(out[0].bytes).toEqual(talksReturn("办公室"));
    expect(readWorkbook(out[1].bytes, out[1].name).sheets[0].rows[2]).toEqual(["填报单位：", "法规科"]);
  });

  it("an entry whose data is damaged is said to be, the others read (7-Zip checks each entry's CRC)", async () => {
    const files = { "1-办公室.xlsx": talksReturn("办公室"), "2-法规科.xlsx": talksReturn("法规科") };
    const archive = await sevenZip(files, ["-ms=off", "-mx0"]);
    const damaged = archive.slice();
    damaged[32 + 10] ^= 0xff; // in 1-办公室.xlsx, stored first and as it is (-mx0) after the 32-byte signature header
    const read = await readOtherArchive(damaged, "回收.7z", loadSevenZip);
    expect(read.files.map((f) => f.path)).toEqual(["2-法规科.xlsx"]);
    expect(read.left).toEqual([{ path: "1-办公室.xlsx", why: { key: "read.archive-damaged-entry", params: {} } }]);
    // Undamaged, both are read.
    expect((await readOtherArchive(archive, "回收.7z", loadSevenZip)).files.map((f) => f.path)).toEqual(
      Object.keys(files),
    );
  });

  it("files that are no .rar or .7z, or already refused, pass through untouched; a damaged archive is said to be one", async () => {
    const archive = await sevenZip({ "办公室.xlsx": talksReturn("办公室") });
    const kept = [
      { name: "办公室.xlsx", bytes: talksReturn("办公室") },
      { name: "回收.zip", bytes: new Uint8Array([1]) },
      { name: "旧.rar", bytes: new Uint8Array(), unreadable: { key: "read.too-large" as const, params: {} } },
    ];
    const out = await unpackOtherArchives(
      [
        ...kept,
        { name: "坏.7z", bytes: archive.slice(0, archive.length / 2) },
        { name: "乱.rar", bytes: new Uint8Array(64) },
      ],
      loadSevenZip,
    );
    expect(out.slice(0, 3)).toEqual(kept);
    expect(out.slice(3).map((f) => [f.name, f.unreadable?.key])).toEqual([
      ["坏.7z", "read.archive-damaged"],
      ["乱.rar", "read.archive-damaged"],
    ]);
  });

  it("a .7z holding only an empty folder is said to be empty, not left out", async () => {
    const sz: SevenZip = await SevenZipFactory({ print: () => {}, printErr: () => {} });
    sz.FS.mkdir("/src");
    sz.FS.mkdir("/src/新建文件夹");
    sz.callMain(["a", "-bso0", "-bsp0", "/out.7z", "/src/新建文件夹"]);
    const archive = sz.FS.readFile("/out.7z");
    const [out] = await unpackOtherArchives([{ name: "宣教科.7z", bytes: archive }], loadSevenZip);
    expect([out.name, out.unreadable?.key]).toEqual(["宣教科.7z", "read.archive-empty"]);
  });

  it("an entry that would unpack beyond a return's size limit is refused from 7-Zip's listing, before it is unpacked", async () => {
    // 65 MB of zeros packs to a few KB: a bomb, as far as a return goes (the limit is 64 MB).
    const archive = await sevenZip(
      { "大.xlsx": new Uint8Array(65 * 1024 * 1024), "办公室.xlsx": talksReturn("办公室") },
      ["-mx1"],
    );
    expect(archive.length).toBeLessThan(1024 * 1024);
    const { files, left } = await readOtherArchive(archive, "回收.7z", loadSevenZip);
    expect(files.map((f) => f.path)).toEqual(["办公室.xlsx"]);
    expect(left).toEqual([{ path: "大.xlsx", why: { key: "read.archive-too-large", params: {} } }]);
  });
});

describe("archives inside archives", () => {
  it("a mail's 打包下载 .zip holding units' .rar and .7z: each opened in its turn, the returns named by both paths, a third level said", async () => {
    const sevenZ = await sevenZip({ "附件2.xlsx": talksReturn("宣教科") });
    const zip = zipSync({
      "宣教科/回执.7z": sevenZ,
      "财务科/部分加密.rar": rar("FileEncByName.rar"),
      "办公室.xlsx": talksReturn("办公室"),
      "套娃.zip": zipSync({
        "里层.zip": zipSync({ "法规科.xlsx": talksReturn("法规科") }),
        "人事科.xlsx": talksReturn("人事科"),
      }),
    });
    const out = await unpackAll(
      [
        { name: "打包下载.zip", bytes: zip },
        { name: "财务科.xlsx", bytes: talksReturn("财务科") },
      ],
      loadSevenZip,
    );
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["打包下载.zip/宣教科/回执.7z/附件2.xlsx", "read"],
      ["打包下载.zip/财务科/部分加密.rar/1File.txt", "read"],
      ["打包下载.zip/财务科/部分加密.rar/2中文.txt", "read.archive-encrypted"],
      ["打包下载.zip/财务科/部分加密.rar/3Sec.txt", "read.archive-encrypted"],
      ["打包下载.zip/办公室.xlsx", "read"],
      ["打包下载.zip/套娃.zip/人事科.xlsx", "read"],
      ["打包下载.zip/套娃.zip/里层.zip", "read.archive-nested"],
      ["财务科.xlsx", "read"],
    ]);
    expect(out[0].bytes).toEqual(talksReturn("宣教科"));
  });

  it("a .rar holding a .zip: the .zip opened; what 7-Zip holds inside it a level further is said", async () => {
    const inner = zipSync({ "办公室.xlsx": talksReturn("办公室"), "更深.7z": new Uint8Array([0x37, 0x7a]) });
    const archive = await sevenZip({ "回执.zip": inner });
    const out = await unpackAll([{ name: "回收.7z", bytes: archive }], loadSevenZip);
    expect(out.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["回收.7z/回执.zip/办公室.xlsx", "read"],
      ["回收.7z/回执.zip/更深.7z", "read.archive-nested"],
    ]);
  });
});
