/** @jest-environment ./test/helpers/jsdom-environment.cjs */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "@jest/globals";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { insertTemplates } from "../../src/app/workbook/templates";
import { excelUnderTest } from "../hosts/under-test";
import { schema, talk, FORMS, TALKS_HEADER } from "../helpers/sheets";
import { demoFiles, panel, renderPane } from "./render";
import { AnnexRegistry } from "../../src/core/schema/registry";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { INSIGHTS, insightsReturn } from "../helpers/sixth-form";
import type { CellValue } from "../../src/core/sheet/types";
import { MemoryWorkbookHost } from "../../src/hosts/file/memory-host";

afterEach(cleanup);
const SHEET = "附件2 大谈话统计表";
const TALKS_ROW = TALKS_HEADER.join("\t");

describe("模板 panel", () => {
  it("inserts the chosen templates into the workbook and then says they are there", async () => {
    const { host, book } = excelUnderTest();
    renderPane(host, "templates");
    expect(await screen.findAllByText("尚未插入")).toHaveLength(5);
    await userEvent.click(screen.getByRole("button", { name: "插入所选模板" }));
    expect(await screen.findByText(/已插入：附件2 大谈话统计表/)).toBeTruthy();
    expect(book.sheet(SHEET)).toBeTruthy();
    expect(book.sheet("附件1 任务清单")).toBeUndefined();
    expect(screen.getAllByText(/已有：/)).toHaveLength(4);
  });

  it("warns when nothing is chosen", async () => {
    const { host } = excelUnderTest();
    renderPane(host, "templates");
    await userEvent.click(screen.getByRole("checkbox", { name: "全选" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "全选" }));
    await userEvent.click(screen.getByRole("button", { name: "插入所选模板" }));
    expect(await screen.findByText("请至少选择一个附件")).toBeTruthy();
  });

  it("standalone: downloads the chosen templates as one workbook", async () => {
    const pane = renderPane(null, "templates");
    expect(screen.getByTestId("mode").textContent).toMatch(/独立网页/);
    await userEvent.click(screen.getByRole("button", { name: "下载所选模板" }));
    await screen.findByText(/已下载/);
    expect(pane.downloads).toHaveLength(1);
    const names = readWorkbook(pane.downloads[0].bytes, pane.downloads[0].name).sheets.map((s) => s.name);
    expect(names).toEqual([
      "附件2 大谈话统计表",
      "附件3 大调研课题申报表",
      "附件4 提建议清单",
      "附件5 办实事征集表",
      "_lists",
    ]);
  });
});

