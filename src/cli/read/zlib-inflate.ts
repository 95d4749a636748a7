import { inflateRawSync } from "node:zlib";
import type { Inflate } from "../../hosts/file/read/zip";

/**
 * Node's zlib (native, about twice as fast as fflate on large parts) for the command line. It
 * stops at the declared size plus one byte: a part that unpacks to more than it declared is damaged.
 */
export const zlibInflate: Inflate = (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(1, size + 1) });
