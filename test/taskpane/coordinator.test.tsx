/** @jest-environment ./test/helpers/jsdom-environment.cjs */
/**
 * The pane as a coordinator uses it (issue 13): work kept across tabs, results that say what they
 * mean in both languages, what was skipped and why, the focus where the user is.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "@jest/globals";
import { demoFiles, panel, renderPane } from "./render";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";

afterEach(cleanup);

const folderFile = (name: string, bytes: BlobPart, folder = "回收") => {
  const f = new File([bytes], name);
  Object.defineProperty(f, "webkitRelativePath", { value: `${folder}/${name}` });
  return f;
};

async function merged(lang?: "en") {
  const pane = renderPane(null, "merge", false, undefined, undefined, lang);
  const { roster, files } = demoFiles();
  await userEvent.upload(panel().getByTestId("file-input"), files);
  await userEvent.click(screen.getByRole("textbox"));
  await userEvent.paste(roster.join("\n"));
  await userEvent.click(screen.getByRole("button", { name: lang === "en" ? "Merge" : "开始汇总" }));
  await screen.findByRole("table", {}, { timeout: 10_000 });
  return pane;
}

describe("work is kept", () => {
  it("switching tabs keeps the chosen files, the status table and the download", async () => {
    await merged();
    await userEvent.click(screen.getByRole("tab", { name: "模板" }));
    await userEvent.click(screen.getByRole("tab", { name: "汇总" }));
    // The panel mounts again, its status table a lazily fetched part: on a loaded machine (the whole
    // suite in parallel) that has taken over a second.
    expect(await screen.findByRole("table", { name: "各单位情况" }, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText(/已选 \d+ 个文件/)).toBeTruthy();
    expect(await screen.findByRole("button", { name: "再次下载汇总表" })).toBeTruthy();
  });

  it("validating again opens the groups that have errors", async () => {
    renderPane(null, "validate");
    const { files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), [files[1]]);
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await screen.findByText(/个提醒|未发现问题|个错误/);
    // The results show a moment before the run ends: a click before then is refused (one run at a time).
    const run = screen.getByRole("button", { name: "开始校验" });
    await waitFor(() => expect(run.getAttribute("aria-disabled")).not.toBe("true"));
    await userEvent.upload(panel().getByTestId("file-input"), files);
    await userEvent.click(run);
    // Validating every demo file takes a while on a loaded machine (the whole suite runs in parallel).
    await waitFor(() => expect(document.querySelectorAll("li[data-code]").length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    // Every group with an error is open: its issue list is shown without another click.
    const openWithErrors = document.querySelectorAll("[data-group][data-errors]:not([data-errors='0']) li[data-code]");
    expect(openWithErrors.length).toBeGreaterThan(0);
  });
});

describe("words that mean what they say", () => {
  it("English: reasons, counts and lists in English", async () => {
    await merged("en");
    const rejected = panel().getByTestId("rejected").textContent ?? "";
    expect(rejected).toMatch(/plain text/);
    expect(rejected).not.toMatch(/[\u4e00-\u9fff]{4}/.source.length ? /内容是|请对方/ : /x/);
    const table = screen.getByRole("table", { name: "Units" });
    const partial = within(table).getAllByText(/Partly missing/)[0].textContent ?? "";
    expect(partial).not.toContain("、");
    // File names are the units' own (Chinese); what the pane adds around them is English.
    expect(rejected).toMatch(/\.xlsx: The content/);
  });

  it("English: one row, not 1 rows", async () => {
    renderPane(null, "validate", false, undefined, undefined, "en");
    const { files } = demoFiles();
    const one = files.find((f) => f.name.startsWith("监测站"))!;
    await userEvent.upload(panel().getByTestId("file-input"), [one]);
    await userEvent.click(screen.getByRole("button", { name: "Validate" }));
    await panel().findByText(/^(No issues|\d+ errors?, \d+ warnings?)/);
    expect(document.body.textContent).not.toMatch(/\b1 (rows|sheets|errors|warnings)\b/);
  });

  it("standalone, when no chosen file could be read, says so (not 'insert templates')", async () => {
    renderPane(null, "validate");
    await userEvent.upload(panel().getByTestId("file-input"), [new File(["x"], "a.xlsx"), new File(["y"], "b.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    const notice = await screen.findByText(/没有一个文件能读取|没有找到附件表/);
    expect(notice.textContent).not.toContain("插入模板");
  });

  it("an empty roster is said out loud: nobody can be missing without one", async () => {
    renderPane(null, "merge");
    const { files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), files.slice(0, 3));
    await userEvent.click(screen.getByRole("button", { name: "开始汇总" }));
    expect(await screen.findByText(/没有单位名单/)).toBeTruthy();
  });

  it("the status table shows warnings, and uses the workbook's words (已报 / 部分未报 / 未报)", async () => {
    await merged();
    const table = screen.getByRole("table", { name: "各单位情况" });
    const row = (unit: string) => within(table).getByText(unit).closest("tr")!;
    expect(row("人事科").querySelector("[data-flag=warnings]")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/未交|已交/);
  });
});

describe("files", () => {
  it.each(["开始汇总", "开始校验"])(
    "%s pressed while the chosen files are still being read waits for them",
    async (button) => {
      renderPane(null, button === "开始汇总" ? "merge" : "validate");
      const { files } = demoFiles();
      const input = panel().getByTestId("file-input") as HTMLInputElement;
      // Chosen and pressed at once: nothing awaited in between, the files still being read.
      Object.defineProperty(input, "files", { value: files.slice(0, 3), configurable: true });
      fireEvent.change(input);
      fireEvent.click(screen.getByRole("button", { name: button }));
      if (button === "开始汇总") expect(await screen.findByRole("table", {}, { timeout: 10_000 })).toBeTruthy();
      else expect(await panel().findByText(/个错误|个提醒|未发现问题/, {}, { timeout: 10_000 })).toBeTruthy();
      expect(screen.queryByText(/请先选择/)).toBeNull();
    },
  );

  it("a folder: what was skipped is said in one line, scans and photos go on to the merge, and a roster file in it is recognised", async () => {
    renderPane(null, "merge");
    const { files } = demoFiles();
    const returns = files.slice(0, 2).map((f) => folderFile(f.name, f));
    const others = [
      folderFile("通知.pdf", "x"),
      folderFile("照片.png", "x"),
      folderFile("~$办公室.xlsx", "x"),
      folderFile("setup.exe", "x"),
      folderFile("单位名单.txt", "办公室\n法规科\n人事科\n"),
    ];
    await userEvent.upload(panel().getByTestId("folder-input"), [...returns, ...others]);
    // The two returns, and the PDF and the photo (a unit's stamped copy, perhaps: the merge says whose).
    expect(await screen.findByText(/已选 4 个文件/)).toBeTruthy();
    expect(panel().getByTestId("not-forms").textContent).toMatch(/其中 2 个是扫描件、图片或压缩包/);
    const skipped = panel().getByTestId("skipped").textContent ?? "";
    expect(skipped).toMatch(/跳过 2 个/);
    expect(skipped).toMatch(/~\$办公室\.xlsx/);
    expect(skipped).toMatch(/setup\.exe/);
    expect(await screen.findByText(/单位名单\.txt.*名单/)).toBeTruthy();
    expect((screen.getByRole("textbox") as HTMLTextAreaElement).value).toBe("办公室\n法规科\n人事科");
  });

  it("a numbered roster file (1. 办公室, 2、法规科，) fills the roster with the names alone", async () => {
    renderPane(null, "merge");
    const { files } = demoFiles();
    const roster = folderFile("单位名单.txt", "报送单位名单：\n1. 办公室\n2、法规科，\n（三）人事科\n");
    await userEvent.upload(panel().getByTestId("folder-input"), [folderFile(files[0].name, files[0]), roster]);
    expect(await screen.findByText(/单位名单\.txt.*名单/)).toBeTruthy();
    expect((screen.getByRole("textbox") as HTMLTextAreaElement).value).toBe("办公室\n法规科\n人事科");
  });
});

describe("a sheet with forms one below another", () => {
  it("shows each form as its own group", async () => {
    renderPane(null, "validate");
    const rows = [
      ["附件4"],
      ["学习宣传贯彻党的二十大精神·提建议清单"],
      ["填报单位：法规科"],
      ["序号", "建议内容"],
      [1, "多开座谈会"],
      [],
      ["附件5"],
      ["学习宣传贯彻党的二十大精神·办实事征集表"],
      ["填报单位：法规科"],
      ["序号", "办实事事项", "主要内容", "参与部门", "牵头领导"],
      [1, "修缮道路", "修缮小区道路", "办公室", "局长"],
    ];
    const bytes = writeSheetsAs([{ name: "报表", rows, merges: [] }], "xlsx");
    await userEvent.upload(panel().getByTestId("file-input"), [new File([new Uint8Array(bytes)], "法规科.xlsx")]);
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await waitFor(() => expect(document.querySelectorAll("[data-group]")).toHaveLength(2), { timeout: 10_000 });
    const keys = [...document.querySelectorAll("[data-group]")].map((g) => g.getAttribute("data-group"));
    expect(new Set(keys).size).toBe(2);
    expect(panel().getByText(/2 组/)).toBeTruthy();
  });
});

describe("roster and help", () => {
  it("校验 says which roster it checks units against", async () => {
    renderPane(null, "validate");
    expect((await screen.findByTestId("roster-used")).textContent).toMatch(/未设单位名单/);
    cleanup();
    const storage = new Map([["huibiao.roster", "办公室\n法规科"]]);
    renderPane(null, "validate", false, {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
    });
    expect(await screen.findByText(/按单位名单（2 个单位）核对填报单位/)).toBeTruthy();
  });

  it("the pane links to its help, and the summary’s name carries the round and the date", async () => {
    const pane = await merged();
    expect(screen.getByRole("link", { name: /帮助/ }).getAttribute("href")).toMatch(/help\.html$/);
    expect(pane.downloads[0].name).toMatch(/^汇总表-学习宣传贯彻党的二十大精神报送-\d{8}\.xlsx$/);
  });
});

describe("standalone issues", () => {
  it("clicking an issue shows the row it concerns, the wrong cell marked", async () => {
    renderPane(null, "validate");
    const { files } = demoFiles();
    await userEvent.upload(panel().getByTestId("file-input"), [files.find((f) => f.name.startsWith("办公室"))!]);
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    const item = (await screen.findAllByText(/2023年23月5日/))[0].closest("li")!;
    await userEvent.click(within(item).getByRole("button", { name: /查看 .* 所在的行/ }));
    const row = within(item).getByTestId("row-view");
    const wrong = row.querySelector("[data-wrong=true]")!;
    expect(wrong.textContent).toContain("谈话时间");
    expect(wrong.textContent).toContain("2023年23月5日");
    expect(row.textContent).toContain("谈话人");
  });
});

describe("many files", () => {
  it("only those with problems, most errors first, and the whole list exported as a workbook", async () => {
    const pane = renderPane(null, "validate");
    const { files } = demoFiles();
    // Each return three times over (other names): more than a screenful of groups.
    const many = [0, 1, 2].flatMap((k) => files.map((f) => new File([f], `${k}-${f.name}`)));
    await userEvent.upload(panel().getByTestId("file-input"), many);
    await panel().findByText(`已选 ${many.length} 个文件`);
    await userEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await waitFor(() => expect(document.body.textContent).toMatch(/共 \d+ 组|出错了/), { timeout: 20_000 });
    expect(document.body.textContent).not.toMatch(/出错了.{0,80}/);
    const counts = screen.getByTestId("group-counts");
    const [, all, problems] = /共 (\d+) 组，其中 (\d+) 组有问题/.exec(counts.textContent ?? "")!.map(Number);
    expect(all).toBeGreaterThan(problems);
    const shown = () => document.querySelectorAll("[data-group]");
    // More than 20 groups: the list starts with only those that have problems.
    expect((screen.getByRole("checkbox", { name: "只看有问题的" }) as HTMLInputElement).checked).toBe(true);
    expect(shown().length).toBe(problems);
    await userEvent.click(screen.getByRole("checkbox", { name: "只看有问题的" }));
    expect(shown().length).toBe(all);
    await userEvent.click(screen.getByRole("checkbox", { name: "错误多的排在前面" }));
    // Files that could not be read first, then the most errors.
    const keys = [...shown()].map((g) =>
      g.getAttribute("data-unreadable") === "true" ? 1e9 : Number(g.getAttribute("data-errors")),
    );
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    await userEvent.click(screen.getByRole("button", { name: "导出问题清单（.xlsx）" }));
    await screen.findByText(/已导出 \d+ 条问题/);
    const exported = pane.downloads.at(-1)!;
    expect(exported.name).toMatch(/^校验问题-\d{8}\.xlsx$/);
    const sheet = readWorkbook(exported.bytes, exported.name).sheets[0];
    expect(sheet.rows[0]).toEqual(["文件", "工作表", "填报单位", "单元格", "类别", "代码", "说明"]);
    expect(sheet.rows.some((r) => r[6] === "「2023年23月5日」的月份 23 不存在" || String(r[6]).includes("23"))).toBe(
      true,
    );
  });
});

describe("the file dialog", () => {
  it("lists every kind of file the reader takes (xlsb, WPS's .et and .wpt, web pages, archives), and the request file", async () => {
    renderPane(null, "merge", false);
    const accept = (panel().getByTestId("file-input") as HTMLInputElement).accept.split(",");
    for (const ext of [".xlsx", ".xlsb", ".xls", ".ods", ".et", ".csv", ".docx", ".wpt", ".html", ".zip", ".json"])
      expect(accept).toContain(ext);
    // The pane loads the saved roster as it opens: let that finish inside the test, not after it.
    await act(async () => {});
  });
});
