import { describe, expect, it } from "@jest/globals";
import { collectReturn, merge, mergeCollected, rejection, type ReturnedWorkbook } from "../../src/core/merge/merge";
import { ref } from "../../src/core/i18n/text";
import { readRequest, serialOf } from "../../src/core/request/request";
import { dateText, reminderText } from "../../src/core/request/reminders";
import { AnnexRegistry } from "../../src/core/schema/registry";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { random, talkRows, practicalRows } from "../../src/app/demo/samples";
import { FORMS, schema } from "../helpers/sheets";
import { withEnglish } from "../helpers/english";

withEnglish();

const forms = new AnnexRegistry();
const rnd = random(9);
const talks = (unit: string, savedAt?: number): ReturnedWorkbook => ({
  file: `${unit}.xlsx`,
  savedAt,
  sheets: [returnSheet(schema("talks"), talkRows(rnd, unit, 2), { unit })],
});
const MARCH_31 = 45016; // 2023-03-31

describe("the request (征集任务)", () => {
  it("is read from data: annexes by number or id, the deadline as people write it", () => {
    const { request, problems } = readRequest(
      {
        title: "第一季度报送",
        annexes: [2, "research", "附件4"],
        units: ["办公室", "法规科"],
        deadline: "2023年3月31日",
      },
      forms,
    );
    expect(problems).toEqual([]);
    expect(request).toEqual({
      title: "第一季度报送",
      annexes: ["talks", "research", "suggestions"],
      units: ["办公室", "法规科"],
      deadline: MARCH_31,
      howToSend: undefined,
    });
  });

  it.each([
    [{ annexes: [2], units: ["甲"] }, ["request.title"]],
    [{ title: "x", annexes: [], units: ["甲"] }, ["request.annexes"]],
    [{ title: "x", annexes: [9], units: ["甲"] }, ["request.annex-unknown"]],
    [{ title: "x", annexes: [2] }, ["request.units"]],
    [{ title: "x", annexes: [2], units: ["甲"], deadline: "2023年23月底前" }, ["request.deadline"]],
  ])("%j is refused with what is wrong", (input, keys) => {
    expect(readRequest(input, forms).problems.map((p) => p.key)).toEqual(keys);
  });
});

describe("returns after the deadline", () => {
  const onTime = Date.UTC(2023, 2, 30, 4);
  const late = Date.UTC(2023, 3, 2, 4);
  const mergedByDeadline = (returns: ReturnedWorkbook[]) =>
    merge(returns, { schemas: FORMS, roster: ["办公室", "法规科"], deadline: MARCH_31 });

  it.each<[string, ReturnedWorkbook[]]>([
    ["saved after it: 逾期报送, reported on the unit, never dropped", [talks("办公室", onTime), talks("法规科", late)]],
    [
      "by mail: late by when the mail was sent, not when the workbook was saved",
      [
        { ...talks("办公室", onTime), sentAt: onTime },
        { ...talks("法规科", onTime), sentAt: late },
      ],
    ],
  ])("%s", (_, returns) => {
    const r = mergedByDeadline(returns);
    expect(r.status.map((s) => [s.unit, s.late])).toEqual([
      ["办公室", []],
      ["法规科", ["法规科.xlsx"]],
    ]);
    expect(r.annexes[0].units).toEqual({ 办公室: 2, 法规科: 2 });
    expect(serialOf(late)).toBe(MARCH_31 + 2);
  });
});

