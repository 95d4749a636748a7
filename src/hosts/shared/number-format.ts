/** Whether a number format shows a date: the hosts read numbers, the core needs DateCells. */
const cache = new Map<string, boolean>();

export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "G/通用格式" || format === "@") return false;
  let known = cache.get(format);
  if (known === undefined) {
    const bare = format
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, "")
      .replace(/\[(?:\$|Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color|DBNum)[^\]]*\]/gi, "")
      // Conditions ([>=25], [<>50]) and the general format as other programs spell it: LibreOffice
      // writes GENERAL, Chinese WPS and Excel G/通用格式 (its e is no era year, [DBNum1]General no date).
      .replace(/\[[<>=][^\]]*\]/g, "")
      .replace(/general|G\/通用格式/gi, "")
      .replace(/_.|\*./g, "")
      .split(";")[0];
    const hasDay = /[yde]|年|日/i.test(bare.replace(/E[+-]/gi, ""));
    const hasMonth = /m|月/i.test(bare) && !/[hs]/i.test(bare);
    known = hasDay || hasMonth;
    cache.set(format, known);
  }
  return known;
}
