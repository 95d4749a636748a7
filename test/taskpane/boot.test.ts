// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { detectServices, wpsApplication } from "../../src/taskpane/boot";
import { looksLikeOffice } from "../../src/hosts/excel/office";
import { EtFake } from "../fakes/wps/et";

describe("where the pane runs (decided in one place)", () => {
  it("in WPS: window.Application is the ET object model", async () => {
    const win = Object.assign(Object.create(window) as Window, { Application: new EtFake() });
    expect(wpsApplication(win)).toBeTruthy();
    const services = await detectServices(win);
    expect(services.mode).toBe("wps");
    expect(services.host?.kind).toBe("wps");
    expect(services.pickFiles).toBeTypeOf("function");
  });

  it("in a plain browser: standalone, and office.js is never loaded", async () => {
    const services = await detectServices(window);
    expect(services.mode).toBe("standalone");
    expect(services.host).toBeNull();
    expect(document.querySelector('script[src*="office.js"]')).toBeNull();
  });

  it.each([
    ["?_host_Info=Excel$Win32$16.01$zh-CN", true],
    ["?panel=merge", false],
    ["", false],
  ])("looks like Office with the address %s: %s", (search, office) => {
    const win = { location: { search }, sessionStorage: { getItem: () => null }, parent: null as unknown } as unknown as Window;
    (win as unknown as { parent: Window }).parent = win;
    expect(looksLikeOffice(win)).toBe(office);
  });

  it("an object called Application that is not WPS's is not taken for WPS", () => {
    const win = Object.assign(Object.create(window) as Window, { Application: { name: "something else" } });
    expect(wpsApplication(win)).toBeNull();
  });
});
