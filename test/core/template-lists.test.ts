import { describe, expect, it } from "@jest/globals";
import { buildTemplates } from "../../src/core/template/build-template";
import type { AnnexSchema } from "../../src/core/schema/types";
import { insertTemplates } from "../../src/app/workbook/templates";
import { excelUnderTest } from "../hosts/under-test";
import { schema } from "../helpers/sheets";

/** A second form with a dropdown (forms are data: a bureau may add one). */
const visits: AnnexSchema = {
  ...schema("talks"),
  id: "visits",
  number: 6,
  shortName: "走访登记表",
  title: "走访登记表",
  columns: schema("talks").columns.map((c) =>
    c.type === "enum" ? { ...c, enumCode: undefined, enumeration: ["入户走访", "电话回访", "座谈"] } : c,
  ),
};

describe("the hidden lists sheet", () => {
  it("keeps every list in the same column whichever annexes are built", () => {
    const listsOf = [schema("talks"), visits];
    const alone = buildTemplates([visits], { listsOf }).names;
    const both = buildTemplates([schema("talks"), visits], { listsOf }).names;
    expect(alone).toEqual(both);
    expect(alone.map((n) => [n.name, n.range.c1])).toEqual([
      ["HB_talks_type", 0],
      ["HB_visits_type", 1],
    ]);
  });

  it("inserting another annex later leaves the earlier sheets' dropdowns pointing at their own values", async () => {
    const { host, book } = excelUnderTest();
    const all = [schema("talks"), visits];
    await insertTemplates(host, [schema("talks")], all, { talkTypes: ["谈心谈话", "任前谈话"] });
    await insertTemplates(host, [visits], all, { talkTypes: ["谈心谈话", "任前谈话"] });
    const formula = book.names.get("hb_talks_type")!.formula;
    const col = /\$([A-Z]+)\$1:/.exec(formula)![1];
    const lists = book.sheet("_lists")!;
    expect(col).toBe("A");
    expect([lists.peek(0, 0)?.value, lists.peek(1, 0)?.value]).toEqual(["谈心谈话", "任前谈话"]);
  });
});

describe("the talk-type dropdown's alert", () => {
  const alertOf = (talkTypes?: string[]) => {
    const sheet = buildTemplates([schema("talks")], talkTypes ? { talkTypes } : {}).sheets[0];
    return sheet.validations?.find((v) => v.kind === "list")?.alert;
  };
  it("asks before keeping another type with the plan's list (it says 等), refuses with a list the coordinator gave", () => {
    expect(alertOf()).toBe("warning");
    expect(alertOf(["谈心谈话", "任前谈话"])).toBe("stop");
  });
});
