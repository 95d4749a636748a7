import { describe, expect, it } from "@jest/globals";
import { EN, ZH, format } from "../../src/taskpane/i18n/strings";

describe("pane text catalogs", () => {
  it.each(Object.keys(ZH))("%s exists in English with the same placeholders", (key) => {
    const zh = ZH[key as keyof typeof ZH];
    const en = EN[key as keyof typeof EN];
    expect(en).toBeTruthy();
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(params(en)).toEqual(params(zh));
  });

  it("has no English key that Chinese lacks", () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
  });

  it("formats placeholders and leaves unknown ones visible", () => {
    expect(format("已选 {count} 个文件", { count: 3 })).toBe("已选 3 个文件");
    expect(format("{a}-{b}", { a: 1 })).toBe("1-{b}");
  });
});
