/**
 * Word documents' tables (src/hosts/file/read/docx.ts), built here part by part as Word writes
 * them (WordprocessingML, ECMA-376 Part 1 §17.4); test/lo/word-returns.test.ts reads ones that
 * LibreOffice Writer made.
 */
import { describe, expect, it } from "@jest/globals";
import { strToU8, zipSync } from "fflate";
import { documentXml, docx, p, sheetsAsDocx, symbolCell, tbl, tc, tr } from "../helpers/docx";
import { demoReturns } from "../../src/app/demo/samples";
import { readWorkbook, ReadError } from "../../src/hosts/file/read-workbook";
import { documentSheets, DOCX_SHEET } from "../../src/hosts/file/read/docx";
import { merge } from "../../src/core/merge/merge";
import { isDateCell, type CellValue, type SheetData } from "../../src/core/sheet/types";
import { cellText } from "../../src/core/sheet/grid";
import { FORMS, TALKS_HEADER } from "../helpers/sheets";

const talks = (...rows: string[]) =>
  p("附件2") +
  p("学习宣传贯彻党的二十大精神·大谈话统计表") +
  p("填报单位：办公室") +
  tbl(tr(...TALKS_HEADER.map((h) => tc(h))), ...rows);

describe("a Word document's tables, read as a sheet", () => {
  it("paragraphs are rows of one cell, a table's rows rows of cells; the saved time is the document's", () => {
    const read = readWorkbook(
      docx(
        talks(
          tr(...["1", "张三", "主任", "李四", "科员", "王五", "2023年2月3日", "会议室", "谈心谈话"].map((v) => tc(v))),
        ),
      ),
      "办公室.docx",
    );
    expect(read.savedAt).toBe(Date.UTC(2023, 2, 1, 8));
    expect(read.sheets).toHaveLength(1);
    expect(read.sheets[0].name).toBe(DOCX_SHEET);
    expect(read.sheets[0].rows).toEqual([
      ["附件2"],
      ["学习宣传贯彻党的二十大精神·大谈话统计表"],
      ["填报单位：办公室"],
      TALKS_HEADER,
      ["1", "张三", "主任", "李四", "科员", "王五", "2023年2月3日", "会议室", "谈心谈话"],
    ]);
  });

  it("a cell's paragraphs and line breaks are its lines; runs are joined; entities decoded; deleted text left out", () => {
    const [sheet] = documentSheets(
      documentXml(
        tbl(
          tr(
            tc(["牵头领导", "牵头部门、参与部门"]),
            `<w:tc><w:p><w:r><w:t>建议</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>加强</w:t></w:r><w:r><w:br/><w:t>学习 &amp; 考核&lt;办法&gt;</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>。</w:t></w:r></w:ins></w:p></w:tc>`,
          ),
        ),
      ),
    );
    expect(sheet.rows).toEqual([["牵头领导\n牵头部门、参与部门", "建议加强\n学习 & 考核<办法>。"]]);
  });

  it("w:gridSpan is a merge across, w:vMerge a merge down, w:gridBefore leaves columns out", () => {
    const [sheet] = documentSheets(
      documentXml(
        tbl(
          tr(tc("序号"), tc("牵头领导", '<w:gridSpan w:val="2"/>'), tc("备注")),
          tr(tc("1"), tc("张三", '<w:vMerge w:val="restart"/>'), tc("主任"), tc("a")),
          tr(tc("2"), tc("", "<w:vMerge/>"), tc("科员"), tc("b")),
          tr(tc("3"), tc("李四"), tc("科员"), tc("c")),
          `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc("x")}</w:tr>`,
        ),
      ),
    );
    expect(sheet.rows).toEqual([
      ["序号", "牵头领导", undefined, "备注"],
      ["1", "张三", "主任", "a"],
      ["2", undefined, "科员", "b"],
      ["3", "李四", "科员", "c"],
      [undefined, undefined, "x"],
    ]);
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { r1: 0, c1: 1, r2: 0, c2: 2 },
        { r1: 1, c1: 1, r2: 2, c2: 1 },
      ]),
    );
    expect(sheet.merges).toHaveLength(2);
  });

  it("a text box's paragraphs are read once (mc:Choice, not again from mc:Fallback), the paragraph around it kept whole", () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const [sheet] = documentSheets(
      documentXml(
        `<w:p><w:r><w:t>附件</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box("大谈话统计表")}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box("大谈话统计表")}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>2</w:t></w:r></w:p>${tbl(tr(tc("序号"), tc("谈话人")))}`,
      ),
    );
    expect(sheet.rows).toEqual([["大谈话统计表"], ["附件2"], ["序号", "谈话人"]]);
  });

  it("a content control nobody filled in shows its placeholder (「单击或点击此处输入文字。」): no value; one filled in, or a row in one, is read", () => {
    const control = (inner: string, placeholder: boolean) =>
      `<w:sdt><w:sdtPr><w:alias w:val="谈话时间"/>${placeholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const cell = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;
    const [sheet] = documentSheets(
      documentXml(
        tbl(
          tr(tc("谈话人"), tc("谈话时间"), tc("谈话地点")),
          tr(tc("张三"), cell(control(run("单击或点击此处输入日期。"), true)), cell(control(run("会议室"), false))),
          // A repeating section's item: the whole row inside a control.
          control(tr(tc("李四"), tc("2023年3月5日"), cell(control(run("单击此处输入文字。"), true))), false),
        ),
      ),
    );
    expect(sheet.rows).toEqual([
      ["谈话人", "谈话时间", "谈话地点"],
      ["张三", null, "会议室"],
      ["李四", "2023年3月5日", null],
    ]);
  });

  it("each table is a sheet with the lines before it; a table of one cell a row is lines, not a form", () => {
    const sheets = documentSheets(
      documentXml(
        p("填报单位：办公室") +
          tbl(tr(tc("附件2")), tr(tc("大谈话统计表"))) +
          tbl(
            tr(tc("序号"), tc("谈话人")),
            tr(tc("1"), tc("张三", '<w:vMerge w:val="restart"/>')),
            tr(tc("2"), tc("", "<w:vMerge/>")),
          ) +
          p("") +
          p("附件3") +
          tbl(tr(tc("课题名称"), tc("水质调研")), tr(tc("调研目的"), tc("摸清底数"))) +
          p("填报人：王五"),
      ),
    );
    expect(sheets.map((s) => [s.name, s.rows, s.merges])).toEqual([
      [
        "Word 表格1",
        [["填报单位：办公室"], ["附件2"], ["大谈话统计表"], ["序号", "谈话人"], ["1", "张三"], ["2", undefined]],
        [{ r1: 4, c1: 1, r2: 5, c2: 1 }],
      ],
      ["Word 表格2", [[], ["附件3"], ["课题名称", "水质调研"], ["调研目的", "摸清底数"], ["填报人：王五"]], []],
    ]);
  });

  it("a table inside a cell gives that cell its text", () => {
    const inner = tbl(tr(tc("甲"), tc("乙")));
    const [sheet] = documentSheets(documentXml(tbl(tr(tc("外"), `<w:tc>${p("前")}${inner}${p("后")}</w:tc>`))));
    expect(sheet.rows).toEqual([["外", "前\n甲\n乙\n后"]]);
  });

  it("is merged as a return: the unit from 填报单位, a person merged down kept on each row, a wrong date found", () => {
    const row = (n: string, talker: string, props: string, date: string) =>
      tr(
        ...[n].map((v) => tc(v)),
        tc(talker, props),
        ...["主任", "李四" + n, "科员", "王五", date, "会议室", "谈心谈话"].map((v) => tc(v)),
      );
    const bytes = docx(
      talks(row("1", "张三", '<w:vMerge w:val="restart"/>', "2023年2月3日"), row("2", "", "<w:vMerge/>", "2023.2.30")),
    );
    const r = merge([{ file: "办公室.docx", ...readWorkbook(bytes, "办公室.docx") }], { schemas: FORMS });
    expect(r.status.map((s) => s.unit)).toEqual(["办公室"]);
    expect(r.annexes[0].rows.map((x) => x.values.talker)).toEqual(["张三", "张三"]);
    expect(r.annexes[0].rows[1].issues.map((i) => `${i.code}.${i.reason}@${i.cell}`)).toEqual(["date.day@G6"]);
  });

  /** Values as a reader sees them (a Word table holds text: 1 and "1" are the same 序号). */
  const asText = (values: Readonly<Record<string, CellValue>>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, isDateCell(v) ? `@${v.serial}` : cellText(v)]));

  it.each([".docm", ".dotx", ".dotm"])(
    "a Word document saved with macros or as a template (%s) is read as a .docx is",
    (ext) => {
      const bytes = sheetsAsDocx(demoReturns().files.find((f) => f.format === "xlsx")!.sheets);
      expect(readWorkbook(bytes, `办公室${ext}`).sheets).toEqual(readWorkbook(bytes, "办公室.docx").sheets);
    },
  );

  it("each demo return written as a Word document merges to the same rows as the workbook", () => {
    const { files } = demoReturns();
    const plain = files.filter((f) => f.format === "xlsx").slice(0, 6);
    expect(plain.length).toBeGreaterThan(3);
    const rowsOf = (book: { file: string; sheets: SheetData[] }) =>
      merge([book], { schemas: FORMS }).annexes.map((a) => [
        a.schema.id,
        a.rows.map((r) => [r.unit, asText(r.values), r.issues.map((i) => `${i.code}.${i.reason}`)]),
      ]);
    for (const f of plain) {
      const fromWord = readWorkbook(sheetsAsDocx(f.sheets), `${f.name}.docx`);
      expect({ file: f.name, rows: rowsOf({ file: f.name, sheets: fromWord.sheets }) }).toEqual({
        file: f.name,
        rows: rowsOf({ file: f.name, sheets: f.sheets }),
      });
    }
  });

  it.each([
    ["a document without a table", docx(p("请各单位认真填写。")), "文字文档"],
    ["not a package at all", new Uint8Array([1, 2, 3]), "Word 文档已损坏"],
  ])("refuses %s, saying why", (_, bytes, says) => {
    expect(() => readWorkbook(bytes, "说明.docx")).toThrow(ReadError);
    expect(() => readWorkbook(bytes, "说明.docx")).toThrow(says);
  });

  it("a document cut short anywhere is read as far as it goes or refused with a reason, never a crash", () => {
    const xml = documentXml(
      talks(
        tr(...["1", "张三", "主任", "李四", "科员", "王五", "2023年2月3日", "会议室", "谈心谈话"].map((v) => tc(v))),
      ),
    );
    for (let end = 0; end < xml.length; end += 13) {
      const bytes = zipSync({ "word/document.xml": strToU8(xml.slice(0, end)) });
      try {
        const read = readWorkbook(bytes, "cut.docx");
        expect(read.sheets[0].rows.length).toBeGreaterThan(0);
      } catch (e) {
        expect(e).toBeInstanceOf(ReadError);
      }
    }
  });

  it("a table wider than a sheet may be is refused with the limit, not laid out", () => {
    const wide = docx(tbl(tr(...Array.from({ length: 3 }, () => tc("x", '<w:gridSpan w:val="16000"/>')))));
    expect(() => readWorkbook(wide, "宽.docx")).toThrow(/列/);
  });

  it.each([".doc", ".wps", ".rtf"])(
    "an older Word document (%s) that cannot be read is refused with what to do: save it as .docx",
    (ext) => {
      expect(() => readWorkbook(new Uint8Array([1, 2, 3]), `办公室${ext}`)).toThrow("另存为」.docx");
    },
  );
});

describe("ticks and boxes from a symbol font (Insert › Symbol: w:sym; or typed in the font)", () => {
  const cell = symbolCell;
  const talk = (n: number, type: string) =>
    ["", "张三", "科长", `李四${n}`, "科员", "王五", `2023-02-1${n}`, "会议室"]
      .map((v, i) => tc(i ? v : String(n)))
      .join("") + type;
  const doc = docx(
    p("学习宣传贯彻党的二十大精神·大谈话统计表") +
      p("填报单位：法规科") +
      tbl(
        tr(...TALKS_HEADER.map((h) => tc(h))),
        // The talk types printed as a list in the cell, a box before each, one ticked (Wingdings 2: R ☑, £ □).
        tr(talk(1, cell(["Wingdings 2", "F052"], "谈心谈话 ", ["Wingdings 2", "F0A3"], "廉政谈话"))),
        tr(talk(2, cell(["Wingdings 2", "F0A3"], "谈心谈话 ", ["Wingdings", "F0FE"], "廉政谈话"))),
        // An unknown symbol is no text at all.
        tr(talk(3, cell("任前谈话", ["Webdings", "F021"]))),
        // £ and R typed and set in Wingdings 2 (a common way to draw □ and ☑): what they show; the
        // Chinese in the same run shows in its East Asian font, and is kept.
        tr(
          talk(
            4,
            `<w:tc><w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>£</w:t></w:r><w:r><w:t>谈心谈话 </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>R提醒谈话</w:t></w:r></w:p></w:tc>`,
          ),
        ),
      ),
  );

  it("reads each as the character it shows, and the ticked type as the talk's", () => {
    const { sheets } = readWorkbook(doc, "法规科.docx");
    expect(sheets[0].rows.slice(-4).map((r) => r[8])).toEqual([
      "☑谈心谈话 □廉政谈话",
      "□谈心谈话 ☑廉政谈话",
      "任前谈话",
      "□谈心谈话 ☑提醒谈话",
    ]);
    const result = merge([{ file: "法规科.docx", sheets }], { schemas: FORMS });
    expect(result.annexes[0].rows.map((r) => r.values.type)).toEqual(["谈心谈话", "廉政谈话", "任前谈话", "提醒谈话"]);
    expect(result.issues).toEqual({ errors: 0, warnings: 0 });
  });
});
