import { describe, expect, it } from "@jest/globals";
import { collectReturn, merge, mergeCollected, rejection } from "../../src/core/merge/merge";
import { ref } from "../../src/core/i18n/text";
import { unitRows } from "../../src/taskpane/panels/merge/status-rows";
import { FORMS, talk, talksSheet } from "../helpers/sheets";

describe("a unit's line in the pane's status table", () => {
  const jan = talksSheet([talk(1, { talkee: "甲", date: "2023-01-05" })]);
  const feb = talksSheet([talk(1, { talkee: "乙", date: "2023-02-05" })]);
  const fixed = talksSheet([talk(1, { talkee: "甲", date: "2023-01-06" })]);
  const lines = (second: typeof jan) =>
    unitRows(
      merge(
        [
          { file: "一月.xlsx", savedAt: 1, sheets: [jan] },
          { file: "二月.xlsx", savedAt: 2, sheets: [second] },
        ],
        { schemas: FORMS, roster: ["办公室"] },
      ),
      "zh-CN",
    )[0];

  it.each([
    [
      "sent in parts (补报): flagged as such, and the line says what to do if it was the whole form again",
      feb,
      "supplemented",
      "附件2 大谈话统计表：「二月.xlsx」的行大多不在「一月.xlsx」中，看作补报，一并汇总；如果它是重新填写的整张表，请删去较早的文件后重新汇总",
    ],
    [
      "sent again, corrected: a resubmission, with what changed",
      fixed,
      "replaced",
      "附件2 大谈话统计表：新增 0 行，删除 0 行，改动 1 处",
    ],
  ])("%s", (_, second, flag, line) => {
    const u = lines(second);
    expect(u.flags).toContain(flag);
    expect(u.flags).not.toContain(flag === "replaced" ? "supplemented" : "replaced");
    expect(u.notes).toEqual([line]);
  });
});

describe("a file named for one unit whose 填报单位 says another", () => {
  it("is said under the named unit, which otherwise reads 未报 with no reason", () => {
    const sheet = talksSheet([talk(1, { talkee: "丙" })], "办公室");
    const rows = unitRows(
      merge([{ file: "法规科-附件2.xlsx", sheets: [sheet] }], { schemas: FORMS, roster: ["办公室", "法规科"] }),
      "zh-CN",
    );
    expect(rows.find((u) => u.unit === "法规科")!.notes).toEqual([
      "「法规科-附件2.xlsx」的文件名是本单位的，但填报单位写的是「办公室」，已计入「办公室」：请核对",
    ]);
  });
});

describe("a unit's line, when a file it sent could not be merged", () => {
  it("names the file (the reason is in the list below); the stamped copy beside its forms is not named", () => {
    const pdf = (file: string) => ({
      file,
      found: [],
      uncollectedRows: 0,
      rejected: rejection(file, ref("read.kind-scan", { ext: ".pdf" })),
    });
    const result = mergeCollected(
      [
        collectReturn({ file: "办公室.xlsx", sheets: [talksSheet([talk(1)])] }, { schemas: FORMS }),
        pdf("办公室（盖章）.pdf"),
        pdf("法规科.pdf"),
      ],
      { schemas: FORMS, roster: ["办公室", "法规科"] },
    );
    const [office, law] = unitRows(result, "zh-CN");
    expect(office.notes).toEqual([]);
    expect(law).toMatchObject({
      state: "missing",
      notes: ["收到的「法规科.pdf」未能汇总（原因见下方「未能汇总的文件」）"],
    });
  });
});

describe("a 填报单位 not on the roster, a roster unit's name of another kind (法规处 for 法规科)", () => {
  it("stays its own line, not on the roster, and asks whether it is that roster unit", () => {
    const result = merge([{ file: "附件2.xlsx", sheets: [talksSheet([talk(1)], "法规处")] }], {
      schemas: FORMS,
      roster: ["办公室", "法规科"],
    });
    expect(result.status.map((s) => [s.unit, s.state, s.likely])).toEqual([
      ["办公室", "missing", undefined],
      ["法规科", "missing", undefined],
      ["法规处", "unlisted", "法规科"],
    ]);
    expect(unitRows(result, "zh-CN")[2].notes).toEqual([
      "这个填报单位不在名单中，是名单上的「法规科」吗？如是，请对方改正填报单位，或把名单上的名称改成这个",
    ]);
  });
});
