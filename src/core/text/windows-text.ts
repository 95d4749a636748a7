/**
 * Text as a .txt file for Windows: UTF-8 with a byte order mark (Notepad before Windows 10 1903
 * takes UTF-8 without one for the ANSI code page, GBK on Chinese Windows) and CRLF line ends,
 * ending with a line break. Not opened in a real Notepad here.
 */
export function windowsText(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, "\r\n")}\r\n`);
}
