/**
 * Real files through a real spreadsheet program: LibreOffice writes the returns we read (xlsx,
 * xls, ods, csv) and opens the templates and summaries we write.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { CSV_ALL_SHEETS, convert } from "../helpers/soffice";
import { returnSheet } from "../../src/app/demo/return-sheet";
import { practicalRows, random, talkRows } from "../../src/app/demo/samples";
import { writeSheetsAs } from "../../src/hosts/file/write-sheets";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { writeXlsx } from "../../src/hosts/file/xlsx/write-xlsx";
import { readSheet } from "../../src/core/validate/validate";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import { buildTemplates } from "../../src/core/template/build-template";
import { mergeReturns } from "../../src/app/merge-returns";
import { parseCsv, decodeText } from "../../src/hosts/file/csv";
import type { CellValue } from "../../src/core/sheet/types";
import { FORMS, schema } from "../helpers/sheets";

const dir = mkdtempSync(join(tmpdir(), "huibiao-lo-"));
const rnd = random(11);
const roster = ["办公室", "法规科", "执法支队"];
const talks: Record<"办公室" | "法规科" | "执法支队", Record<string, CellValue>[]> = {
  办公室: talkRows(rnd, "办公室", 5).map((r, i) =>
    i === 1 ? { ...r, date: "2023年1月5日" } : i === 2 ? { ...r, date: "2023年23月5日" } : r,
  ),
  法规科: talkRows(rnd, "法规科", 3),
  执法支队: talkRows(rnd, "执法支队", 4).map((r) => ({ ...r, talker: "局长甲", talkerPost: "执法支队支队长" })),
};
const research = practicalRows(rnd, "办公室", 1);

function csvRows(file: string): CellValue[][] {
  return parseCsv(decodeText(readFileSync(file)));
}

/** When the units saved their returns: LibreOffice keeps it through each conversion. */
const SAVED = new Date(Date.UTC(2023, 1, 3, 9));

