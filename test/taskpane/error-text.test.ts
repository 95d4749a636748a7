import { describe, expect, it } from "@jest/globals";
import { errorText } from "../../src/taskpane/panels/shared/use-async";

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
});