describe("校验 panel", () => {
  async function workbookWithMistakes() {
    const under = excelUnderTest();
    await insertTemplates(under.host, [schema("talks")], FORMS);
    const sheet = under.book.sheet(SHEET)!;
    sheet.cell(2, 2).value = "办公室";
    [talk(1), talk(2, { date: "2023年23月底前" }), talk(3)].forEach((row, i) =>
      row.forEach((v, c) => v !== null && (sheet.cell(4 + i, c).value = v as string | number)),
    );
    return under;
  }

  it("lists issues by sheet with counts and goes to the cell when one is clicked", async () => {
    const { host, book } = await workbookWithMistakes();
    renderPane(host, "validate");
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    expect(await screen.findByText(/1 个错误/)).toBeTruthy();
    const link = screen.getByRole("button", { name: "转到 G6" });
    expect(link.closest("li")?.textContent).toMatch(/23/);
    await userEvent.click(link);
    await waitFor(() => expect(book.selection).toBe(`${SHEET}!G6`));
    expect(book.sheet(SHEET)!.peek(5, 6)?.fill).toBe("#FFC7CE");
  });

  it("校验并保存 does not save with errors unless the user confirms", async () => {
    const { host, book } = await workbookWithMistakes();
    const pane = renderPane(host, "validate", false);
    await userEvent.click(screen.getByRole("button", { name: "校验并保存" }));
    expect(await screen.findByText(/有错误，未保存/)).toBeTruthy();
    expect(pane.confirms[0]).toMatch(/还有 1 个错误/);
    expect(book.saves).toBe(0);
    await userEvent.click(screen.getByRole("button", { name: "仍然保存" }));
    expect(await screen.findByText("已保存")).toBeTruthy();
    expect(book.saves).toBe(1);
  });

  it("clears the marks it painted", async () => {
    const { host, book } = await workbookWithMistakes();
    renderPane(host, "validate");
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await screen.findByText(/1 个错误/);
    await userEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(book.sheet(SHEET)!.peek(5, 6)?.fill).toBeUndefined());
  });

  it("standalone: validates chosen files and names file, sheet and cell", async () => {
    renderPane(null, "validate");
    const { files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), [
      files.find((f) => f.name.startsWith("办公室"))!,
      files[files.length - 1],
    ]);
    expect(await screen.findByText(/已选 2 个文件/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await screen.findByText(/个错误/);
    const items = document.querySelectorAll("li[data-code=date]");
    expect(items.length).toBeGreaterThan(0);
    expect(screen.getAllByText("无法读取").length).toBe(1);
    expect(screen.getAllByText(/附件2 大谈话统计表 · 填报单位：办公室/).length).toBeGreaterThan(0);
  });

  it("lists 200 issues of a list at first and 200 more at each click, the count saying them all", async () => {
    const bytes = talksWithMonth13(450); // 450 errors in one sheet
    renderPane(null, "validate");
    await userEvent.upload(panel().getByTestId("file-input"), [new File([new Uint8Array(bytes)], "宣教科.xlsx")]);
    await userEvent.click(await screen.findByRole("button", { name: "开始校验" }));
    await screen.findByText("错误（450）");
    const listed = () => document.querySelectorAll("li[data-code=date]").length;
    expect(listed()).toBe(200);
    await userEvent.click(screen.getByRole("button", { name: "再显示 200 条（还有 250 条未列出）" }));
    expect(listed()).toBe(400);
    await userEvent.click(screen.getByRole("button", { name: "再显示 50 条（还有 50 条未列出）" }));
    expect(listed()).toBe(450);
    expect(screen.queryByRole("button", { name: /再显示/ })).toBeNull();
  });

  it("says when a sheet shows only the first 1,000 of its issues as marks", async () => {
    const host = MemoryWorkbookHost.open(talksWithMonth13(1050), "宣教科.xlsx");
    renderPane(host, "validate");
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    expect((await screen.findByTestId("marks-capped")).textContent).toBe(
      "表中只标出了前 1000 处（先错误、后提醒），这张表共 1050 处，全部列在下面",
    );
    expect(host.marksOn("附件2")).toHaveLength(1000);
  });
});

/** 宣教科's 附件2 with `n` talks pasted in, each dated in the month 13: an error a row. */
function talksWithMonth13(n: number): Uint8Array {
  const rows: CellValue[][] = [
    ["学习宣传贯彻党的二十大精神·大谈话统计表"],
    ["填报单位：", "宣教科"],
    [...TALKS_HEADER],
  ];
  for (let i = 0; i < n; i++)
    rows.push([
      i + 1,
      "张三",
      "宣教科科长",
      `对象${i}`,
      "宣教科科员",
      "王五",
      `2023年13月${(i % 28) + 1}日`,
      "会议室",
      "谈心谈话",
    ]);
  return writeSheetsAs([{ name: "附件2", rows, merges: [] }], "xlsx");
}

