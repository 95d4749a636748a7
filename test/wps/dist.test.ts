/**
 * dist/wps/, the jsaddon as WPS loads it: ribbon.xml (no XML declaration, callbacks that exist),
 * index.html loading main.js, the pane page with its scripts, the deployment files. The built
 * main.js is run against the ET fake: the ribbon opens the pane, and the save guard is live.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "acorn";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
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
    expect(read("publish.xml")).toMatch(/<jsplugin name="huibiao" type="et" version="\d+\.\d+\.\d+"/);
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
    runInNewContext(read("main.js"), {
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
