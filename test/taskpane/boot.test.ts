/** @jest-environment ./test/helpers/jsdom-environment.cjs */
import { describe, expect, it } from "@jest/globals";
import { detectServices, mimeOf, wpsApplication } from "../../src/taskpane/boot";
import { looksLikeOffice } from "../../src/hosts/excel/office";
import { EtFake } from "../fakes/wps/et";
import { inlineJobs } from "../../src/taskpane/inline-jobs";

describe("where the pane runs (decided in one place)", () => {
  it("in WPS: window.Application is the ET object model", async () => {
    const win = Object.assign(Object.create(window) as Window, { Application: new EtFake() });
    expect(wpsApplication(win)).toBeTruthy();
    const services = await detectServices(win, inlineJobs);
    expect(services.mode).toBe("wps");
    expect(services.host?.kind).toBe("wps");
    expect(typeof services.pickFiles).toBe("function");
  });

  it("in a plain browser: standalone, and office.js is never loaded", async () => {
    const services = await detectServices(window, inlineJobs);
    expect(services.mode).toBe("standalone");
    expect(services.host).toBeNull();
    expect(document.querySelector('script[src*="office.js"]')).toBeNull();
  });

  const plain = (extra: Record<string, unknown> = {}, search = "") => {
    const win = {
      location: { search },
      name: "",
      sessionStorage: { getItem: () => null },
      external: {},
      ...extra,
    } as unknown as Window & { parent: Window };
    if (!("parent" in extra)) win.parent = win;
    return win;
  };

  it.each([
    ["a plain page", plain(), false],
    ["a page opened with ?panel=merge", plain({}, "?panel=merge"), false],
    ["the _host_Info parameter (Excel on Windows)", plain({}, "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0"), true],
    ["a host-info bridge on window.external", plain({ external: { GetHostInfo: () => "" } }), true],
    ["Office for Mac's agaveHost", plain({ agaveHost: {} }), true],
    ["WebView2", plain({ chrome: { webview: {} } }), true],
    ["a host-info window name", plain({ name: JSON.stringify({ hostInfo: "Excel|Web|16.00" }) }), true],
    [
      "a stored host-info value",
      plain({ sessionStorage: { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Web$16.00" : null) } }),
      true,
    ],
    ["an iframe (Excel on the web)", plain({ parent: {} }), true],
  ])("%s: Office is %s", (_name, win, office) => {
    expect(looksLikeOffice(win)).toBe(office);
  });

  it("in older WPS builds: wps.EtApplication() gives the ET object model", async () => {
    const et = new EtFake();
    const win = Object.assign(Object.create(window) as Window, { wps: { EtApplication: () => et } });
    expect(wpsApplication(win)).toBe(et);
    expect((await detectServices(win, inlineJobs)).mode).toBe("wps");
  });

  it("an object called Application that is not WPS's is not taken for WPS", () => {
    const win = Object.assign(Object.create(window) as Window, { Application: { name: "something else" } });
    expect(wpsApplication(win)).toBeNull();
  });
});

describe("downloads say what they are", () => {
  it.each([
    ["汇总表-第一季度-20231127.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["退回修改-20231127.zip", "application/zip"],
    ["第一季度-模板.ZIP", "application/zip"],
    ["催交通知-20231127.txt", "text/plain;charset=utf-8"],
  ])("%s → %s", (name, type) => expect(mimeOf(name)).toBe(type));
});
