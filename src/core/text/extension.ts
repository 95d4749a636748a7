/** A file's extension in lower case with its dot (.xlsx, .pdf); "" when its name has none. */
export function extensionOf(fileName: string): string {
  return /\.[^.\\/]+$/.exec(fileName)?.[0].toLowerCase() ?? "";
}
