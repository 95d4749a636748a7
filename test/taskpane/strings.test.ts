import { describe, expect, it } from "@jest/globals";
import { catalog, interpolate, text } from "../../src/core/i18n/text";
import { EN } from "../../src/core/i18n/en";

const CATALOGS = { "zh-CN": catalog("zh-CN"), en: EN };

describe("one catalog per locale, one interpolator", () => {
  const zh = CATALOGS["zh-CN"];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(Object.keys(zh))("%s exists in English with the same placeholders", (key) => {
    const en = (CATALOGS.en as Record<string, string>)[key];
    expect(en).toBeTruthy();
    expect(placeholders(en)).toEqual(placeholders((zh as Record<string, string>)[key]));
  });

  it("has no English key that Chinese lacks", () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("fills placeholders and leaves a name without a value visible", () => {
    expect(text("zh-CN", "filesChosen", { count: 3 })).toBe("已选 3 个文件");
    expect(interpolate("{a}-{b}", { a: 1 })).toBe("1-{b}");
  });
});
