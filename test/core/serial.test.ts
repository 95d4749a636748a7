import { describe, expect, it } from "@jest/globals";
import { daysInMonth, serialToYmd, ymdToSerial } from "../../src/core/dates/serial";

// The calendar arithmetic is integer arithmetic (serial.ts); a Date is the reference it must agree
// with, written out here as serial.ts had it before (the 1900 leap-day bug included).
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const viaDate = {
  serialToYmd(serial: number) {
    const whole = Math.floor(serial);
    const dt = new Date(EPOCH + (whole < 61 ? whole + 1 : whole) * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  },
  ymdToSerial(y: number, m: number, d: number) {
    const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
    return days < 61 ? days - 1 : days;
  },
  daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
};

describe("serial dates", () => {
  it("agrees with a Date on every day from 1850 to 2150, both ways", () => {
    const from = viaDate.ymdToSerial(1850, 1, 1);
    const to = viaDate.ymdToSerial(2150, 12, 31);
    let mismatches = 0;
    for (let serial = from; serial <= to; serial++) {
      const ymd = serialToYmd(serial);
      const expected = viaDate.serialToYmd(serial);
      if (ymd.y !== expected.y || ymd.m !== expected.m || ymd.d !== expected.d) mismatches++;
      if (ymdToSerial(expected) !== viaDate.ymdToSerial(expected.y, expected.m, expected.d)) mismatches++;
    }
    expect(to - from).toBeGreaterThan(100_000);
    expect(ymdToSerial({ y: 2023, m: 1, d: 5 })).toBe(44931);
    expect(mismatches).toBe(0);
  });

  it.each([
    [44931, { y: 2023, m: 1, d: 5 }],
    [44931.75, { y: 2023, m: 1, d: 5 }], // a time of day is dropped
    [59, { y: 1900, m: 2, d: 28 }],
    [60, { y: 1900, m: 3, d: 1 }], // Excel's 29 February 1900, a day that never was: read as the next
    [61, { y: 1900, m: 3, d: 1 }],
    [1, { y: 1900, m: 1, d: 1 }],
    [0, { y: 1899, m: 12, d: 31 }],
    [-1, viaDate.serialToYmd(-1)],
    [2_958_465, { y: 9999, m: 12, d: 31 }],
    [-700_000, viaDate.serialToYmd(-700_000)], // before year 0: the proleptic calendar, as a Date has it
  ])("serial %p is %p", (serial, ymd) => {
    expect(serialToYmd(serial)).toEqual(ymd);
  });

  it.each([NaN, Infinity, -Infinity, 1e12])(
    "serial %p, out of a Date's range, is what a Date makes of it",
    (serial) => {
      expect(serialToYmd(serial)).toEqual(viaDate.serialToYmd(serial));
    },
  );

  it.each([
    [2023, 2, 30], // day past the month's end rolls over, as Date.UTC does
    [2023, 3, 0],
    [2023, 13, 1], // months past 12 and years 0-99 go through a Date
    [2023, 0, 15],
    [23, 1, 5],
    [2023, 1.5, 5],
    [2023, 1, 5.5],
    [NaN, 1, 1],
  ])("ymdToSerial(%p, %p, %p) is what a Date makes of it", (y, m, d) => {
    expect(ymdToSerial({ y, m, d })).toEqual(viaDate.ymdToSerial(y, m, d));
  });

  it("gives each month's length, leap years by the Gregorian rule, and what a Date gives past month 12", () => {
    const wrong: number[][] = [];
    for (let y = 1600; y <= 2400; y++)
      for (let m = -2; m <= 26; m++) if (daysInMonth(y, m) !== viaDate.daysInMonth(y, m)) wrong.push([y, m]);
    expect(wrong).toEqual([]);
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2024, 2), daysInMonth(2023, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
    expect(daysInMonth(2023, 23)).toBe(30); // 2023年23月: month 23 counted on is November 2024
  });
});