describe("汇总 panel", () => {
  it("merges returned files into summary sheets, keeps the roster in the workbook and shows each unit's status", async () => {
    const { host, book } = excelUnderTest();
    renderPane(host, "merge");
    const { roster, files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), files);
    await userEvent.click(screen.getByRole("textbox"));
    await userEvent.paste(roster.join("\n"));
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(await screen.findByText(/汇总完成/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(book.sheet("汇总概况")).toBeTruthy();
    expect(book.sheet("汇总 附件2 大谈话统计表")).toBeTruthy();
    const table = await screen.findByRole("table", { name: "各单位情况" });
    const row = (unit: string) => within(table).getByText(unit).closest("tr")!;
    expect(row("沅江分局").querySelector("[data-state=missing]")).toBeTruthy();
    expect(row("办公室").querySelector("[data-flag=errors]")?.textContent).toBe("错误 2");
    expect(row("法规科").querySelector("[data-flag=replaced]")).toBeTruthy();
    // What the re-submission changed is said on the unit's row (the demo's 修改稿 corrects two cells).
    const changes = [...row("法规科").querySelectorAll("[data-testid=unit-note]")].map((e) => e.textContent);
    expect(changes).toContain("附件2 大谈话统计表：新增 0 行，删除 0 行，改动 2 处");
    expect(changes).toContain("附件3 大调研课题申报表：内容与被替换的报送相同");
    // 人事科 sent 附件2 and 3 only: partly returned (the words the summary workbook uses), and what it lacks is named.
    expect(row("人事科").querySelector("[data-state=missing]")).toBeNull();
    expect(row("人事科").querySelector("[data-state=partial]")?.textContent).toBe("部分未报：附件4、附件5");
    expect(row("办公室").querySelector("[data-state=returned]")?.textContent).toBe("已报");
    expect(panel().getByTestId("rejected").textContent).toMatch(/\.docx|不是表格/);
    expect(await host.loadSetting("roster")).toBe(roster.join("\n"));
  });

  it("standalone: downloads the summary workbook", async () => {
    const pane = renderPane(null, "merge");
    const { files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), files.slice(0, 3));
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(
      await screen.findByText(/已下载 汇总表-学习宣传贯彻党的二十大精神报送-\d{8}\.xlsx/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    const sheets = readWorkbook(pane.downloads[0].bytes, "汇总表.xlsx").sheets.map((s) => s.name);
    expect(sheets[0]).toBe("汇总概况");
  });

  it.each([
    ["picked one by one", "file-input"],
    ["in a chosen folder", "folder-input"],
  ])(
    "standalone: lists a unit's stamped copy apart from the files to chase, and says the PDF a unit sent alone (%s)",
    async (_, input) => {
      renderPane(null, "merge");
      const { files } = demoFiles();
      const first = files[0].name.split("-")[0]; // 办公室-学习宣传贯彻二十大精神报表.xlsx
      // In a folder, a file's path is its webkitRelativePath (回收文件/法规科.pdf).
      const inFolder = (f: File) => {
        if (input === "folder-input") Object.defineProperty(f, "webkitRelativePath", { value: `回收文件/${f.name}` });
        return f;
      };
      const pdf = (name: string) => inFolder(new File(["%PDF-1.7\n"], name));
      // Picked with the dialog's 所有文件 (*.*): the input's accept list leaves PDFs out otherwise.
      await userEvent
        .setup({ applyAccept: false })
        .upload(panel().getByTestId(input), [
          inFolder(new File([files[0]], files[0].name)),
          pdf(`${first}（盖章）.pdf`),
          pdf("法规科.pdf"),
        ]);
      expect(panel().queryByTestId("skipped")).toBeNull();
      await userEvent.click(screen.getByRole("textbox"));
      await userEvent.paste(`${first}\n法规科`);
      await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
      expect(await screen.findByText(/已下载 汇总表/, {}, { timeout: 10_000 })).toBeTruthy();
      expect(panel().getByTestId("rejected").textContent).toMatch(
        /^(回收文件\/)?法规科\.pdf：这是 \.pdf 文件（打印或扫描成的版式文件）/,
      );
      expect(panel().getByTestId("companions").textContent).toMatch(
        new RegExp(`${first}（盖章）\\.pdf：${first}应报的表格都已从其他文件汇总`),
      );
      const table = await screen.findByRole("table", { name: "各单位情况" });
      const row = within(table).getByText("法规科").closest("tr")!;
      expect(row.textContent).toMatch(/收到的「(回收文件\/)?法规科\.pdf」未能汇总/);
    },
  );

  it("standalone: many photos of nobody's in a chosen folder make one entry of the files not merged", async () => {
    renderPane(null, "merge");
    const { files } = demoFiles();
    const inFolder = (f: File) => {
      Object.defineProperty(f, "webkitRelativePath", { value: `下载/${f.name}` });
      return f;
    };
    const photos = [1, 2, 3, 4, 5].map((i) => inFolder(new File(["x"], `IMG_000${i}.jpg`)));
    await userEvent.upload(panel().getByTestId("folder-input"), [
      inFolder(new File([files[0]], files[0].name)),
      ...photos,
    ]);
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(await screen.findByText(/已下载 汇总表/, {}, { timeout: 10_000 })).toBeTruthy();
    const entries = [...panel().getByTestId("rejected").querySelectorAll("li")].map((li) => li.textContent);
    expect(entries).toEqual([
      "下载/IMG_0001.jpg、下载/IMG_0002.jpg、下载/IMG_0003.jpg 等 5 个文件（全部列在汇总表的「汇总概况」中）：这是图片（.jpg），无法读取其中的内容：请对方在下发的模板中填写后发送表格文件，而不是截图或照片",
    ]);
  });

  it("asks for files before merging", async () => {
    renderPane(null, "merge");
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(await screen.findByText("请先选择交回的文件")).toBeTruthy();
  });

  it("refuses a return's rows pasted as the roster, saying which form they are, and keeps the roster saved", async () => {
    const { host } = excelUnderTest();
    await host.saveSettings({ roster: "办公室\n法规科" });
    renderPane(host, "merge");
    const { files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), files.slice(0, 2));
    const box = await screen.findByRole("textbox");
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe("办公室\n法规科"));
    await userEvent.clear(box);
    // What Excel puts on the clipboard for a return's title, 填报单位 line, header and a row.
    const copied = [
      "附件2",
      "学习宣传贯彻党的二十大精神·大谈话统计表",
      "填报单位：办公室",
      TALKS_ROW,
      talk(1).join("\t"),
    ];
    await userEvent.click(box);
    await userEvent.paste(copied.join("\n"));
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(
      await screen.findByText(/填入的单位名单是报送表格（附件2 大谈话统计表），不是单位名单/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByText(/汇总完成/)).toBeNull();
    expect(await host.loadSetting("roster")).toBe("办公室\n法规科");
  });
});

describe("language", () => {
  it("switches the pane to English and back", async () => {
    renderPane(null, "templates");
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Merge" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download selected templates" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(screen.getByRole("tab", { name: "汇总" })).toBeTruthy();
  });

  it("remembers the language chosen for the next time the pane opens", async () => {
    const first = renderPane(null, "templates");
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(first.storage.getItem("huibiao.locale")).toBe("en");
    cleanup();
    renderPane(null, "templates", false, first.storage);
    // findBy: waits (inside act) for the pane's start-up reads too, the roster among them.
    expect(await screen.findByRole("tab", { name: "Merge" })).toBeTruthy();
  });
});

describe("when the workbook refuses", () => {
  it("a failing host shows a clear error and the panel stays usable", async () => {
    const { host } = excelUnderTest();
    let fail = true;
    const flaky = Object.assign(Object.create(host) as typeof host, {
      readSheets: (names: readonly string[]) =>
        fail ? Promise.reject(new Error("工作表受保护，无法读取")) : host.readSheets(names),
    });
    await insertTemplates(host, [schema("talks")], FORMS);
    renderPane(flaky, "validate");
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    expect((await screen.findByRole("alert")).textContent).toBe("出错了：工作表受保护，无法读取");
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    expect(await screen.findByText(/个错误|未发现问题/)).toBeTruthy();
  });

  it("the button refuses a second click while work runs, and keeps the keyboard focus (aria-disabled, not disabled)", async () => {
    const { host } = excelUnderTest();
    let release: () => void = () => undefined;
    let calls = 0;
    const slow = Object.assign(Object.create(host) as typeof host, {
      insertSheets: (...args: Parameters<typeof host.insertSheets>) => {
        calls++;
        return new Promise<Awaited<ReturnType<typeof host.insertSheets>>>(
          (resolve) => (release = () => resolve(host.insertSheets(...args))),
        );
      },
    });
    renderPane(slow, "templates");
    const button = screen.getByRole("button", { name: "插入所选模板" });
    button.focus();
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute("aria-disabled")).toBe("true"));
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(button);
    release();
    await screen.findByText(/已插入/);
    expect(calls).toBe(1);
    expect(button.getAttribute("aria-disabled")).not.toBe("true");
    expect(document.activeElement).toBe(button);
  });
});