describe("reminders (催交)", () => {
  const request = {
    title: "学习宣传贯彻党的二十大精神 第一季度报送",
    annexes: ["talks", "practical"],
    units: ["办公室", "法规科", "人事科"],
    deadline: MARCH_31,
    howToSend: "发送至办公室邮箱",
  };
  const withPractical: ReturnedWorkbook = {
    file: "法规科.xlsx",
    sheets: [
      returnSheet(schema("talks"), talkRows(rnd, "法规科", 1), { unit: "法规科" }),
      returnSheet(schema("practical"), practicalRows(rnd, "法规科", 1), { unit: "法规科" }),
    ],
  };
  const result = merge([talks("办公室"), withPractical], {
    schemas: FORMS,
    roster: request.units,
    expect: request.annexes,
  });

  it("one message for all: exactly what each unit lacks, the deadline and how to send", () => {
    expect(reminderText(result, request, FORMS)).toBe(
      [
        "请以下单位于2023年3月31日前报送《学习宣传贯彻党的二十大精神 第一季度报送》：",
        "办公室：附件5 办实事征集表",
        "人事科：附件2 大谈话统计表、附件5 办实事征集表",
        "报送方式：发送至办公室邮箱",
      ].join("\n"),
    );
  });

  it("one block per unit, and the wording changes once the deadline has passed", () => {
    const text = reminderText(result, request, FORMS, { each: true, asOf: MARCH_31 + 3 });
    expect(text.split("\n\n")).toEqual([
      "办公室：《学习宣传贯彻党的二十大精神 第一季度报送》尚缺附件5 办实事征集表，报送截止日期2023年3月31日已过，请尽快报送。\n报送方式：发送至办公室邮箱",
      "人事科：《学习宣传贯彻党的二十大精神 第一季度报送》尚缺附件2 大谈话统计表、附件5 办实事征集表，报送截止日期2023年3月31日已过，请尽快报送。\n报送方式：发送至办公室邮箱",
    ]);
    expect(text).not.toMatch(/\{|\}/);
  });

  it("nobody to remind, and no deadline: no placeholder left", () => {
    const all = merge([talks("办公室")], { schemas: FORMS, roster: ["办公室"], expect: ["talks"] });
    expect(reminderText(all, { ...request, units: ["办公室"], annexes: ["talks"] }, FORMS)).toBe(
      "《学习宣传贯彻党的二十大精神 第一季度报送》各单位均已报送，无需催交。",
    );
    const none = reminderText(result, { ...request, deadline: undefined, howToSend: undefined }, FORMS);
    expect(none.split("\n")[0]).toBe("请以下单位按通知要求的时间报送《学习宣传贯彻党的二十大精神 第一季度报送》：");
    const each = reminderText(result, { ...request, deadline: undefined, howToSend: undefined }, FORMS, { each: true });
    expect(each.split("\n\n")[0]).toBe(
      "办公室：《学习宣传贯彻党的二十大精神 第一季度报送》尚缺附件5 办实事征集表，请按通知要求的时间报送。",
    );
    // A date in the future or the past makes no difference without a deadline: nothing says "passed".
    expect(reminderText(result, { ...request, deadline: undefined }, FORMS, { asOf: MARCH_31 + 300 })).not.toMatch(
      /已过/,
    );
  });

  it("a unit whose file could not be merged is told which, so it knows why it is asked again", () => {
    const withScan = mergeCollected(
      [
        collectReturn(talks("办公室"), { schemas: FORMS }),
        collectReturn(withPractical, { schemas: FORMS }),
        {
          file: "人事科.pdf",
          found: [],
          uncollectedRows: 0,
          rejected: rejection("人事科.pdf", ref("read.kind-scan", { ext: ".pdf" })),
        },
      ],
      { schemas: FORMS, roster: request.units, expect: request.annexes },
    );
    expect(reminderText(withScan, request, FORMS).split("\n")[2]).toBe(
      "人事科：附件2 大谈话统计表、附件5 办实事征集表（已收到的「人事科.pdf」无法汇总，请发送填写好的表格文件）",
    );
    expect(reminderText(withScan, request, FORMS, { each: true }).split("\n\n")[1]).toMatch(
      /^人事科：.*请于2023年3月31日前报送。（已收到的「人事科.pdf」无法汇总，请发送填写好的表格文件）\n报送方式/,
    );
  });

  it("in English too", () => {
    expect(dateText(MARCH_31, "en")).toBe("31 March 2023");
    expect(reminderText(result, request, FORMS, { locale: "en" }).split("\n")[1]).toBe("办公室: Annex 5 办实事征集表");
  });
});
