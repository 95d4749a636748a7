/** @jest-environment ./test/helpers/jsdom-environment.cjs */
/**
 * The coordinator's follow-through in the pane (issue 12): the request kept with the roster,
 * templates per unit, the reminder to copy, the corrections to send back, the statistics and the
 * task list's progress, standalone and on a workbook, in Chinese and English.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { strFromU8, unzipSync } from "fflate";
import { demoFiles, panel, renderPane } from "./render";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { excelUnderTest, wpsUnderTest } from "../hosts/under-test";
import { REQUEST_KEY } from "../../src/taskpane/panels/merge/use-request";

afterEach(cleanup);

type User = ReturnType<typeof userEvent.setup>;

/** Opens 收集任务 and fills the deadline (and the title when given). */
async function fillRequest(user: User, deadline: string, title?: string) {
  await user.click(screen.getByRole("button", { name: /^(收集任务|Collection request)/ }));
  // The request's fields are a part fetched when first opened: wait for it before typing.
  await panel().findByRole("textbox", { name: /截止日期|Deadline/ }, { timeout: 10_000 });
  const box = (name: RegExp) => panel().getByRole("textbox", { name });
  if (title !== undefined) {
    await user.clear(box(/本次收集名称|Title of this round/));
    await user.type(box(/本次收集名称|Title of this round/), title);
  }
  await user.clear(box(/截止日期|Deadline/));
  await user.type(box(/截止日期|Deadline/), deadline);
}

async function mergeDemo(user: User, options: { lang?: "en"; deadline?: string } = {}) {
  const pane = renderPane(null, "merge", false, undefined, undefined, options.lang);
  const { roster, files } = demoFiles();
  await user.upload(panel().getByTestId("file-input"), files);
  await user.click(panel().getByRole("textbox", { name: /单位名单|Roster/ }));
  await user.paste(roster.join("\n"));
  if (options.deadline) await fillRequest(user, options.deadline);
  await user.click(screen.getByRole("button", { name: options.lang === "en" ? "Merge" : "开始汇总" }));
  await screen.findByRole("table", { name: options.lang === "en" ? "Units" : "各单位情况" }, { timeout: 10_000 });
  return { pane, roster };
}

const open = (user: User, name: RegExp) => user.click(screen.getByRole("button", { name }));

describe("催交通知", () => {
  it("names exactly the units that lack a requested form, with the deadline, and copies it", async () => {
    const user = userEvent.setup();
    await mergeDemo(user, { deadline: "2030年6月30日" });
    await open(user, /催交通知（\d+ 个单位未报齐）/);
    const text = (screen.getByTestId("reminder") as HTMLTextAreaElement).value;
    expect(text).toMatch(/^请以下单位于2030年6月30日前报送《学习宣传贯彻党的二十大精神报送》：/);
    // 沅江分局 sent nothing, 人事科 lacks 附件4 and 5; 办公室 sent everything and is not reminded.
    expect(text).toMatch(/沅江分局：附件2 .*附件5/);
    expect(text).toMatch(/人事科：附件4 提建议清单、附件5 办实事征集表/);
    expect(text).not.toMatch(/办公室：/);
    expect(text).not.toMatch(/\{|undefined|NaN/);
    await user.click(panel().getByRole("button", { name: "复制" }));
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(await panel().findByText(/已复制/)).toBeTruthy();
  });

  it("after the deadline the reminder says it has passed", async () => {
    const user = userEvent.setup();
    await mergeDemo(user, { deadline: "2023年2月20日" });
    await open(user, /催交通知/);
    const text = (screen.getByTestId("reminder") as HTMLTextAreaElement).value;
    expect(text).toMatch(
      /^以下单位尚未报送《学习宣传贯彻党的二十大精神报送》（截止日期2023年2月20日已过），请尽快报送：\n/,
    );
  });

  it("one paragraph per unit, edits kept, downloaded as a .txt Notepad opens as Chinese", async () => {
    const user = userEvent.setup();
    const { pane } = await mergeDemo(user, { deadline: "2023-02-20" });
    await open(user, /催交通知/);
    await user.click(screen.getByRole("checkbox", { name: "每个单位单独一段" }));
    const area = screen.getByTestId("reminder") as HTMLTextAreaElement;
    expect(area.value).toMatch(/^[^\n]+：《学习宣传贯彻党的二十大精神报送》尚缺附件/);
    expect(area.value.split("\n\n").length).toBeGreaterThan(1);
    fireEvent.change(area, { target: { value: `${area.value}\n联系人：张三` } });
    await user.click(panel().getByRole("button", { name: "下载为 .txt" }));
    const file = pane.downloads.find((d) => d.name.endsWith(".txt"))!;
    expect(file.name).toMatch(/^催交通知-\d{8}\.txt$/);
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const saved = new TextDecoder().decode(file.bytes);
    expect(saved).toContain("\r\n联系人：张三\r\n");
  });

  it("when the clipboard refuses, the text is selected and the pane asks for Ctrl+C", async () => {
    const user = userEvent.setup();
    await mergeDemo(user);
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException("blocked by permissions policy")) },
    });
    await open(user, /催交通知/);
    await user.click(panel().getByRole("button", { name: "复制" }));
    expect(await panel().findByText(/无法自动复制/)).toBeTruthy();
    const area = screen.getByTestId("reminder") as HTMLTextAreaElement;
    expect(area.selectionEnd - area.selectionStart).toBe(area.value.length);
  });
});

