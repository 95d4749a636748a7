import { render } from "../../src/core/i18n/text";
import { describe, expect, it } from "@jest/globals";
import {
  isWorkbookInFolder,
  notFormsCount,
  readFiles,
  type PickedFile,
} from "../../src/taskpane/panels/shared/use-files";

const file = (name: string, bytes = [1, 2, 3]) =>
  new File([new Uint8Array(bytes)], name, { lastModified: 1_700_000_000_000 });

describe("choosing returned files", () => {
  it.each([
    ["回收文件/办公室.xlsx", true],
    ["回收文件/第二批/资阳分局.ET", true],
    ["回收文件/法规科.csv", true],
    ["回收文件/~$办公室.xlsx", false],
    ["回收文件/.DS_Store", false],
    ["回收文件/说明.pdf", false],
    ["回收文件/法规科（Word 版）.docx", true],
    ["回收文件/宣教科报送.eml", true],
    ["回收文件/人事科.msg", true],
    ["回收文件/winmail.dat", true],
    ["回收文件/winmail (1).dat", true],
    ["回收文件/数据.dat", false],
  ])("in a folder, %s is a return: %s", (path, yes) => {
    expect(isWorkbookInFolder(path)).toBe(yes);
  });

  it("keeps every file picked one by one (a wrong one is reported later), and folder paths as names", async () => {
    const list: PickedFile[] = [
      { file: file("说明.docx"), path: "说明.docx", inFolder: false },
      { file: file("办公室.xlsx"), path: "回收文件/办公室.xlsx", inFolder: true },
      { file: file("~$办公室.xlsx"), path: "回收文件/~$办公室.xlsx", inFolder: true },
    ];
    const { files: read, skipped } = await readFiles(list);
    expect(read.map((f) => f.name)).toEqual(["说明.docx", "回收文件/办公室.xlsx"]);
    expect(skipped).toEqual(["~$办公室.xlsx"]);
    expect([...read[1].bytes]).toEqual([1, 2, 3]);
    expect(read[1].modifiedAt).toBe(1_700_000_000_000);
  });

  it("from a folder, keeps what a unit sends beside or instead of its forms unread, with the reason", async () => {
    const list: PickedFile[] = [
      { file: file("法规科.xlsx"), path: "回收/法规科.xlsx", inFolder: true },
      { file: file("法规科（盖章）.pdf"), path: "回收/法规科（盖章）.pdf", inFolder: true },
      { file: file("人事科.JPG"), path: "回收/人事科.JPG", inFolder: true },
      { file: file("宣教科.rar"), path: "回收/宣教科.rar", inFolder: true },
      { file: file("旧报表.tar.gz"), path: "回收/旧报表.tar.gz", inFolder: true },
      { file: file("说明.exe"), path: "回收/说明.exe", inFolder: true },
      { file: file("~$法规科.pdf"), path: "回收/~$法规科.pdf", inFolder: true },
    ];
    const { files: read, skipped } = await readFiles(list);
    // A .rar (like a .zip) is read: its bytes go on to the merge, which opens it with 7-Zip.
    expect(read.map((f) => [f.name, f.unreadable?.key ?? "read"])).toEqual([
      ["回收/法规科.xlsx", "read"],
      ["回收/宣教科.rar", "read"],
      ["回收/法规科（盖章）.pdf", "read.kind-scan"],
      ["回收/人事科.JPG", "read.kind-image"],
      ["回收/旧报表.tar.gz", "read.archive"],
    ]);
    expect([...read[1].bytes]).toEqual([1, 2, 3]);
    expect(read[2].modifiedAt).toBe(1_700_000_000_000);
    expect(skipped).toEqual(["说明.exe", "~$法规科.pdf"]);
  });

  it("counts the chosen scans, photos and archives it cannot read, not a .zip, .rar or .7z (read)", () => {
    const chosen = [
      "法规科.xlsx",
      "打包下载.zip",
      "回收/人事科.JPG",
      "宣教科.rar",
      "财务科.7z",
      "旧.tgz",
      "法规科（盖章）.pdf",
      "说明.docx",
    ];
    expect(notFormsCount(chosen.map((name) => ({ name, bytes: new Uint8Array(0) })))).toBe(3);
  });

  it("a file the browser cannot read is kept, with the reason", async () => {
    const broken = file("办公室.xlsx");
    Object.defineProperty(broken, "arrayBuffer", { value: () => Promise.reject(new Error("NotReadableError")) });
    const {
      files: [read],
    } = await readFiles([{ file: broken, path: "办公室.xlsx", inFolder: false }]);
    expect(render(read.unreadable!)).toMatch(/浏览器无法读取这个文件（NotReadableError）/);
  });
});
