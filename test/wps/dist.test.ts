/**
 * dist/wps/, the jsaddon as WPS loads it: ribbon.xml (no XML declaration, callbacks that exist),
 * index.html loading main.js, the pane page with its scripts, the deployment files. The built
 * main.js is run against the ET fake: the ribbon opens the pane, and the save guard is live.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { parse } from "acorn";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { insertTemplates } from "../../src/app/workbook/templates";
import type { WpsTaskPane } from "../../src/hosts/wps/api";
import { WpsHost } from "../../src/hosts/wps/wps-host";
import { EtFake } from "../fakes/wps/et";
import { schema, talk, FORMS } from "../helpers/sheets";

const DIR = "dist/wps";
const read = (f: string) => readFileSync(join(DIR, f), "utf8");
const wellFormed = (f: string) => spawnSync("xmllint", ["--noout", join(DIR, f)], { encoding: "utf8" });

beforeAll(() => {
  if (!existsSync(join(DIR, "main.js"))) execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
});

/**
 * The oldest Chromium we expect inside WPS: 61. Older WPS builds embed an older Chromium (12.1.0.26200
 * lacked crypto.randomUUID, Chromium 92); the build targets ES2017 syntax (Chromium 58+), and these are
 * the built-ins that came after 61, removed from the VM the built main.js runs in.
 */
const NEWER_THAN_CHROMIUM_61 = [
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Array.prototype.findLastIndex",
  "Object.fromEntries",
  "Object.hasOwn",
  "String.prototype.matchAll",
  "String.prototype.replaceAll",
  "String.prototype.at",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "Promise.prototype.finally",
  "Promise.allSettled",
  "Promise.any",
  "globalThis",
];

function runInLegacyChromium(code: string, globals: Record<string, unknown>): void {
  const context = createContext(globals);
  const prelude = NEWER_THAN_CHROMIUM_61.map((path) => {
    const dot = path.lastIndexOf(".");
    return dot < 0 ? `delete this.${path};` : `delete ${path.slice(0, dot)}["${path.slice(dot + 1)}"];`;
  }).join("\n");
  runInContext(prelude, context);
  expect(runInContext("typeof [].flatMap + typeof Object.fromEntries", context)).toBe("undefinedundefined");
  runInContext(code, context);
}

