/**
 * Text as a .txt file that Windows Notepad (and WPS) open as Chinese: UTF-8 with a byte order mark
 * (older Notepad reads UTF-8 without it as the ANSI code page, GBK, and shows mojibake) and CRLF
 * line ends, ending with a line break.
 */
export function windowsText(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text.replace(/\r?\n/g, "\r\n")}\r\n`);
}
