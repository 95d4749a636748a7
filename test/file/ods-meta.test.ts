import { describe, expect, it } from "@jest/globals";
import { odsHiddenRows, odsHiddenSheets, odsSavedAt } from "../../src/hosts/file/read/ods-meta";

const meta = (inner: string) =>
  `<?xml version="1.0"?><office:document-meta><office:meta>${inner}</office:meta></office:document-meta>`;

describe("when an .ods was saved (meta.xml)", () => {
  it.each([
    [
      "dc:date, no zone: local time",
      meta("<dc:date>2023-02-01T09:30:00</dc:date>"),
      new Date(2023, 1, 1, 9, 30).getTime(),
    ],
    [
      "dc:date with fractions",
      meta("<dc:date>2023-02-01T09:30:00.123456789</dc:date>"),
      new Date(2023, 1, 1, 9, 30).getTime(),
    ],
    ["dc:date in UTC", meta("<dc:date>2023-02-01T09:30:00Z</dc:date>"), Date.UTC(2023, 1, 1, 9, 30)],
    ["dc:date with an offset", meta("<dc:date>2023-02-01T17:30:00+08:00</dc:date>"), Date.UTC(2023, 1, 1, 9, 30)],
    [
      "the creation date when there is no dc:date",
      meta("<meta:creation-date>2023-01-20T08:00:00</meta:creation-date>"),
      new Date(2023, 0, 20, 8).getTime(),
    ],
    [
      "dc:date wins over the creation date",
      meta("<meta:creation-date>2023-01-20T08:00:00</meta:creation-date><dc:date>2023-02-21T10:00:00</dc:date>"),
      new Date(2023, 1, 21, 10).getTime(),
    ],
    ["no dates", meta("<meta:generator>SheetJS</meta:generator>"), undefined],
    ["a date that is not one", meta("<dc:date>yesterday</dc:date>"), undefined],
    ["a year before spreadsheets saved dates", meta("<dc:date>1601-01-01T00:00:00</dc:date>"), undefined],
    ["no meta.xml", null, undefined],
  ])("%s", (_, xml, expected) => {
    expect(odsSavedAt(xml)).toBe(expected);
  });
});

describe("which sheets an .ods hides (content.xml)", () => {
  const content = (styles: string, tables: string) =>
    `<office:document-content><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const style = (name: string, display: string) =>
    `<style:style style:name="${name}" style:family="table" style:master-page-name="Default"><style:table-properties table:display="${display}" style:writing-mode="lr-tb"/></style:style>`;
  const table = (name: string, styleName: string) =>
    `<table:table table:name="${name}" table:style-name="${styleName}"><table:table-column/><table:table-row><table:table-cell/></table:table-row></table:table>`;

  it.each([
    ["none hidden", content(style("ta1", "true"), table("附件2", "ta1")), []],
    [
      "one of two, as LibreOffice writes it",
      content(style("ta1", "true") + style("ta2", "false"), table("附件2", "ta1") + table("附件2 (旧)", "ta2")),
      ["附件2 (旧)"],
    ],
    ["a name with an entity", content(style("ta2", "false"), table("旧&amp;新", "ta2")), ["旧&新"]],
    [
      "a cell style that says display=false is not a sheet's",
      content(
        '<style:style style:name="ce1" style:family="table-cell"><style:table-properties table:display="false"/></style:style>',
        table("附件2", "ce1"),
      ),
      [],
    ],
    ["nothing", "", []],
  ])("%s", (_, xml, names) => {
    expect([...odsHiddenSheets(xml)]).toEqual(names);
  });
});

describe("which rows an .ods hides (content.xml, table:visibility)", () => {
  const row = (attrs = "") => `<table:table-row table:style-name="ro1"${attrs}><table:table-cell/></table:table-row>`;
  const hidden = ' table:visibility="collapse"';
  const sheet = (name: string, rows: string) =>
    `<table:table table:name="${name}" table:style-name="ta1"><table:table-column/>${rows}</table:table>`;
  const content = (tables: string) =>
    `<office:document-content><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const rowsOf = () => 100;

  it.each([
    ["none hidden", content(sheet("附件2", row() + row())), {}],
    ["hidden by hand (LibreOffice's 隐藏行)", content(sheet("附件2", row() + row(hidden) + row())), { 附件2: [1] }],
    [
      "filtered out (an autofilter's)",
      content(sheet("附件2", row() + row(' table:visibility="filter"') + row())),
      { 附件2: [1] },
    ],
    ["shown, said so", content(sheet("附件2", row(' table:visibility="visible"'))), {}],
    [
      "folded in a group, which is no row itself",
      content(
        sheet(
          "附件2",
          row() + `<table:table-row-group table:display="false">${row(hidden)}</table:table-row-group>` + row(hidden),
        ),
      ),
      { 附件2: [1, 2] },
    ],
    [
      "after header rows and repeated rows, counted as rows",
      content(
        sheet(
          "附件2",
          `<table:table-header-rows>${row()}</table:table-header-rows>` +
            row(' table:number-rows-repeated="3"') +
            row(`${hidden} table:number-rows-repeated="2"`),
        ),
      ),
      { 附件2: [4, 5] },
    ],
    ["on the second sheet only", content(sheet("附件1", row()) + sheet("附件2", row(hidden))), { 附件2: [0] }],
    ["an empty self-closed row counts", content(sheet("附件2", "<table:table-row/>" + row(hidden))), { 附件2: [1] }],
    ["nothing", "", {}],
  ])("%s", (_, xml, expected) => {
    expect(Object.fromEntries(odsHiddenRows(xml, rowsOf))).toEqual(expected);
  });

  it("lists no row past the rows read: LibreOffice's million hidden rows after the data cost nothing", () => {
    const xml = content(sheet("附件2", row() + row(`${hidden} table:number-rows-repeated="1048575"`)));
    expect(Object.fromEntries(odsHiddenRows(xml, () => 3))).toEqual({ 附件2: [1, 2] });
  });
});
