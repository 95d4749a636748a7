import { hostContract } from "./contract";
import { excelUnderTest, fileUnderTest, wpsUnderTest } from "./under-test";
import { FakeBook } from "../fakes/excel/book";

hostContract("Excel (Office.js fake)", () => excelUnderTest());
hostContract("Excel 1.9 without notes or merged-area reads", () => excelUnderTest(new FakeBook(9)));
hostContract("file (workbook in memory)", () => fileUnderTest());
hostContract("WPS (ET object model fake)", () => wpsUnderTest());
