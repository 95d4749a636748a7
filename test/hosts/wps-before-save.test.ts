import { issue } from "../../src/core/validate/issue";
import { describe, expect, it } from "@jest/globals";
import { guardSaves, saveQuestion } from "../../src/app/workbook/before-save";
import { insertTemplates } from "../../src/app/workbook/templates";
import { LiveValidator } from "../../src/app/workbook/live";
import { schema, talk, CHECK, FORMS } from "../helpers/sheets";
import { wpsUnderTest } from "./under-test";

const SHEET = "附件2 大谈话统计表";

async function filled(date = "2023-01-05") {
  const under = wpsUnderTest();
  await insertTemplates(under.host, [schema("talks")], FORMS);
  under.et.userTypes(SHEET, "C3", "办公室");
  talk(1, { date }).forEach(
    (v, c) => v !== null && under.et.userTypes(SHEET, `${String.fromCharCode(65 + c)}5`, v as string | number),
  );
  return under;
}

describe("WPS: validation that can stop a save", () => {
  it("a clean workbook saves without a question", async () => {
    const { et, host } = await filled();
    const asked: string[] = [];
    guardSaves(
      host,
      () => CHECK,
      (m) => (asked.push(m), false),
    );
    expect(et.userSaves()).toBe(true);
    expect(asked).toEqual([]);
    expect(et.saves).toBe(1);
  });

  it("errors cancel the save (ApiEvent.Cancel) and say what and where; the cells are marked", async () => {
    const { et, host, book } = await filled("2023年23月底前");
    const asked: string[] = [];
    guardSaves(
      host,
      () => CHECK,
      (m) => (asked.push(m), false),
    );
    expect(et.userSaves()).toBe(false);
    expect(et.ApiEvent.Cancel).toBe(true);
    expect(et.saves).toBe(0);
    expect(asked[0]).toMatch(/1 个错误/);
    expect(asked[0]).toContain(`「${SHEET}」G5`);
    expect(book.sheet(SHEET)!.peek(4, 6)?.fill).toBe("#FFC7CE");
    expect(book.sheet(SHEET)!.notes.get("G5")).toMatch(/^汇表助手：/);
  });

  it("the user can save anyway", async () => {
    const { et, host } = await filled("2023-02-30");
    guardSaves(
      host,
      () => CHECK,
      () => true,
    );
    expect(et.userSaves()).toBe(true);
    expect(et.saves).toBe(1);
  });

  it("a fixed workbook saves again, and its marks are gone", async () => {
    const { et, host, book } = await filled("2023-02-30");
    guardSaves(
      host,
      () => CHECK,
      () => false,
    );
    expect(et.userSaves()).toBe(false);
    et.userTypes(SHEET, "G5", "2023-02-28");
    expect(et.userSaves()).toBe(true);
    expect(book.sheet(SHEET)!.peek(4, 6)?.fill).toBeUndefined();
    expect(book.sheet(SHEET)!.notes.has("G5")).toBe(false);
  });

  it("a failure inside validation never blocks the save, and is reported", async () => {
    const { et, host } = await filled("2023-02-30");
    const reports: unknown[] = [];
    guardSaves(
      host,
      () => {
        throw new Error("boom");
      },
      () => false,
      (o) => reports.push(o.error?.message),
    );
    expect(et.userSaves()).toBe(true);
    expect(reports).toEqual(["boom"]);
  });

  it("the question lists at most a few cells", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({
      ...issue("date.format", { column: "谈话时间" }, { severity: "error", cell: `G${i + 5}`, value: "" }),
      message: "日期不对",
    }));
    const q = saveQuestion({
      sheets: [{ sheet: SHEET, annex: schema("talks"), unit: "办公室", rows: 12, issues }],
      errors: 12,
      warnings: 0,
    });
    expect(q).toContain("另有 4 处");
  });

  it("SheetChange drives live validation of the edited rows", async () => {
    const { et, host } = await filled();
    const seen: string[][] = [];
    const live = new LiveValidator(
      host,
      () => CHECK,
      (r) => seen.push(r.issues.map((i) => i.cell)),
      10_000,
    );
    expect(await live.start()).toBe(true);
    et.userTypes(SHEET, "G5", "2023-13-01");
    await live.flush();
    expect(seen.at(-1)).toEqual(["G5"]);
    live.dispose();
    et.userTypes(SHEET, "G5", "2023-01-01");
    await live.flush();
    expect(seen).toHaveLength(1);
  });
});