describe("校验 panel while typing", () => {
  it("the counts follow live validation: fixing the wrong date clears the error", async () => {
    const { host, book } = excelUnderTest();
    await insertTemplates(host, [schema("talks")], FORMS);
    const sheet = book.sheet(SHEET)!;
    sheet.cell(2, 2).value = "办公室";
    [talk(1), talk(2, { date: "2023-02-30" })].forEach((row, i) =>
      row.forEach((v, c) => v !== null && (sheet.cell(4 + i, c).value = v as string | number)),
    );
    renderPane(host, "validate");
    await screen.findByText("输入时自动校验已开启");
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    expect(await screen.findByText("1 个错误，0 个提醒")).toBeTruthy();
    await book.edit(SHEET, 5, 6, "2023-02-28");
    expect(await screen.findByText("未发现问题（1 个表）", {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "转到 G6" })).toBeNull();
    expect(book.sheet(SHEET)!.peek(5, 6)?.fill).toBeUndefined();
  });
});

describe("汇总 panel and the language switch", () => {
  it("switching the language keeps the roster being typed", async () => {
    const { host } = excelUnderTest();
    await host.saveSettings({ roster: "办公室" });
    renderPane(host, "merge");
    const box = screen.getByRole("textbox");
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe("办公室"));
    await userEvent.type(box, "\n法规科");
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    await new Promise((r) => setTimeout(r, 50));
    expect((screen.getByRole("textbox") as HTMLTextAreaElement).value).toBe("办公室\n法规科");
  });
});

