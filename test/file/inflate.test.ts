import { describe, expect, it } from "@jest/globals";
import { deflateRawSync } from "node:zlib";
import { random } from "../../src/app/demo/samples";
import { fflateInflate, InflateLimit } from "../../src/hosts/file/read/zip";

// fflate's inflate as the page's worker uses it: a small part is unpacked at once into a buffer of
// its declared size (and one byte more), and falls back to the streaming inflate, which counts
// against the limit, when the part holds more than it declares. Zlib (Node's) is the reference.

const LIMIT = 1024 * 1024;

/** Text-like bytes: what a sheet's XML compresses like. */
function xmlish(length: number, seed: number): Uint8Array {
  const rnd = random(seed);
  const words = ["<c r=", '"A1"', "<v>", "</v></c>", "谈心谈话", "会议室", ' t="s"', "12", "<row>"];
  let text = "";
  while (text.length < length) text += words[Math.floor(rnd() * words.length)];
  return new TextEncoder().encode(text).subarray(0, length);
}

describe("fflateInflate: what was packed, whatever size the package declares", () => {
  it.each([0, 1, 300, 40_000, 200_000])("%i bytes, compressed and stored, declared exactly", (length) => {
    const data = xmlish(length, length);
    for (const level of [1, 9, 0]) {
      const packed = deflateRawSync(data, { level });
      expect(Buffer.from(fflateInflate(packed, data.length, LIMIT)).equals(Buffer.from(data))).toBe(true);
    }
  });

  it.each([
    ["declares less than it holds", -100],
    ["declares one byte less", -1],
    ["declares more than it holds", 5_000],
    ["declares nothing", "zero"],
  ] as const)("a part that %s is read whole", (_, off) => {
    const data = xmlish(30_000, 7);
    const declared = off === "zero" ? 0 : data.length + off;
    for (const level of [1, 0]) {
      const packed = deflateRawSync(data, { level });
      expect(Buffer.from(fflateInflate(packed, declared, LIMIT)).equals(Buffer.from(data))).toBe(true);
    }
  });

  it("a small part that unpacks past the limit while declaring little is stopped at the limit", () => {
    const bomb = deflateRawSync(new Uint8Array(4 * LIMIT));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => fflateInflate(bomb, 100, LIMIT)).toThrow(InflateLimit);
  });

  it("damaged data is an error, never bytes made up", () => {
    const packed = deflateRawSync(xmlish(30_000, 3));
    const damaged = packed.slice();
    damaged.fill(0xff, 10, 40);
    expect(() => fflateInflate(damaged, 30_000, LIMIT)).toThrow();
  });
});