describe("WPS: its own writes are not edits", () => {
  it("inserting templates and saving settings fire SheetChange, but live validation ignores them", async () => {
    const { wpsUnderTest } = await import("./under-test");
    const { et, host } = wpsUnderTest();
    const seen: string[] = [];
    const live = new LiveValidator(
      host,
      () => CHECK,
      (r) => seen.push(r.sheet),
      10_000,
    );
    await live.start();
    await insertTemplates(host, [schema("talks"), schema("research")], FORMS);
    await host.saveSettings({ roster: "办公室" });
    await live.flush();
    expect(seen).toEqual([]);
    et.userTypes(SHEET, "C3", "办公室");
    await live.flush();
    expect(seen).toEqual([SHEET]);
    live.dispose();
  });
});

describe("WPS: 校验并保存 from the pane and the save guard", () => {
  it("after the pane validated and the user chose to save, the guard does not ask again", async () => {
    const { validateAndSave } = await import("../../src/app/workbook/validate-workbook");
    const { WpsHost } = await import("../../src/hosts/wps/wps-host");
    const { SAVE_APPROVED } = await import("../../src/hosts/wps/wps-host");
    const { et } = await filled("2023-02-30");
    const shared = new Map<string, string>();
    const storage = {
      getItem: (k: string) => shared.get(k) ?? null,
      setItem: (k: string, v: string) => void shared.set(k, v),
    };
    const guardAsks: string[] = [];
    // main.js's guard and the pane's host are two instances on two pages, sharing PluginStorage.
    guardSaves(
      new WpsHost(et, { storage }),
      () => CHECK,
      (m) => (guardAsks.push(m), false),
      undefined,
      () => storage.getItem(SAVE_APPROVED) === "1",
    );
    const pane = new WpsHost(et, { storage });
    const outcome = await validateAndSave(pane, CHECK, async () => true);
    expect(outcome.outcome).toBe("saved");
    expect(et.saves).toBe(1);
    expect(guardAsks).toEqual([]);
    // A save the user starts with Ctrl+S afterwards is guarded again.
    expect(et.userSaves()).toBe(false);
    expect(guardAsks).toHaveLength(1);
  });
});

describe("WPS: reading is cheap enough for the before-save event", () => {
  it.each([100, 5000])("reads a %i-row return with dates and merged cells in far fewer calls than cells", async (n) => {
    const { returnSheet } = await import("../../src/app/demo/return-sheet");
    const { random, talkRows } = await import("../../src/app/demo/samples");
    const { plainModel } = await import("./contract");
    const { wpsUnderTest } = await import("./under-test");
    const { et, host } = wpsUnderTest();
    const data = returnSheet(schema("talks"), talkRows(random(n), "办公室", n), {
      unit: "办公室",
      sheetName: "报表",
      mergeDown: ["talker"],
    });
    const model = plainModel(data);
    await host.insertSheets({
      ...model,
      sheets: [
        {
          ...model.sheets[0],
          rows: model.sheets[0].rows.map((row) =>
            row.map((c) => (c && typeof c.v === "object" && c.v !== null ? { v: c.v, s: "date" as const } : c)),
          ),
        },
      ],
    });
    et.calls = 0;
    const [read] = host.readSheetsSync(["报表"]);
    // One call per cell would be 10,000+ for 5,000 rows (dates, numbers, merges); halving keeps it small.
    expect(et.calls).toBeLessThan(200 + n / 5);
    expect(read.merges).toEqual(expect.arrayContaining([...data.merges]));
    const dateCol = schema("talks").columns.findIndex((c) => c.key === "date");
    expect(read.rows[4][dateCol]).toEqual(data.rows[4][dateCol]);
  });
});

describe("WPS: the pane learns whether the save happened", () => {
  it("校验并保存 reports a save the guard cancelled as not saved", async () => {
    const { validateAndSave } = await import("../../src/app/workbook/validate-workbook");
    const { WpsHost } = await import("../../src/hosts/wps/wps-host");
    const { et } = await filled("2023-02-30");
    // A guard without the pane's approval (say, an older main.js): it refuses.
    guardSaves(
      new WpsHost(et),
      () => CHECK,
      () => false,
    );
    const outcome = await validateAndSave(new WpsHost(et), CHECK, async () => true);
    expect(outcome.outcome).toBe("refused");
    expect(et.saves).toBe(0);
  });
});

/** What a user could see of a workbook: sheets and their order, visibility, cells, names, validations, notes, the active sheet. */
function snapshot(book: import("../fakes/excel/book").FakeBook): string {
  return JSON.stringify({
    active: book.active,
    names: [...book.names.values()],
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells].filter(([, c]) => Object.keys(c).length).sort(),
      names: [...s.names.values()],
      validations: s.validations,
      notes: [...s.notes],
      merges: s.merges,
    })),
  });
}