describe("a sixth form added as data reaches the pane", () => {
  const forms = () => {
    const registry = new AnnexRegistry();
    registry.add(INSIGHTS);
    return registry;
  };
  const insightsFile = (unit: string) => {
    const r = insightsReturn(unit);
    return new File([new Uint8Array(writeSheetsAs(r.sheets, "xlsx"))], r.name);
  };

  it("模板 offers it and the downloaded workbook has it", async () => {
    const pane = renderPane(null, "templates", false, undefined, forms());
    // A form units return is chosen by default, like 附件2-5.
    expect((screen.getByRole("checkbox", { name: "附件6 心得体会交流表" }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "下载所选模板" }));
    await screen.findByText(/已下载/);
    const names = readWorkbook(pane.downloads[0].bytes, "t.xlsx").sheets.map((s) => s.name);
    expect(names).toContain("附件6 心得体会交流表");
  });

  it("校验 finds its mistakes", async () => {
    renderPane(null, "validate", false, undefined, forms());
    await userEvent.upload(panel().getByTestId("file-input"), [insightsFile("办公室")]);
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    expect(await panel().findByText(/附件6 心得体会交流表/)).toBeTruthy();
    expect(document.querySelector('[data-cell="E6"][data-code="date"]')).toBeTruthy();
    expect(document.querySelector('[data-cell="F6"][data-code="enum"]')).toBeTruthy();
  });

  it("汇总 merges it and says who has not sent it", async () => {
    const pane = renderPane(null, "merge", false, undefined, forms());
    await userEvent.upload(panel().getByTestId("file-input"), [insightsFile("办公室"), insightsFile("法规科")]);
    await userEvent.click(screen.getByRole("textbox"));
    await userEvent.paste("办公室\n法规科\n人事科");
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    await screen.findByText(/已下载 汇总表-学习宣传贯彻党的二十大精神报送-\d{8}\.xlsx/, {}, { timeout: 10_000 });
    const sheets = readWorkbook(pane.downloads[0].bytes, "汇总表.xlsx").sheets.map((s) => s.name);
    // Every form but 附件1 is asked for unless the request says otherwise: each has its sheet, sent or not.
    expect(sheets).toEqual([
      "汇总概况",
      "统计",
      "汇总 附件2 大谈话统计表",
      "汇总 附件3 大调研课题申报表",
      "汇总 附件4 提建议清单",
      "汇总 附件5 办实事征集表",
      "汇总 附件6 心得体会交流表",
    ]);
    const table = await screen.findByRole("table", { name: "各单位情况" });
    expect(within(table).getByText("人事科").closest("tr")!.querySelector("[data-state=missing]")).toBeTruthy();
    // Asked for 附件6 only, the summary has that form alone and 办公室 has returned everything.
    await userEvent.click(screen.getByRole("button", { name: /^收集任务/ }));
    // The request's fields are a part fetched when first opened: wait for them (a loaded machine is slow).
    for (const n of [2, 3, 4, 5])
      await userEvent.click(await screen.findByRole("checkbox", { name: new RegExp(`附件${n}`) }, { timeout: 10_000 }));
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    await waitFor(() => expect(pane.downloads.length).toBe(2));
    const only = readWorkbook(pane.downloads[1].bytes, "汇总表.xlsx").sheets.map((s) => s.name);
    expect(only).toEqual(["汇总概况", "统计", "汇总 附件6 心得体会交流表"]);
    const again = screen.getByRole("table", { name: "各单位情况" });
    expect(within(again).getByText("办公室").closest("tr")!.querySelector("[data-state=returned]")).toBeTruthy();
  });
});