describe("reading returns that LibreOffice wrote", () => {
  const made: Record<string, string[]> = {};
  beforeAll(() => {
    const src = join(dir, "src");
    mkdirSync(src);
    const paths = Object.entries(talks).map(([unit, rows]) => {
      const p = join(src, `${unit}.xlsx`);
      const sheets = [
        returnSheet(schema("talks"), rows, {
          unit,
          trailingBlank: 30,
          mergeDown: unit === "执法支队" ? ["talker", "talkerPost"] : [],
          blankAfter: [0],
        }),
      ];
      if (unit === "办公室")
        sheets.unshift(
          { name: "说明", rows: [["填表说明"]], merges: [] },
          returnSheet(schema("practical"), research, { unit, sheetName: "办实事" }),
        );
      writeFileSync(p, writeSheetsAs(sheets, "xlsx", SAVED));
      return p;
    });
    for (const fmt of ["xlsx", "xls", "ods"]) {
      const out = join(dir, fmt);
      mkdirSync(out);
      made[fmt] = convert(paths, fmt, out);
    }
    const csvOut = join(dir, "csv");
    mkdirSync(csvOut);
    made.csv = convert(paths.slice(1), CSV_ALL_SHEETS, csvOut);
  });

  it.each(["xlsx", "xls", "ods", "csv"])("%s: every unit's rows, unit, merged values and dates", (fmt) => {
    expect(made[fmt].length).toBeGreaterThanOrEqual(fmt === "csv" ? 2 : 3);
    for (const file of made[fmt]) {
      const unit = basename(file).replace(/\..*$/, "").replace(/-.*$/, "") as keyof typeof talks;
      const wb = readWorkbook(readFileSync(file), basename(file));
      const readings = wb.sheets
        .map((s) => readSheet(s, BUILTIN_ANNEXES, { roster, fileName: basename(file) }))
        .filter((r) => r !== null);
      const talk = readings.find((r) => r!.table.schema.id === "talks")!;
      expect(talk.unit.name).toBe(unit);
      expect(talk.rows.map((r) => r.values.talkee)).toEqual(talks[unit].map((r) => r.talkee));
      // CSV keeps no merged cells: only there do the merged 谈话人 cells come back empty (and are flagged).
      if (fmt === "csv" && unit === "执法支队") continue;
      expect(talk.rows.map((r) => r.values.talker)).toEqual(talks[unit].map((r) => r.talker));
      const errors = talk.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.cell}`);
      expect(errors).toEqual(unit === "办公室" ? ["date@G8"] : []);
      if (unit === "办公室") expect(readings.find((r) => r!.table.schema.id === "practical")?.rows).toHaveLength(1);
    }
  });

  // Lateness is judged by the time the unit saved the workbook, which each format records
  // (docProps/core.xml, SummaryInformation, meta.xml's dc:date); only CSV falls back to the file's time.
  it.each(["xlsx", "xls", "ods"])("%s: the time the unit saved it is read from the file itself", (fmt) => {
    for (const file of made[fmt]) {
      const { savedAt } = readWorkbook(readFileSync(file), basename(file));
      expect(savedAt === undefined ? "none" : new Date(savedAt).toISOString().slice(0, 10)).toBe("2023-02-03");
    }
  });
});

describe("LibreOffice opens what we write", () => {
  let odsContent = "";
  const templateCsv: Record<string, CellValue[][]> = {};
  const summaryCsv: Record<string, CellValue[][]> = {};
  beforeAll(() => {
    const out = join(dir, "ours");
    mkdirSync(out);
    const template = join(out, "模板.xlsx");
    writeFileSync(template, writeXlsx(buildTemplates(BUILTIN_ANNEXES)));
    const files = Object.entries(talks).map(([unit, rows]) => ({
      name: `${unit}.xlsx`,
      bytes: writeSheetsAs([returnSheet(schema("talks"), rows, { unit })], "xlsx"),
    }));
    files.push({
      name: "公式.xlsx",
      bytes: writeSheetsAs(
        [
          returnSheet(schema("suggestions"), [{ content: '=HYPERLINK("x")' }, { content: "@SUM(A1)" }], {
            unit: "法规科",
          }),
        ],
        "xlsx",
      ),
    });
    const run = mergeReturns(
      files,
      { read: readWorkbook, write: writeXlsx },
      { schemas: FORMS, roster: [...roster, "人事科"] },
    );
    const summary = join(out, "汇总.xlsx");
    writeFileSync(summary, run.bytes);
    const odsDir = join(dir, "ours-ods");
    mkdirSync(odsDir);
    convert([template], "ods", odsDir);
    odsContent = strFromU8(unzipSync(readFileSync(join(odsDir, "模板.ods")))["content.xml"]);
    const csvDir = join(dir, "ours-csv");
    mkdirSync(csvDir);
    for (const f of convert([template, summary], CSV_ALL_SHEETS, csvDir)) {
      const name = basename(f, ".csv");
      (name.startsWith("模板-") ? templateCsv : summaryCsv)[name.replace(/^[^-]+-/, "")] = csvRows(f);
    }
  });

  it("the template: titles, 填报单位, headers and rows as LibreOffice reads them", () => {
    expect(Object.keys(templateCsv).sort()).toEqual([
      "_lists",
      "附件1 任务清单",
      "附件2 大谈话统计表",
      "附件3 大调研课题申报表",
      "附件4 提建议清单",
      "附件5 办实事征集表",
    ]);
    for (const s of BUILTIN_ANNEXES) {
      const rows = templateCsv[`附件${s.number} ${s.shortName}`];
      expect(rows[0][0]).toBe(`附件${s.number}`);
      expect(rows[1][0]).toBe(s.title);
      expect(rows[2][0]).toBe("填报单位：");
      expect(rows[3].slice(0, s.columns.length)).toEqual(
        s.columns.map((c, i) => (i > 0 && c.header === s.columns[i - 1].header && s.id === "tasks" ? null : c.header)),
      );
      const dataRows = rows.slice(4).filter((r) => !String(r[0] ?? "").startsWith("备注"));
      // A note row pins the end of the blank rows; without one, CSV drops trailing empty rows.
      if (s.notes.length) expect(dataRows.length).toBe((s.prefilled?.length ?? 0) + s.blankRows);
      else expect(dataRows.length).toBe((s.prefilled?.length ?? 0) + (s.numberedRows ?? 0));
    }
    const tasks = templateCsv["附件1 任务清单"];
    expect(tasks.slice(4).map((r) => r[0])).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(tasks.slice(4).filter((r) => r[4] === "2023年23月底前")).toHaveLength(1);
    expect(templateCsv["附件2 大谈话统计表"].at(-1)?.[0]).toBe(
      "备注：谈话类型为谈心谈话、任前谈话、提醒谈话、廉政谈话等",
    );
    expect(templateCsv._lists.map((r) => r[0])).toEqual(["谈心谈话", "任前谈话", "提醒谈话", "廉政谈话"]);
  });

  it("the template: dropdown list, date validation and print titles survive in LibreOffice", () => {
    expect(odsContent).toContain('table:condition="of:cell-content-is-in-list(HB_talks_type)"');
    expect(odsContent).toMatch(
      /table:named-range table:name="HB_talks_type"[^>]*table:cell-range-address="\$_lists\.\$A\$1:\.\$A\$4"/,
    );
    expect(odsContent).toContain("cell-content-is-date() and cell-content-is-between(36526,73050)");
    const talksTable = odsContent.split("<table:table ").find((t) => t.startsWith('table:name="附件2 大谈话统计表"'))!;
    expect(talksTable).toMatch(/table:content-validation-name="val\d+"/);
    expect(odsContent).toMatch(
      /table:named-range table:name="_xlnm.Print_Titles"[^>]*cell-range-address="\$&apos;附件2 大谈话统计表&apos;\.\$1:\.\$4"/,
    );
  });

  it("the summary: overview with missing units, rows per annex, formula-like text kept as text", () => {
    const overview = summaryCsv["汇总概况"];
    expect(overview[2][0]).toMatch(/^核对：读到数据 \d+ 行 = 汇总 \d+ 行 .* \+ 丢弃 0 行。$/);
    expect(overview[3].slice(0, 3)).toEqual(["序号", "单位", "附件2 行数"]);
    const unitRows = overview.slice(4, 8).map((r) => [r[1], r[2]]);
    expect(unitRows).toEqual([
      ["办公室", "5"],
      ["法规科", "3"],
      ["执法支队", "4"],
      ["人事科", null],
    ]);
    expect(overview.find((r) => r[0] === "附件2 大谈话统计表")?.[1]).toBe("人事科");
    const t = summaryCsv["汇总 附件2 大谈话统计表"];
    const data = t.slice(3);
    expect(data).toHaveLength(12);
    expect(data.map((r) => r[9])).toEqual([
      ...Array(5).fill("办公室"),
      ...Array(3).fill("法规科"),
      ...Array(4).fill("执法支队"),
    ]);
    expect(data[0][6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data[2][12]).toContain("月份 23 不存在");
    const s = summaryCsv["汇总 附件4 提建议清单"].slice(3);
    expect(s.map((r) => r[1])).toEqual(['=HYPERLINK("x")', "@SUM(A1)"]);
  });
});
