/** 收集任务.json and form definitions as coordinators edit them by hand: where they are wrong, and how to mend it. */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonProblem } from "../../src/cli/json-file";

/** What JSON.parse says of the text (Node's own message, which names the position). */
const problem = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonProblem(text, (e as Error).message);
  }
  throw new Error("parsed");
};

describe("a JSON file edited by hand", () => {
  it.each([
    [
      "a comma after the last item",
      '{"title": "x",\n "annexes": [2, 3],\n}',
      "第 3 行第 1 列不是有效的 JSON：最后一项后面多了逗号",
    ],
    [
      "a comma after the last of a list",
      '{"annexes": [2, 3,]}',
      "第 1 行第 19 列不是有效的 JSON：最后一项后面多了逗号",
    ],
    [
      "…after a list that was right",
      '{"annexes": [2],\n "units": ["办公室", "法规科",]}',
      "第 2 行第 25 列不是有效的 JSON：最后一项后面多了逗号",
    ],
    ["a } too many", '{"title": "x"}}', "第 1 行第 15 列不是有效的 JSON：前面的内容已经完整，这里多出了内容"],
    ["Chinese quotes around a name", "{“title”: “x”}", "第 1 行第 2 列不是有效的 JSON：这里用了中文引号「“」"],
    [
      "a full-width colon",
      '{"title"："x"}',
      "第 1 行第 9 列不是有效的 JSON：这里用了中文标点「：」，请改为英文半角的「:」",
    ],
    ["a full-width comma", '{"title": "x"，"annexes": [2]}', "这里用了中文标点「，」，请改为英文半角的「,」"],
    ["single quotes", "{'title': 'x'}", "这里用了单引号"],
    [
      "a comma missing between items",
      '{"title": "x"\r\n  "annexes": [2]}',
      "第 2 行第 3 列不是有效的 JSON：上一项后面缺少逗号",
    ],
    ["cut short", '{"title": "x", "annexes": [2', "文件不完整（第 1 行第 29 列）：缺少结尾的 } 或 ]"],
    ["empty", "  \n", "文件是空的"],
    ["a name without quotes", "{title: 1}", "这里的「t」不符合 JSON 格式"],
  ])("%s: says where and what to mend", (_, text, says) => {
    expect(problem(text)).toContain(says);
  });

  it("Chinese quotes inside a value are the value's own: the file reads", () => {
    expect(JSON.parse('{"howToSend": "报送至“局办公室”邮箱，谢谢"}').howToSend).toContain("“局办公室”");
  });

  it("huibiao merge --request names the file, the line and the mend, without a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "huibiao-json-"));
    writeFileSync(join(dir, "收集任务.json"), '{\n  "title": "第一季度报送",\n  "annexes": [2, 3],\n}\n');
    writeFileSync(join(dir, "null.json"), "null");
    const run = (request: string) =>
      spawnSync(process.execPath, [join(__dirname, "../../bin/huibiao.cjs"), "merge", dir, "--request", request], {
        cwd: dir,
        encoding: "utf8",
      });
    const r = run("收集任务.json");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "无法读取收集任务 收集任务.json：第 4 行第 1 列不是有效的 JSON：最后一项后面多了逗号，请删去",
    );
    const n = run("null.json");
    expect(n.status).toBe(2);
    expect(n.stderr).toContain("收集任务 null.json 不能使用：内容应是用 { } 括起的一组设置");
    expect(n.stderr).not.toMatch(/出错了|Cannot read/);
  });
});
