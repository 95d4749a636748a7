import { describe, expect, it } from "@jest/globals";
import { namedPeople } from "../../src/core/validate/rules/one-person";
import { validate } from "../../src/core/validate/validate";
import { checkSchema } from "../../src/core/schema/validate-schema";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { schema } from "../helpers/sheets";

describe("namedPeople: several people named in one cell, as lists name them", () => {
  it.each([
    ["张三、李四", 2, "张三、李四"],
    ["张三，李四，王五", 3, "张三、李四、王五"],
    ["张三,李四", 2, "张三、李四"],
    ["张三；李四", 2, "张三、李四"],
    ["张三/李四", 2, "张三、李四"],
    ["张三（科长）、李四（科员）", 2, "张三、李四"],
    ["张三、李四、王五、赵六", 4, "张三、李四、王五……"],
    ["阿依古丽·买买提、李四", 2, "阿依古丽·买买提、李四"],
    ["张三等3人", 3, "张三等"],
    ["张三等５名同志", 5, "张三等"],
    ["李四等十二人", 12, "李四等"],
    ["王五等两位同志", 2, "王五等"],
  ])("%j: %i people (%s)", (text, count, names) => {
    expect(namedPeople(text)).toEqual({ count, names });
  });

  it.each([
    ["one name", "张三"],
    ["a two-character name padded to three", "张　三"],
    ["a name holding 和", "王和平"],
    ["a group, not a list", "全体党员干部"],
    ["one name with its post in brackets", "张三（办公室主任、党支部书记）"],
    ["posts, not names", "办公室主任、党支部书记"],
    ["groups, not names", "全体党员、入党积极分子"],
    ["offices, not names", "法规科、办公室"],
    ["a note after the name", "张三，2023年调入"],
  ])("%s: not several (%j)", (_, text) => {
    expect(namedPeople(text).count).toBeLessThan(2);
  });
});

describe("onePerson columns (谈话对象)", () => {
  const talk = (talkee: string) => ({
    talker: "王局长",
    talkerPost: "局长",
    talkee,
    talkeePost: "科员",
    date: "2023-1-5",
    type: "谈心谈话",
  });

  it("a talk row naming three talkees is a warning with the count, at the cell", () => {
    const sheet = returnSheet(schema("talks"), [talk("张三、李四、王五"), talk("赵六")], { unit: "办公室" });
    const issues = validate(sheet, schema("talks"));
    expect(issues.map((i) => `${i.severity}:${i.code}.${i.reason}`)).toEqual(["warning:person.several"]);
    expect(issues[0].message).toBe(
      "「谈话对象」一格写了 3 人（张三、李四、王五），请一人一行填写：汇总按行统计谈话人次",
    );
    const row = sheet.rows.findIndex((r) => r.includes("张三、李四、王五"));
    const col = sheet.rows[row].indexOf("张三、李四、王五");
    expect(issues[0].cell).toBe(`${String.fromCharCode(65 + col)}${row + 1}`);
  });

  it("several talkers (two leaders at one talk) are not warned of: only one-person columns are", () => {
    const sheet = returnSheet(schema("talks"), [{ ...talk("赵六"), talker: "王局长、李副局长" }], {
      unit: "办公室",
    });
    expect(validate(sheet, schema("talks"))).toEqual([]);
  });

  it("a form definition may set onePerson on text columns only", () => {
    const talks = schema("talks");
    const keys = (col: Record<string, unknown>) =>
      checkSchema({ ...talks, id: "x", columns: [...talks.columns, { key: "b", width: 8, ...col }] }).map((p) => p.key);
    expect(keys({ header: "谈话对象", type: "text", onePerson: true })).toEqual([]);
    expect(keys({ header: "日期", type: "date", onePerson: true })).toEqual(["schema.column-one-person"]);
    expect(keys({ header: "谈话对象", type: "text", onePerson: "yes" })).toEqual(["schema.column-one-person"]);
  });
});
