import type { SheetData } from "../../../core/sheet/types";

/** A sheet with its tag, hidden flag, uncalculated formulas and far cells set only when it has them (so both readers give equal objects). */
export function withExtras(sheet: SheetData, tag: SheetData["tag"], hidden: boolean): SheetData {
  const { name, rows, merges, uncalculated, beyond, hiddenRows } = sheet;
  return {
    name,
    rows,
    merges,
    ...(tag ? { tag } : {}),
    ...(hidden ? { hidden } : {}),
    ...(hiddenRows?.length ? { hiddenRows } : {}),
    ...(uncalculated?.length ? { uncalculated } : {}),
    ...(beyond?.length ? { beyond } : {}),
  };
}
