import { describe, expect, it } from "@jest/globals";
import { odsSavedAt } from "../../src/hosts/file/read/ods-meta";

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
