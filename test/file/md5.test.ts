import { describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { md5 } from "../../src/hosts/file/read/md5";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("md5 (for legacy .xls encryption)", () => {
  it.each([
    ["", "d41d8cd98f00b204e9800998ecf8427e"],
    ["abc", "900150983cd24fb0d6963f7d28e17f72"],
    [
      "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
      "57edf4a22be3c955ac49da2e2107b67a",
    ],
  ])("RFC 1321's test suite: %j", (text, digest) => {
    expect(hex(md5(new TextEncoder().encode(text)))).toBe(digest);
  });

  it("agrees with Node's crypto on every length from 0 to 300 bytes", () => {
    for (let n = 0; n <= 300; n++) {
      const data = new Uint8Array(n).map((_, i) => (i * 131 + n) & 0xff);
      expect(hex(md5(data))).toBe(createHash("md5").update(data).digest("hex"));
    }
  });
});