describe("WPS: the save guard and workbooks that are not Huibiao's", () => {
  it("a save of a workbook without any annex sheet leaves it exactly as the user had it", () => {
    const { et, host, book } = wpsUnderTest();
    book.sheets[0].cell(0, 0).value = "部门预算";
    book.sheets[0].cell(1, 1).value = 12345;
    const second = new (book.sheets[0].constructor as typeof import("../fakes/excel/book").FakeSheet)("明细");
    second.cell(0, 0).value = "序号";
    second.cell(0, 1).value = "金额";
    book.sheets.push(second);
    book.active = "明细";
    book.names.set("总额", { name: "总额", formula: "=Sheet1!$B$2", visible: true });
    const before = snapshot(book);
    const asked: string[] = [];
    guardSaves(
      host,
      () => CHECK,
      (m) => (asked.push(m), false),
    );
    expect(et.userSaves()).toBe(true);
    expect(snapshot(book)).toBe(before);
    expect(asked).toEqual([]);
  });

  it("marking an annex workbook keeps the user on the sheet they were on", async () => {
    const { et, host, book } = await filled("2023-02-30");
    book.active = SHEET;
    guardSaves(
      host,
      () => CHECK,
      () => false,
    );
    expect(et.userSaves()).toBe(false);
    expect(book.sheets.some((s) => s.name === "_huibiao")).toBe(true);
    expect(book.active).toBe(SHEET);
  });

  it("a refused save does not stay refused: WPS keeps Cancel set, so the guard sets it back", async () => {
    const { et, host } = await filled("2023-02-30");
    guardSaves(
      host,
      () => CHECK,
      () => false,
    );
    expect(et.userSaves()).toBe(false);
    et.userTypes(SHEET, "G5", "2023-02-28");
    expect(et.userSaves()).toBe(true);
    expect(et.ApiEvent.Cancel).toBe(false);
  });

  it("never undoes another add-in's refusal", async () => {
    const { et, host } = await filled();
    et.ApiEvent.AddApiEventListener("WorkbookBeforeSave", () => (et.ApiEvent.Cancel = true));
    guardSaves(
      host,
      () => CHECK,
      () => false,
    );
    expect(et.userSaves()).toBe(false);
  });

  it("two listeners of one page do not remove each other (RemoveApiEventListener removes all of a page's)", async () => {
    const { et, host } = await filled();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await host.watchChanges!((sheet) => first.push(sheet));
    const stopSecond = await host.watchChanges!((sheet) => second.push(sheet));
    stopFirst();
    et.userTypes(SHEET, "B6", "张三");
    expect(first).toEqual([]);
    expect(second).toEqual([SHEET]);
    stopSecond();
    et.userTypes(SHEET, "B7", "李四");
    expect(second).toEqual([SHEET]);
  });
});

describe("WPS: a used range stretched by a stray entry far from the form", () => {
  it("XFD1048576 typed beside the form: the save is decided in a bounded number of calls, the entry said", async () => {
    const callsToSave = async (stray: boolean) => {
      const { et, host } = await filled();
      if (stray) et.userTypes(SHEET, "XFD1048576", "已核对");
      guardSaves(
        host,
        () => CHECK,
        (m) => (asked.push(m), false),
      );
      const calls = et.calls;
      // Errors stop a save; this is a warning, so the workbook saves, as a clean one does.
      expect(et.userSaves()).toBe(true);
      return { calls: et.calls - calls, host };
    };
    const asked: string[] = [];
    const clean = await callsToSave(false);
    const { calls, host } = await callsToSave(true);
    expect(asked).toEqual([]);
    // Narrowing 17 billion cells to the form and the entry: a few hundred COUNTA calls more.
    expect(calls - clean.calls).toBeLessThan(600);
    const [sheet] = host.readSheetsSync([SHEET]);
    expect(sheet.beyond).toEqual([{ r: 1_048_575, c: 16_383, value: "已核对" }]);
    expect(sheet.rows.length).toBeLessThan(1000);
  });

  it("values scattered over the whole sheet: reading says the sheet is too large, and what to do", async () => {
    const { book, host } = await filled();
    for (let i = 0; i < 600; i++) book.sheet(SHEET)!.cell(1999 + i * 1700, i * 27).value = "x";
    expect(() => host.readSheetsSync([SHEET])).toThrow(/已用区域 .* 太大，内容又分散在各处，无法读取：请按 Ctrl\+End/);
  });
});
