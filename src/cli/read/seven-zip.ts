import type { LoadSevenZip } from "../../hosts/file/other-archives";

/**
 * 7-Zip for the command line: the 7z-wasm package, loaded from node_modules (not bundled: it is
 * needed only when a .rar or .7z is among the returns) when the first such archive is read. Each
 * archive gets a fresh instance (~30 ms), its files in memory only; stdin is closed, so that
 * 7-Zip can never wait for a password typed at the console.
 */
export const loadSevenZip: LoadSevenZip = async (io) => {
  const { default: SevenZip } = await import("7z-wasm");
  return SevenZip({ ...io, stdin: () => null as unknown as number });
};
