import { fflateCompressor, writeZip } from "./xlsx/zip-writer";

/**
 * Several files as one .zip to download (all units' 退回修改 workbooks, the per-unit templates).
 * Names are stored as UTF-8 with the language flag set (APPNOTE 6.3 appendix D), which current zip
 * tools follow; Windows 7's own zip is known to ignore the flag. Tested here only by reading the
 * zips back (fflate, in jsdom and Chromium), not in Windows Explorer or other zip tools.
 * Two files of one name get 「(2)」 before the extension rather than overwriting each other.
 */
export function zipFiles(files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Uint8Array {
  const used = new Set<string>();
  const parts = files.map((f) => {
    let name = f.name;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = f.name.replace(/(\.[^.]*)?$/, ` (${k})$1`);
    used.add(name.toLowerCase());
    return { name, chunks: [f.bytes] };
  });
  return writeZip(parts, fflateCompressor);
}
