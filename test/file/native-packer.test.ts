import { describe, expect, it } from "@jest/globals";
import { crc32, deflateRawSync, gzipSync, inflateRawSync } from "node:zlib";
import { fromGzip, nativePacker } from "../../src/hosts/file/xlsx/native-packer";
import { writeXlsx, writeXlsxAsync } from "../../src/hosts/file/xlsx/write-xlsx";
import { readWorkbook } from "../../src/hosts/file/read-workbook";
import { buildTemplates } from "../../src/core/template/build-template";
import { BUILTIN_ANNEXES } from "../../src/core/schema/annexes";
import { partCrcs } from "../helpers/zip-crc";

// The browser's own deflate (CompressionStream, gzip form) for the page's summaries; Node has the
// same API (on zlib), so the packaging is checked here and the browser's in Chromium (e2e).

describe("nativePacker: parts compressed by the platform, CRC and length from the gzip trailer", () => {
  const model = buildTemplates(BUILTIN_ANNEXES, { listsOf: BUILTIN_ANNEXES });

  it("writes the same workbook as fflate does, every part's CRC right", async () => {
    expect(nativePacker).not.toBeNull();
    const native = await writeXlsxAsync(model, nativePacker!);
    const fflate = writeXlsx(model);
    for (const part of partCrcs(native)) expect(part.recorded).toBe(part.actual);
    expect(partCrcs(native).map((p) => [p.name, p.actual])).toEqual(partCrcs(fflate).map((p) => [p.name, p.actual]));
    expect(readWorkbook(native, "native.xlsx")).toEqual(readWorkbook(fflate, "fflate.xlsx"));
  });

  it("packs a part given in many chunks, and one given none", async () => {
    const text = new TextEncoder().encode("<row>谈心谈话</row>".repeat(20_000));
    const chunks = Array.from({ length: 50 }, (_, i) =>
      text.subarray(i * (text.length / 50), (i + 1) * (text.length / 50)),
    );
    const packed = await nativePacker!(chunks);
    expect(packed.size).toBe(text.length);
    expect(Buffer.compare(inflateRawSync(packed.packed), Buffer.from(text))).toBe(0);
    const empty = await nativePacker!([]);
    expect(empty).toMatchObject({ size: 0, crc: 0 });
  });
});

describe("fromGzip: the deflate data inside a gzip member (RFC 1952)", () => {
  const data = new TextEncoder().encode("填报单位：办公室".repeat(100));

  it("reads a plain member: the data, the CRC-32, the length", () => {
    const gz = new Uint8Array(gzipSync(data));
    const part = fromGzip(gz, data.length);
    expect(Buffer.from(part.packed).equals(deflateRawSync(data))).toBe(true);
    expect(part.crc).toBe(crc32(data));
  });

  it("skips the optional fields a header's flags name (extra, name, comment, header CRC)", () => {
    const raw = deflateRawSync(data);
    const plain = new Uint8Array(gzipSync(data));
    const trailer = plain.subarray(plain.length - 8);
    const header = [0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3];
    const extra = [3, 0, 1, 2, 3];
    const name = [...new TextEncoder().encode("汇总.xml"), 0];
    const comment = [...new TextEncoder().encode("note"), 0];
    const gz = new Uint8Array([...header, ...extra, ...name, ...comment, 0xaa, 0xbb, ...raw, ...trailer]);
    expect(Buffer.from(fromGzip(gz, data.length).packed).equals(raw)).toBe(true);
  });

  it.each([
    ["not gzip", (gz: Uint8Array) => gz.map((b, i) => (i === 0 ? 0x50 : b))],
    ["a length other than what went in", (gz: Uint8Array) => gz.map((b, i) => (i === gz.length - 4 ? b ^ 1 : b))],
    ["cut short", (gz: Uint8Array) => gz.subarray(0, 12)],
  ])("refuses %s", (_, spoil) => {
    const gz = new Uint8Array(gzipSync(data));
    expect(() => fromGzip(spoil(gz), data.length)).toThrow();
  });
});
