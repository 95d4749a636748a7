import { describe, expect, it } from "@jest/globals";
import { ref } from "../../src/core/i18n/text";
import { rejection, unmergedGroups, type Rejected } from "../../src/core/merge/returns";

const exe = (name: string, more: Partial<Rejected> = {}): Rejected => ({
  ...rejection(name, ref("read.not-workbook", { ext: ".exe" })),
  ...more,
});
const pdf = (name: string, more: Partial<Rejected> = {}): Rejected => ({
  ...rejection(name, ref("read.kind-scan", { ext: ".pdf" })),
  ...more,
});
const files = (groups: Rejected[][]) => groups.map((g) => g.map((r) => r.file));

describe("the files not merged, as a list to read", () => {
  it.each<[string, Rejected[], string[][]]>([
    ["three alike keep a line each", [exe("a.exe"), exe("b.exe"), exe("c.exe")], [["a.exe"], ["b.exe"], ["c.exe"]]],
    [
      "four alike make one entry, where the first stood",
      [pdf("x.pdf"), exe("a.exe"), exe("b.exe"), exe("c.exe"), exe("d.exe")],
      [["x.pdf"], ["a.exe", "b.exe", "c.exe", "d.exe"]],
    ],
    [
      "a file a unit sent keeps its own entry",
      [pdf("1.pdf"), pdf("2.pdf"), pdf("法规科.pdf", { sender: "法规科" }), pdf("3.pdf"), pdf("4.pdf")],
      [["1.pdf", "2.pdf", "3.pdf", "4.pdf"], ["法规科.pdf"]],
    ],
    [
      "stamped copies are left out (listed apart)",
      [pdf("办公室（盖章）.pdf", { sender: "办公室", companion: true }), exe("a.exe")],
      [["a.exe"]],
    ],
    [
      "a sheet of a unit's file keeps its own entry",
      [exe("a.exe"), exe("b.exe"), exe("c.exe"), exe("办公室.xlsx › 附件9", { unit: "办公室" }), exe("d.exe")],
      [["a.exe", "b.exe", "c.exe", "d.exe"], ["办公室.xlsx › 附件9"]],
    ],
  ])("%s", (_, rejected, expected) => {
    expect(files(unmergedGroups(rejected))).toEqual(expected);
  });
});
