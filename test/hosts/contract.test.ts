import { hostContract } from "./contract";
import { excelUnderTest, fileUnderTest, protocolUnderTest, wpsUnderTest } from "./under-test";
import { FakeBook } from "../fakes/excel/book";

hostContract("Excel via Microsoft's client library (excel-web-16.00.js), ExcelApi 1.18 host", () =>
  protocolUnderTest(),
);
hostContract("Excel via Microsoft's client library (excel-win32-16.01.js), ExcelApi 1.18 host", () =>
  protocolUnderTest(new FakeBook(18), "excel-win32-16.01.js"),
);
hostContract("Excel via Microsoft's client library, ExcelApi 1.9 host", () => protocolUnderTest(new FakeBook(9)));
hostContract("Excel (proxy fake: a current client library with notes, as from Microsoft's CDN)", () =>
  excelUnderTest(),
);
hostContract("file (workbook in memory)", () => fileUnderTest());
hostContract("WPS (ET object model fake)", () => wpsUnderTest());
