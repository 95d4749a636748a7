/**
 * The manifest, checked offline against the MS-OWEMXML schemas with xmllint (see README.md here),
 * and for what the schemas cannot say: buttons, locales, requirement set, resources, icons.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { manifestFor, officeScript } from "../../scripts/manifest-url.cjs";
import { servedScriptPath } from "../fakes/richapi/client";

const XSD = resolve("test/manifest/xsd/OfficeAppManifestV1_1.xsd");
const DIST = resolve("dist");
const SOURCE = readFileSync("manifest.xml", "utf8");

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return { ok: run.status === 0, output: run.stderr };
}

/** Values of an attribute on elements of a name (good enough for our own, well-formed manifest). */
const attrs = (xml: string, element: string, attr: string) =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${attr}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("manifest.xml", () => {
  it("is valid against the official schemas", () => {
    const { ok, output } = xmllint(SOURCE);
    expect(output).toMatch(/validates/);
    expect(ok).toBe(true);
  });

  it.each([
    ["without an Id", SOURCE.replace(/<Id>[^<]*<\/Id>/, "")],
    [
      "with a group label over 125 characters",
      SOURCE.replace('id="Group.Label" DefaultValue="汇表助手"', `id="Group.Label" DefaultValue="${"汇".repeat(126)}"`),
    ],
    [
      "with a button whose action is unknown",
      SOURCE.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="OpenWindow">'),
    ],
    [
      "with a control outside a group",
      SOURCE.replace('<Group id="Huibiao.Group">', '<Group id="Huibiao.Group"><Bogus/>'),
    ],
  ])("the check rejects a manifest %s", (_name, broken) => {
    expect(broken).not.toBe(SOURCE);
    expect(xmllint(broken).ok).toBe(false);
  });

  it("has the 汇表助手 group on the Home tab with 插入模板 / 校验 / 汇总 opening the pane at the right panel", () => {
    expect(SOURCE).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Huibiao.Group">/);
    expect(attrs(SOURCE, "bt:String", "DefaultValue")).toEqual(
      expect.arrayContaining(["汇表助手", "插入模板", "校验", "汇总"]),
    );
    for (const panel of ["templates", "validate", "merge"]) expect(SOURCE).toContain(`taskpane.html?panel=${panel}"`);
    expect(SOURCE.match(/<TaskpaneId>Huibiao.Pane<\/TaskpaneId>/g)).toHaveLength(3);
  });

  it("is Chinese by default with an English override for every string", () => {
    expect(SOURCE).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    const strings = SOURCE.match(/<bt:String id="[^"]+" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g) ?? [];
    expect(strings.length).toBe((SOURCE.match(/<bt:String /g) ?? []).length);
    expect(SOURCE).toMatch(/<DisplayName DefaultValue="汇表助手">\s*<Override Locale="en-US"/);
  });

  it("asks for ExcelApi 1.9 and nothing newer", () => {
    expect(SOURCE).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
  });

  it("refers only to resources it defines, and its icons exist", () => {
    const defined = new Set(attrs(SOURCE, "bt:(?:Image|Url|String)", "id"));
    expect(attrs(SOURCE, "[A-Za-z:]+", "resid").filter((id) => !defined.has(id))).toEqual([]);
    expect(
      attrs(SOURCE, "bt:Image", "DefaultValue").filter(
        (url) => !existsSync(url.replace("https://localhost:3000/", "")),
      ),
    ).toEqual([]);
  });

  it("points every URL at the production address when built with HUIBIAO_URL, and stays valid", () => {
    const prod = manifestFor(SOURCE, "https://oa.example.gov.cn/huibiao");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("<AppDomain>https://oa.example.gov.cn</AppDomain>");
    expect(prod).toContain('DefaultValue="https://oa.example.gov.cn/huibiao/taskpane.html?panel=merge"');
    expect(xmllint(prod).ok).toBe(true);
    expect(() => manifestFor(SOURCE, "http://oa.example.gov.cn/")).toThrow(/https/);
  });

  it("Microsoft's own manifest reader (office-addin-manifest info, offline) reads it", () => {
    const out = execFileSync("npx", ["--no-install", "office-addin-manifest", "info", "manifest.xml"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out).toMatch(/Name: 汇表助手/);
    expect(out).toMatch(/Type: TaskPaneApp/);
    expect(out).toMatch(/Hosts: Workbook/);
    expect(out).toMatch(/Default Locale: zh-CN/);
  });

  it("the built dist/manifest.xml is valid too", () => {
    if (!existsSync("dist/manifest.xml")) execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
    expect(xmllint(readFileSync("dist/manifest.xml", "utf8")).ok).toBe(true);
  });
});

describe("office.js: ours by default, Microsoft's CDN on request", () => {
  it("the build serves its own copy, and it is the very script the Excel host tests load", () => {
    expect(officeScript(undefined)).toBe("office/office.js");
    expect(readFileSync(join(DIST, "commands.html"), "utf8")).toContain('src="office/office.js"');
    for (const script of ["excel-web-16.00.js", "excel-win32-16.01.js"] as const)
      expect(readFileSync(join(DIST, "office", script)).equals(readFileSync(servedScriptPath(script)))).toBe(true);
  });

  it("OFFICE_JS=cdn points at Microsoft's CDN; anything else is refused", () => {
    expect(officeScript("cdn")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(() => officeScript("beta")).toThrow(/OFFICE_JS/);
  });
});
