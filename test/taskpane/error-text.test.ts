import { describe, expect, it } from "@jest/globals";
import { errorText } from "../../src/taskpane/panels/shared/error-text";
import { ref, TextError } from "../../src/core/i18n/text";
import { withEnglish } from "../helpers/english";

withEnglish();

describe("errors the pane shows", () => {
  it.each([
    [
      Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }),
      /找不到要处理的工作表或单元格.*（ItemNotFound）/,
    ],
    [Object.assign(new Error("Access denied"), { code: "AccessDenied" }), /撤销保护/],
    [Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" }), /分批汇总/],
    [Object.assign(new Error("odd"), { code: "SomethingNew" }), /^odd$/],
    [new Error("工作表受保护，无法读取"), /^工作表受保护，无法读取$/],
    ["plain text", /^plain text$/],
  ])("%s", (e, expected) => {
    expect(errorText(e)).toMatch(expected);
  });

  it("says Office's codes and our own errors in English when the pane is in English", () => {
    expect(errorText(Object.assign(new Error("x"), { code: "AccessDenied" }), "en")).toBe(
      "The sheet or workbook is protected; unprotect it (Review → Unprotect Sheet) and try again (AccessDenied)",
    );
    const ours = new TextError(ref("host.no-sheet", { sheet: "附件2" }));
    expect(ours.message).toBe("工作簿中没有名为「附件2」的工作表");
    expect(errorText(ours, "en")).toBe("The workbook has no sheet named “附件2”");
  });
});