describe("退回修改", () => {
  it("lists the units with errors; one unit's workbook and all as a zip with the list", async () => {
    const user = userEvent.setup();
    const { pane } = await mergeDemo(user);
    await open(user, /退回修改（\d+ 个单位）/);
    const list = screen.getByTestId("corrections");
    const units = [...list.querySelectorAll("li[data-unit]")].map((li) => li.getAttribute("data-unit"));
    expect(units).toContain("办公室");
    expect(within(list).getByText("办公室").closest("li")!.textContent).toMatch(/2 处错误/);

    await user.click(within(list).getByRole("button", { name: "复制办公室的修改清单" }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^办公室：报送的表格有 2 处错误/);
    expect(copied).toMatch(/[A-Z]+\d+（错误）/);

    await user.click(within(list).getByRole("button", { name: "下载办公室的退回修改表" }));
    await waitFor(() => expect(pane.downloads.some((d) => d.name === "办公室-退回修改.xlsx")).toBe(true));
    const book = readWorkbook(pane.downloads.find((d) => d.name === "办公室-退回修改.xlsx")!.bytes, "x.xlsx");
    expect(book.sheets[0].name).toBe("修改说明");
    expect(book.sheets.length).toBeGreaterThan(1);

    await user.click(panel().getByRole("button", { name: "全部下载（zip）" }));
    await waitFor(() => expect(pane.downloads.some((d) => d.name.endsWith(".zip"))).toBe(true));
    const zip = unzipSync(pane.downloads.find((d) => d.name.endsWith(".zip"))!.bytes);
    expect(Object.keys(zip).sort()).toEqual([...units.map((u) => `${u}-退回修改.xlsx`), "退回修改清单.txt"].sort());
    expect(strFromU8(zip["退回修改清单.txt"])).toContain("办公室：报送的表格有 2 处错误");
    for (const u of units) expect(readWorkbook(zip[`${u}-退回修改.xlsx`], "x.xlsx").sheets[0].name).toBe("修改说明");
  });
});

describe("统计", () => {
  it("the chart is one image described by its numbers, and the same numbers are in the tables", async () => {
    const user = userEvent.setup();
    await mergeDemo(user, { deadline: "2023-02-20" });
    await open(user, /^统计$/);
    const chart = screen.getByRole("img", { name: /谈话次数按类型的条形图/ });
    const described = (chart.getAttribute("aria-label") ?? "")
      .replace(/^.*：/, "")
      .split("、")
      .map((part) => /^(.+) (\d+)$/.exec(part)!)
      .map((m) => [m[1], Number(m[2])] as const);
    expect(described.length).toBeGreaterThanOrEqual(4);
    // The by-unit table's rows add up to its 合计 row, and 合计 says what the chart says.
    const table = screen.getByRole("table", { name: "谈话次数（按单位和谈话类型）" });
    const head = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    const rows = within(table).getAllByRole("row").slice(1);
    const total = rows[rows.length - 1];
    expect(total.querySelector("td")!.textContent).toBe("合计");
    for (const [type, count] of described) {
      const col = head.indexOf(type);
      expect(col).toBeGreaterThan(0);
      const sum = rows.slice(0, -1).reduce((n, r) => n + Number(r.querySelectorAll("td")[col].textContent), 0);
      expect(sum).toBe(count);
      expect(Number(total.querySelectorAll("td")[col].textContent)).toBe(count);
    }
    expect(described.reduce((n, [, c]) => n + Number(c), 0)).toBeGreaterThan(0);
    const progress = screen.getByRole("table", { name: "报送进度" });
    expect(within(progress).getByText("名单内单位").closest("tr")!.textContent).toMatch(/\d+$/);
  });
});

describe("任务进度", () => {
  it("the plan's tasks as of a day, the plan's own slip listed as unreadable, downloaded as a workbook", async () => {
    const user = userEvent.setup();
    const pane = renderPane(null, "merge");
    await open(user, /任务进度（附件1）/);
    const asOf = panel().getByRole("textbox", { name: "截至日期" });
    await user.clear(asOf);
    await user.type(asOf, "2023-03-01");
    const summary = () => screen.getByTestId("tasks-summary").textContent ?? "";
    expect(summary()).toMatch(/^共 \d+ 项：/);
    expect(screen.getByText(/任务来自行动方案附件1/)).toBeTruthy();
    const unreadable = document.querySelectorAll("[data-testid=task-progress] li[data-state=unreadable]");
    expect([...unreadable].some((li) => /2023年23月底前/.test(li.textContent ?? ""))).toBe(true);
    const early = summary();
    await user.clear(asOf);
    await user.type(asOf, "2023-12-31");
    expect(summary()).not.toBe(early);
    expect(summary()).toMatch(/已逾期 [1-9]/);
    await user.clear(asOf);
    await user.type(asOf, "2023年13月");
    expect(await screen.findByText(/无法识别这个日期/)).toBeTruthy();
    await user.clear(asOf);
    await user.type(asOf, "2023-12-31");
    await user.click(screen.getByRole("button", { name: "下载任务进度表" }));
    await waitFor(() => expect(pane.downloads.length).toBe(1));
    expect(pane.downloads[0].name).toMatch(/^任务进度-\d{8}\.xlsx$/);
    expect(readWorkbook(pane.downloads[0].bytes, "x.xlsx").sheets[0].name).toBe("任务进度");
  });

  it("in a workbook: written as sheets, and the coordinator's marks read back next time", async () => {
    const user = userEvent.setup();
    const { host, book } = excelUnderTest();
    renderPane(host, "merge");
    await open(user, /任务进度/);
    await user.click(screen.getByRole("button", { name: "写入任务进度表" }));
    expect(await screen.findByText(/已写入 任务进度/)).toBeTruthy();
    const [sheet] = await host.readSheets(["任务进度"]);
    const header = sheet.rows.findIndex((r) => r.includes("完成情况"));
    const doneCol = sheet.rows[header].indexOf("完成情况");
    const first = sheet.rows[header + 1];
    await book.edit("任务进度", header + 1, doneCol, "已完成");
    cleanup();
    renderPane(host, "merge");
    await open(user, /任务进度/);
    expect(await screen.findByText(/任务来自本工作簿的「任务进度」表/)).toBeTruthy();
    expect(screen.getByTestId("tasks-summary").textContent).toMatch(/已完成 1/);
    expect(first.length).toBeGreaterThan(3);
  });
});

describe("收集任务", () => {
  it("is kept with the roster: saved in the browser, back when the page opens again", async () => {
    const user = userEvent.setup();
    const pane = renderPane(null, "merge");
    await user.click(panel().getByRole("textbox", { name: /单位名单/ }));
    await user.paste("办公室\n法规科");
    await fillRequest(user, "2023年2月20日", "第一季度报送");
    await user.click(screen.getByRole("checkbox", { name: /附件5/ }));
    await user.click(screen.getByRole("button", { name: "保存名单和收集任务" }));
    expect(await screen.findByText("名单和收集任务已保存（2 个单位）")).toBeTruthy();
    const saved = JSON.parse(pane.storage.getItem(REQUEST_KEY)!);
    expect(saved).toEqual({
      title: "第一季度报送",
      annexes: ["talks", "research", "suggestions"],
      deadline: "2023年2月20日",
      howToSend: "",
    });
    cleanup();
    renderPane(null, "merge", false, pane.storage);
    await user.click(screen.getByRole("button", { name: /^收集任务/ }));
    expect((panel().getByRole("textbox", { name: "本次收集名称" }) as HTMLInputElement).value).toBe("第一季度报送");
    expect((screen.getByRole("checkbox", { name: /附件5/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("checkbox", { name: /附件4/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("in a workbook it is a setting of the workbook", async () => {
    const user = userEvent.setup();
    const { host } = excelUnderTest();
    renderPane(host, "merge");
    await user.click(panel().getByRole("textbox", { name: /单位名单/ }));
    await user.paste("办公室");
    await fillRequest(user, "2023-02-20");
    await user.click(screen.getByRole("button", { name: "保存名单和收集任务" }));
    await screen.findByText(/已保存/);
    expect(JSON.parse((await host.loadSetting("request"))!)).toMatchObject({ deadline: "2023-02-20" });
  });

  it("a deadline that cannot be read is said at the field and the merge waits for it", async () => {
    const user = userEvent.setup();
    const pane = renderPane(null, "merge");
    const { files } = demoFiles();
    await user.upload(panel().getByTestId("file-input"), files);
    await fillRequest(user, "2023年23月底前");
    expect(screen.getByText(/无法识别这个日期/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(await screen.findByText("截止日期无法识别，请先改正再汇总")).toBeTruthy();
    expect(pane.downloads).toEqual([]);
  });

  it("the deadline marks returns saved after it as late; forms nobody sent are still asked of everybody", async () => {
    const user = userEvent.setup();
    await mergeDemo(user, { deadline: "2023-02-05" });
    const table = screen.getByRole("table", { name: "各单位情况" });
    expect(table.querySelectorAll("[data-flag=late]").length).toBeGreaterThan(0);
    const clean = await (async () => {
      cleanup();
      await mergeDemo(user, { deadline: "2030-01-01" });
      return screen.getByRole("table", { name: "各单位情况" });
    })();
    expect(clean.querySelectorAll("[data-flag=late]").length).toBe(0);
  });

  it("templates per unit: one workbook a unit, its name on 填报单位 and in the file name, as a zip", async () => {
    const user = userEvent.setup();
    const pane = renderPane(null, "merge");
    await user.click(panel().getByRole("textbox", { name: /单位名单/ }));
    await user.paste("办公室\n法规科\n桃江分局");
    await fillRequest(user, "2023-02-20", "第一季度报送");
    await user.click(screen.getByRole("button", { name: "按单位下载模板（zip）" }));
    await waitFor(() => expect(pane.downloads.length).toBe(1));
    expect(pane.downloads[0].name).toBe("第一季度报送-模板.zip");
    const zip = unzipSync(pane.downloads[0].bytes);
    expect(Object.keys(zip).sort()).toEqual(
      ["办公室-第一季度报送.xlsx", "法规科-第一季度报送.xlsx", "桃江分局-第一季度报送.xlsx"].sort(),
    );
    const book = readWorkbook(zip["法规科-第一季度报送.xlsx"], "x.xlsx");
    const names = book.sheets.map((s) => s.name);
    expect(names.some((n) => n.includes("附件1"))).toBe(false);
    const line = book.sheets[0].rows.find((r) => r[0] === "填报单位：");
    expect(line?.filter((v) => v !== null)).toEqual(["填报单位：", "法规科"]);
  });
});

describe("English", () => {
  it("the follow-up speaks English around the units' own names", async () => {
    const user = userEvent.setup();
    await mergeDemo(user, { lang: "en", deadline: "2023-02-20" });
    await open(user, /Reminder \(units not complete: \d+\)/);
    const text = (screen.getByTestId("reminder") as HTMLTextAreaElement).value;
    expect(text).not.toMatch(/请以下单位/);
    await open(user, /Corrections \(units: \d+\)/);
    expect(screen.getByRole("button", { name: "Download all (zip)" })).toBeTruthy();
    await open(user, /^Statistics$/);
    expect(screen.getByRole("img", { name: /Bar chart of talks by type/ })).toBeTruthy();
  });
});

describe("in WPS", () => {
  it("the same parts on the WPS object model: summary with 统计, reminder, 任务进度 sheets, request setting", async () => {
    const user = userEvent.setup();
    const { host, book } = wpsUnderTest();
    renderPane(host, "merge");
    const { roster, files } = demoFiles();
    await user.upload(panel().getByTestId("file-input"), files);
    await user.click(panel().getByRole("textbox", { name: /单位名单/ }));
    await user.paste(roster.join("\n"));
    await fillRequest(user, "2023-02-20");
    await user.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(await screen.findByText(/汇总完成/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(book.sheet("统计")).toBeTruthy();
    expect(JSON.parse((await host.loadSetting("request"))!)).toMatchObject({ deadline: "2023-02-20" });
    await open(user, /^催交通知/);
    expect((screen.getByTestId("reminder") as HTMLTextAreaElement).value).toMatch(/截止日期2023年2月20日已过/);
    await open(user, /^任务进度/);
    await user.click(screen.getByRole("button", { name: "写入任务进度表" }));
    expect(await screen.findByText(/已写入 任务进度/)).toBeTruthy();
    expect(book.sheet("任务进度")).toBeTruthy();
  });
});

describe("the CLI's request file in the pane", () => {
  const folderFile = (name: string, bytes: BlobPart) => {
    const f = new File([bytes], name);
    Object.defineProperty(f, "webkitRelativePath", { value: `huibiao-demo/${name}` });
    return f;
  };

  it("a 收集任务.json in the chosen folder fills the request (and the roster, when it lists units) and is not a return", async () => {
    const user = userEvent.setup();
    renderPane(null, "merge");
    const json = JSON.stringify({
      title: "第一阶段报送",
      annexes: [2, "research"],
      units: ["办公室", "法规科"],
      deadline: "2023年2月20日",
      howToSend: "发送至局办公室邮箱",
    });
    const { files } = demoFiles();
    const inFolder = [folderFile("收集任务.json", `\uFEFF${json}`), folderFile(files[0].name, files[0])];
    await user.upload(panel().getByTestId("file-input"), inFolder);
    expect(await screen.findByTestId("request-file")).toBeTruthy();
    expect(screen.getByTestId("request-file").textContent).toMatch(/^「收集任务.json」是收集任务/);
    expect(screen.getByText("已选 1 个文件")).toBeTruthy();
    expect(screen.queryByText(/跳过/)).toBeNull();
    expect((panel().getByRole("textbox", { name: /单位名单/ }) as HTMLTextAreaElement).value).toBe("办公室\n法规科");
    await user.click(screen.getByRole("button", { name: /^收集任务/ }));
    expect((panel().getByRole("textbox", { name: "本次收集名称" }) as HTMLInputElement).value).toBe("第一阶段报送");
    expect((panel().getByRole("textbox", { name: /^截止日期/ }) as HTMLInputElement).value).toBe("2023年2月20日");
    const ticked = ["附件1", "附件2", "附件3", "附件4", "附件5"].map(
      (n) => (screen.getByRole("checkbox", { name: new RegExp(n) }) as HTMLInputElement).checked,
    );
    expect(ticked).toEqual([false, true, true, false, false]);
  });

  it("a .json that is not a request is listed as skipped, as before", async () => {
    const user = userEvent.setup();
    renderPane(null, "merge");
    await user.upload(panel().getByTestId("file-input"), [folderFile("package.json", '{"name":"x"}')]);
    expect(await screen.findByText(/跳过 1 个不是表格的文件：package.json/)).toBeTruthy();
    expect(screen.queryByTestId("request-file")).toBeNull();
  });

  it("with no form ticked, the reminder asks for the forms the merge expected", async () => {
    const user = userEvent.setup();
    renderPane(null, "merge");
    const { roster, files } = demoFiles();
    await user.upload(panel().getByTestId("file-input"), files);
    await user.click(panel().getByRole("textbox", { name: /单位名单/ }));
    await user.paste(roster.join("\n"));
    await user.click(screen.getByRole("button", { name: /^收集任务/ }));
    // The request's fields are a part fetched when first opened: wait for them.
    for (const n of [2, 3, 4, 5])
      await user.click(await screen.findByRole("checkbox", { name: new RegExp(`附件${n}`) }, { timeout: 10_000 }));
    await user.click(screen.getByRole("button", { name: "开始汇总" }));
    await screen.findByRole("table", { name: "各单位情况" }, { timeout: 10_000 });
    await open(user, /^催交通知（\d+ 个单位未报齐）/);
    expect((screen.getByTestId("reminder") as HTMLTextAreaElement).value).toMatch(/沅江分局：附件2 大谈话统计表/);
  });
});

describe("settings read as the pane opens", () => {
  it("the roster and the request come from one read of the workbook, shared by the panels", async () => {
    const { host } = excelUnderTest();
    await host.saveSettings({
      roster: "办公室\n法规科",
      request: JSON.stringify({ title: "第一季度报送", annexes: ["talks"] }),
    });
    const many = jest.spyOn(host, "loadSettings");
    const one = jest.spyOn(host, "loadSetting");
    renderPane(host, "merge");
    await waitFor(() =>
      expect((panel().getByRole("textbox", { name: /单位名单/ }) as HTMLTextAreaElement).value).toBe("办公室\n法规科"),
    );
    await userEvent.click(screen.getByRole("button", { name: /^收集任务/ }));
    expect((panel().getByRole("textbox", { name: "本次收集名称" }) as HTMLInputElement).value).toBe("第一季度报送");
    expect(many).toHaveBeenCalledTimes(1);
    expect(one).not.toHaveBeenCalled();
  });
});
