/** A roster file (--roster, a request's roster) that is a roster, and one that is a form or a summary given by mistake. */
import { describe, expect, it } from "@jest/globals";
import { text } from "../../src/core/i18n/text";
import { EN } from "../../src/core/i18n/en";
import { merge, type ReturnedWorkbook } from "../../src/core/merge/merge";
import { summaryModel } from "../../src/core/merge/summary-model";
import { OVERVIEW_WORDS } from "../../src/core/merge/summary-text";
import { textSheet } from "../../src/core/roster/roster";
import { rosterOfSheets } from "../../src/core/roster/roster-file";
import type { SheetData } from "../../src/core/sheet/types";
import { buildTemplates } from "../../src/core/template/build-template";
import type { SheetModel } from "../../src/core/workbook/model";
import { withEnglish } from "../helpers/english";
import { FORMS, talk, talksSheet } from "../helpers/sheets";

/** A workbook model as a reader gives it back: values only, the tag kept or lost (saved again as .ods). */
const asRead = (
  model: { sheets: readonly Pick<SheetModel, "name" | "rows" | "merges" | "hidden" | "tag">[] },
  tagged = true,
): SheetData[] =>
  model.sheets.map((s) => ({
    name: s.name,
    rows: [...s.rows].map((row) => row.map((c) => (c ? c.v : null))),
    merges: s.merges,
    ...(s.hidden ? { hidden: true } : {}),
    ...(tagged && s.tag ? { tag: s.tag } : {}),
  }));

const read = (sheets: readonly SheetData[]) => rosterOfSheets(sheets, FORMS, "名单.xlsx");

const ROSTER = ["办公室", "法规科", "人事科"];
const returns: ReturnedWorkbook[] = [
  { file: "办公室.xlsx", sheets: [talksSheet([talk(1)], "办公室")] },
  { file: "宣教科.xlsx", sheets: [talksSheet([talk(1)], "宣教科")] }, // not on the roster
  { file: "附件2.xlsx", sheets: [talksSheet([talk(1)], null)] }, // no unit anywhere
];

describe("a roster file", () => {
  it.each<[string, SheetData[], string[]]>([
    ["a text file, one unit a line", [textSheet("办公室\n法规科\n")], ["办公室", "法规科"]],
    [
      "a sheet under 单位名称, another sheet before it blank",
      [
        { name: "说明", rows: [], merges: [] },
        {
          name: "名单",
          rows: [
            ["序号", "单位名称"],
            [1, "办公室"],
            [2, "法规科"],
          ],
          merges: [],
        },
      ],
      ["办公室", "法规科"],
    ],
    [
      "a roster sheet beside a form filled in (the roster with a header is taken)",
      [talksSheet([talk(1)]), { name: "名单", rows: [["单位名称"], ["人事科"], ["宣教科"]], merges: [] }],
      ["人事科", "宣教科"],
    ],
  ])("%s: its units", (_, sheets, units) => {
    expect(read(sheets)).toEqual({ units });
  });

  it.each<[string, SheetData[], Record<string, unknown>]>([
    [
      "a unit's return",
      [talksSheet([talk(1), talk(2)], "法规科")],
      { file: "名单.xlsx", number: 2, name: "大谈话统计表" },
    ],
    ["a return saved as CSV, read as text", [textSheet(csvOf(talksSheet([talk(1)], "法规科")))], { number: 2 }],
    ["the blank templates (附件1 first, its 责任单位 column no roster)", asRead(buildTemplates(FORMS)), { number: 1 }],
  ])("%s: refused, saying which form it is", (_, sheets, params) => {
    const r = read(sheets);
    expect(r).toMatchObject({ why: { key: "roster.is-form", params } });
  });

  it.each([true, false])(
    "a summary (tag kept: %s): the units of its overview that were on the roster, in its order",
    (tagged) => {
      const summary = summaryModel(merge(returns, { schemas: FORMS, roster: ROSTER }));
      expect(read(asRead(summary, tagged))).toEqual({ units: ROSTER });
    },
  );

  it("a summary's overview copied whole and pasted (as Excel puts it on the clipboard): the same units", () => {
    const summary = summaryModel(merge(returns, { schemas: FORMS, roster: ROSTER }));
    const overview = asRead(summary)[0];
    // Excel's clipboard: cells by tabs, rows by CRLF, a cell with a line break or a quote in quotes.
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? "" : String(v);
      return /[\t\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    // A 说明 of two lines (a re-submission and a late file, say) on the first unit's row.
    const rows = overview.rows.map((row) => [...row]);
    const first = rows.findIndex((row) => row[1] === ROSTER[0]);
    rows[first][rows[first].length - 1] =
      "附件2：「办公室（改）.xlsx」替换了「办公室.xlsx」\n逾期报送：「办公室（改）.xlsx」";
    const pasted = rows.map((row) => row.map(cell).join("\t")).join("\r\n");
    expect(read([textSheet(pasted)])).toEqual({ units: ROSTER });
  });

  it("a summary written in English: the same units", () => {
    withEnglish();
    const summary = summaryModel(merge(returns, { schemas: FORMS, roster: ROSTER, locale: "en" }), "en");
    expect(read(asRead(summary))).toEqual({ units: ROSTER });
  });

  it("a summary made without a roster: the units that returned (the unidentified one left out)", () => {
    const summary = summaryModel(merge(returns, { schemas: FORMS }));
    expect(read(asRead(summary))).toEqual({ units: ["办公室", "宣教科"] });
  });

  it("a summary whose overview lists no units: refused", () => {
    const summary = summaryModel(merge([], { schemas: FORMS, roster: [] }));
    expect(read(asRead(summary))).toEqual({ why: { key: "roster.is-summary", params: { file: "名单.xlsx" } } });
  });

  it("knows the overview's words as the catalogs write them", () => {
    const words = (t: (k: Parameters<typeof text>[1]) => string) => ({
      unit: t("summary.unit"),
      state: t("summary.state"),
      unlisted: t("state.unlisted"),
      unknown: t("state.unknown"),
      unknownUnit: t("summary.unknown-unit"),
    });
    expect(OVERVIEW_WORDS).toEqual([
      words((k) => text("zh-CN", k as "summary.unit")),
      words((k) => EN[k as "summary.unit"]),
    ]);
  });
});

function csvOf(sheet: SheetData): string {
  return sheet.rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(",")).join("\n");
}