describe("dist/wps", () => {
  it("ribbon.xml starts with <customUI (no XML declaration), is well-formed and names the 汇表助手 tab", () => {
    const ribbon = read("ribbon.xml");
    expect(ribbon.startsWith("<customUI")).toBe(true);
    expect(wellFormed("ribbon.xml").status).toBe(0);
    expect(ribbon).toContain('xmlns="http://schemas.microsoft.com/office/2006/01/customui"');
    expect(ribbon).toContain('onLoad="OnAddinLoad"');
    expect(ribbon).toMatch(/<tab id="huibiaoTab" label="汇表助手">/);
    const labels = [...ribbon.matchAll(/<button [^>]*label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toEqual(["插入模板", "校验", "汇总"]);
  });

  it("index.html loads main.js; the pane page and every script it names are there", () => {
    expect(read("index.html")).toMatch(/<script src="main.js"><\/script>/);
    const pane = read("taskpane.html");
    const scripts = [...pane.matchAll(/<script[^>]* src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !existsSync(join(DIR, s)))).toEqual([]);
    expect(pane).not.toContain("office.js");
    expect(existsSync(join(DIR, "images/icon-32.png"))).toBe(true);
  });

  it("has both deployment files: jsplugins.xml (online) and publish.xml (offline), for ET", () => {
    expect(wellFormed("jsplugins.xml").status).toBe(0);
    expect(wellFormed("publish.xml").status).toBe(0);
    expect(read("jsplugins.xml")).toMatch(/<jspluginonline name="huibiao" type="et" url="https?:\/\/[^"]+\/wps\/"\/>/);
    expect(read("publish.xml")).toMatch(
      /<jsplugin name="huibiao" type="et" url="huibiao_\d+\.\d+\.\d+" version="\d+\.\d+\.\d+"/,
    );
  });

  it("every script parses as ES2017, for the older Chromium inside WPS", () => {
    const scripts = readdirSync(DIR).filter((f) => f.endsWith(".js"));
    expect(scripts).toContain("main.js");
    const unparsable = scripts.filter((f) => {
      try {
        parse(read(f), { ecmaVersion: 2017, sourceType: "script" });
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsable).toEqual([]);
  });

  it("no script builds a regular expression Chromium 61 cannot compile (lookbehind, named groups, \\p{…})", () => {
    // The ES2017 build turns such a literal into new RegExp("…"), which parses as ES2017 and throws
    // only when it runs: 「(?<=[\u4e00-\u9fff])[区县市](?=分局)」 and 「[\p{Script=Han}]」 once did.
    const NEWER_SYNTAX = /\(\?<[=!A-Za-z]|\\{1,2}[pP]\{/;
    expect(readdirSync(DIR).filter((f) => f.endsWith(".js") && NEWER_SYNTAX.test(read(f)))).toEqual([]);
  });

  it("main.js avoids what older WPS builds lack (crypto.randomUUID) and async ribbon callbacks", () => {
    const main = read("main.js");
    expect(readdirSync(DIR).filter((x) => x.endsWith(".js") && read(x).includes("randomUUID"))).toEqual([]);
    expect(main).not.toMatch(/OnAction:\s*async/);
  });

  it("the built main.js defines every callback the ribbon names, opens the pane per button and guards saves", async () => {
    const et = new EtFake();
    const panes: { url: string; pane: WpsTaskPane }[] = [];
    const storage = new Map<string, string>();
    const app = Object.assign(et, {
      CreateTaskPane(url: string) {
        const pane = {
          ID: panes.length + 1,
          Visible: false,
          Width: 0,
          Navigate: (u: string) => (panes[pane.ID - 1].url = u),
        };
        panes.push({ url, pane });
        return pane;
      },
      GetTaskPane: (id: number) => panes[id - 1].pane,
      PluginStorage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
      },
    });
    const confirms: string[] = [];
    const window: Record<string, unknown> = {
      Application: app,
      location: { href: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/huibiao_0.1.0/index.html" },
      confirm: (m: string) => (confirms.push(m), false),
    };
    window.window = window;
    runInLegacyChromium(read("main.js"), {
      window,
      self: window,
      URL,
      TextEncoder,
      TextDecoder,
      console,
      setTimeout,
      clearTimeout,
    });

    const ribbon = read("ribbon.xml");
    const callbacks = [...new Set([...ribbon.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g)].map((m) => m[1]))];
    expect(callbacks.length).toBeGreaterThan(0);
    expect(callbacks.filter((cb) => typeof window[cb] !== "function")).toEqual([]);
    expect((window.OnAddinLoad as () => boolean)()).toBe(true);
    for (const m of ribbon.matchAll(/<button id="(\w+)"/g))
      expect((window.OnAction as (c: { Id: string }) => boolean)({ Id: m[1] })).toBe(true);
    expect(panes).toHaveLength(1);
    expect(panes[0].url).toBe(
      "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/huibiao_0.1.0/taskpane.html?panel=merge",
    );
    expect(panes[0].pane.Visible).toBe(true);

    // The guard registered on load stops a save with errors.
    const host = new WpsHost(et);
    await insertTemplates(host, [schema("talks")], FORMS);
    et.userTypes("附件2 大谈话统计表", "C3", "办公室");
    talk(1, { date: "2023-02-30" }).forEach(
      (v, c) =>
        v !== null && et.userTypes("附件2 大谈话统计表", `${String.fromCharCode(65 + c)}5`, v as string | number),
    );
    expect(et.userSaves()).toBe(false);
    expect(confirms[0]).toMatch(/1 个错误/);
  });
});

describe("dist/wps-offline: the layout Kingsoft's wpsjs build makes for an offline install", () => {
  const OFFLINE = join(__dirname, "../../dist/wps-offline");
  const attributes = (xml: string) =>
    Object.fromEntries([...xml.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

  it("publish.xml has the attributes wpsjs writes (compared with the wpsjs package's own template)", () => {
    const build = readFileSync(join(__dirname, "../../node_modules/wpsjs/src/lib/build.js"), "utf8");
    const template = /<jsplugin [^>]*\/>/.exec(build.slice(build.indexOf("function CreatePublishXml")))![0];
    const theirs = attributes(
      template
        .replace(/\$\{nameStr\}/g, "huibiao")
        .replace(/\$\{typeStr\}/g, "et")
        .replace(/\$\{versionStr\}/g, "0.1.0"),
    );
    const ours = readFileSync(join(OFFLINE, "publish.xml"), "utf8");
    expect(Object.keys(theirs).sort()).toEqual(["customDomain", "enable", "install", "name", "type", "url", "version"]);
    expect(attributes(/<jsplugin [^>]*\/>/.exec(ours)![0])).toEqual(theirs);
    expect(readFileSync(join(DIR, "publish.xml"), "utf8")).toBe(ours);
  });

  it("puts the add-in in the folder name_version beside publish.xml, with install scripts that copy both", () => {
    const folder = "huibiao_0.1.0";
    expect(readdirSync(OFFLINE).sort()).toEqual(["huibiao_0.1.0", "install.bat", "install.sh", "publish.xml"]);
    for (const f of ["ribbon.xml", "index.html", "main.js", "taskpane.html"])
      expect(existsSync(join(OFFLINE, folder, f))).toBe(true);
    expect(readFileSync(join(OFFLINE, "install.bat"), "utf8")).toContain("%appdata%\\kingsoft\\wps\\jsaddons");
    const sh = readFileSync(join(OFFLINE, "install.sh"), "utf8");
    expect(sh).toContain(".local/share/Kingsoft/wps/jsaddons");
    const home = mkdtempSync(join(tmpdir(), "huibiao-home-"));
    expect(spawnSync("sh", [join(OFFLINE, "install.sh")], { env: { ...process.env, HOME: home } }).status).toBe(0);
    const dest = join(home, ".local/share/Kingsoft/wps/jsaddons");
    expect(readdirSync(dest).sort()).toEqual(["huibiao_0.1.0", "publish.xml"]);
    expect(existsSync(join(dest, folder, "ribbon.xml"))).toBe(true);
  });
});
