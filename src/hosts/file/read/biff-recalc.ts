/**
 * Whether the formula results saved in a BIFF8 workbook stream came from a spreadsheet's
 * calculation. Excel (2000 and later) and LibreOffice write a RecalcId record (0x01C1, [MS-XLS]
 * §2.4.215) among the workbook globals, naming the calculation engine that computed the saved
 * results; Excel recalculates on opening a file without one, or whose engine is 0 (Apache POI's
 * HSSFWorkbook.setForceFormulaRecalculation sets the RecalcIdRecord's engine id to 0 for that
 * purpose). Python's xlwt writes no RecalcId and saves each formula with an empty text as its
 * "result" (test/fixtures/programs): in such a file a formula showing nothing may well have a
 * value in Excel, and none in the file to merge.
 */
import { biffRecords, u16, u32 } from "./bytes";

const RECALC_ID = 0x01c1;
const BOF = 0x0809;
const EOF = 0x000a;

/** True when the globals hold a RecalcId with a non-zero engine (dwBuild, after the record's own 4-byte header). */
export function biffResultsCalculated(stream: Uint8Array): boolean {
  let first = true;
  for (const { type, length, body } of biffRecords(stream)) {
    if (type === EOF || (type === BOF && !first)) return false;
    first = false;
    if (type === RECALC_ID && length >= 8 && body + 8 <= stream.length)
      return u16(stream, body) === RECALC_ID && u32(stream, body + 4) !== 0;
  }
  return false;
}
