import { describe, expect, it } from "@jest/globals";
import { planMarks, type MarkRecord } from "../../src/hosts/shared/marks";
import type { IssueMark } from "../../src/hosts/host";

const rec = (sheet: string, cell: string): MarkRecord => ({
  sheet,
  cell,
  color: "#FFFFFF",
  pattern: "None",
  note: true,
});
const mark = (cell: string, message = "错"): IssueMark => ({ cell, severity: "error", message });
const cells = (xs: readonly { sheet?: string; cell?: string; record?: MarkRecord; mark?: IssueMark }[]) =>
  xs.map((x) => (x.record ? `${x.record.sheet}!${x.record.cell}` : `${x.sheet}!${x.cell ?? x.mark?.cell}`)).sort();

describe("planning marks", () => {
  const record = [rec("附件2", "B5"), rec("附件2", "C6"), rec("附件3", "A4")];

  it.each([
    ["clear everything", null, { kept: [], restore: ["附件2!B5", "附件2!C6", "附件3!A4"], repaint: [], fresh: [] }],
    [
      "clear one sheet",
      new Map([["附件2", []]]),
      { kept: ["附件3!A4"], restore: ["附件2!B5", "附件2!C6"], repaint: [], fresh: [] },
    ],
    [
      "fix one, keep one, add one",
      new Map([["附件2", [mark("C6", "新说明"), mark("D7")]]]),
      { kept: ["附件3!A4"], restore: ["附件2!B5"], repaint: ["附件2!C6"], fresh: ["附件2!D7"] },
    ],
    [
      "a sheet seen for the first time",
      new Map([["附件5", [mark("A1")]]]),
      { kept: ["附件2!B5", "附件2!C6", "附件3!A4"], restore: [], repaint: [], fresh: ["附件5!A1"] },
    ],
  ] as const)("%s", (_name, target, expected) => {
    const plan = planMarks(record, target as ReadonlyMap<string, readonly IssueMark[]> | null);
    expect(cells(plan.kept)).toEqual(expected.kept);
    expect(cells(plan.restore)).toEqual(expected.restore);
    expect(cells(plan.repaint)).toEqual(expected.repaint);
    expect(cells(plan.fresh)).toEqual(expected.fresh);
  });

  it("a repainted cell carries the new message and keeps the original fill on record", () => {
    const plan = planMarks(record, new Map([["附件2", [mark("C6", "新说明")]]]));
    expect(plan.repaint[0]).toEqual({ record: record[1], mark: mark("C6", "新说明") });
  });
});
