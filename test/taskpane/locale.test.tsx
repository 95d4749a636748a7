/**
 * @jest-environment ./test/helpers/jsdom-environment.cjs
 *
 * English is fetched the first time it is wanted (src/taskpane/i18n/load-locale.ts). The tests
 * here run before anything in this file loads it: the order of the tests matters.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { AnnexRegistry } from "../../src/core/schema/registry";
import type { Locale } from "../../src/core/i18n/text";
import { App } from "../../src/taskpane/App";
import { inlineJobs } from "../../src/taskpane/inline-jobs";
import { hasCatalog, text } from "../../src/core/i18n/text";
import { useLocaleState, LOCALE_KEY } from "../../src/taskpane/i18n/use-locale-state";
import { renderPane } from "./render";

const stored = (value: string | null) => {
  const memory = new Map<string, string>(value ? [[LOCALE_KEY, value]] : []);
  return {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
  };
};

describe("the pane's languages", () => {
  it("English is not in the first download: until it is fetched, Chinese stands in", async () => {
    await jest.isolateModulesAsync(async () => {
      const fresh = await import("../../src/core/i18n/text");
      const { loadLocale } = await import("../../src/taskpane/i18n/load-locale");
      expect(fresh.hasCatalog("en")).toBe(false);
      expect(fresh.text("en", "tabMerge")).toBe("汇总");
      await loadLocale("en");
      expect(fresh.hasCatalog("en")).toBe(true);
      expect(fresh.text("en", "tabMerge")).toBe("Merge");
    });
  });

  it("the pane tells why its language button did nothing", async () => {
    const services = {
      mode: "standalone" as const,
      host: null,
      forms: new AnnexRegistry(),
      jobs: inlineJobs,
      download: () => undefined,
      loadLocale: () => Promise.reject(new Error("ChunkLoadError")),
    };
    expect(hasCatalog("en")).toBe(false);
    render(<App services={services} initialPanel="merge" initialLocale="en" />);
    expect((await screen.findByRole("status")).textContent).toContain("英文界面未能载入");
    expect(screen.getByRole("tab", { name: "汇总" })).toBeTruthy();
  });

  it("English last chosen: shown once fetched, Chinese meanwhile", async () => {
    expect(hasCatalog("en")).toBe(false);
    const { result } = renderHook(() => useLocaleState(undefined, stored("en")));
    expect(result.current.locale).toBe("zh-CN");
    await waitFor(() => expect(result.current.locale).toBe("en"));
    expect(text("en", "tabMerge")).toBe("Merge");
  });

  it("choosing a language keeps it for the next time", async () => {
    const store = stored(null);
    const { result } = renderHook(() => useLocaleState(undefined, store));
    expect(result.current.locale).toBe("zh-CN");
    act(() => result.current.setLocale("en"));
    await waitFor(() => expect(result.current.locale).toBe("en"));
    expect(store.getItem(LOCALE_KEY)).toBe("en");
    act(() => result.current.setLocale("zh-CN"));
    await waitFor(() => expect(result.current.locale).toBe("zh-CN"));
  });

  it("English that cannot be downloaded: the pane stays in Chinese, says so, and tries again when chosen again", async () => {
    let online = false;
    const tried: Locale[] = [];
    const load = (l: Locale) => {
      tried.push(l);
      return online ? Promise.resolve() : Promise.reject(new Error("ChunkLoadError: Loading chunk en failed"));
    };
    const store = stored(null);
    const { result } = renderHook(() => useLocaleState(undefined, store, load));
    act(() => result.current.setLocale("en"));
    await waitFor(() => expect(result.current.failed).toBe("en"));
    expect(result.current.locale).toBe("zh-CN");
    online = true;
    act(() => result.current.setLocale("en"));
    await waitFor(() => expect(result.current.locale).toBe("en"));
    expect(result.current.failed).toBeUndefined();
    expect(tried).toEqual(["en", "en"]);
  });

  it("the address's language wins over the one kept", () => {
    const { result } = renderHook(() => useLocaleState("zh-CN", stored("en")));
    expect(result.current.locale).toBe("zh-CN");
  });

  it("the pane opened in English (?lang=en) says everything in English", async () => {
    renderPane(null, "merge", false, undefined, undefined, "en");
    expect(await screen.findByRole("tab", { name: "Merge" })).toBeTruthy();
  });
});
