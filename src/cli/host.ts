import type { FileHost } from "../hosts/files";
import { readWorkbook } from "../hosts/file/read-workbook";
import { writeXlsx } from "../hosts/file/xlsx/write-xlsx";

import { nodeCompressor } from "./node-compressor";
import { zlibInflate } from "./read/zlib-inflate";

/** The file host of the command line: Node's zlib to unpack and to pack. */
export const fileHost: FileHost = {
  read: (bytes, name) => readWorkbook(bytes, name, { inflate: zlibInflate }),
  write: (model) => writeXlsx(model, nodeCompressor),
};
