import type { FileHost } from "../hosts/files";
import { readWorkbook } from "../hosts/file/read-workbook";
import { writeXlsx } from "../hosts/file/xlsx/write-xlsx";

export const fileHost: FileHost = { read: readWorkbook, write: writeXlsx };
