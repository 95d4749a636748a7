import type { LoadSevenZip } from "../hosts/file/other-archives";

/**
 * 7-Zip for the pane (hosts/file/other-archives.ts), in the worker or on the page: the 7z-wasm
 * package as a chunk of its own, with its WebAssembly beside it (dist/…wasm, served from the
 * add-in's own origin like everything else), fetched only when a .rar or .7z is among the files.
 */
export const loadSevenZip: LoadSevenZip = async (io) => {
  const { default: SevenZip } = await import(/* webpackChunkName: "7zip" */ "7z-wasm");
  return SevenZip(io);
};
