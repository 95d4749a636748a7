/**
 * Built-ins that browsers added after Chromium 61, which older WPS builds embed (WPS add-in pages
 * run in WPS's own Chromium). The build transpiles syntax to ES2017 but cannot transpile library
 * calls, so the few that the add-in's code and its libraries use are supplied here when missing.
 * Imported first by main.js and by the task pane. test/wps/dist.test.ts runs the built main.js in a
 * VM from which these built-ins were removed.
 */
type AnyArray = unknown[];

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

function flatten(list: AnyArray, depth: number): AnyArray {
  const out: AnyArray = [];
  for (const item of list) {
    if (Array.isArray(item) && depth > 0) for (const inner of flatten(item, depth - 1)) out.push(inner);
    else out.push(item);
  }
  return out;
}

define(Array.prototype, "flat", function (this: AnyArray, depth = 1) {
  return flatten(this, depth);
});
define(
  Array.prototype,
  "flatMap",
  function (this: AnyArray, f: (v: unknown, i: number, a: AnyArray) => unknown, self?: unknown) {
    return flatten(this.map(f, self), 1);
  },
);
define(Array.prototype, "findLast", function (this: AnyArray, f: (v: unknown, i: number, a: AnyArray) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return this[i];
  return undefined;
});
define(Array.prototype, "findLastIndex", function (this: AnyArray, f: (v: unknown, i: number, a: AnyArray) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (f(this[i], i, this)) return i;
  return -1;
});
define(Object, "fromEntries", (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});
define(String.prototype, "matchAll", function (this: string, pattern: RegExp) {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(this); m; m = re.exec(this)) {
    found.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return found[Symbol.iterator]();
});
define(Promise.prototype, "finally", function <T>(this: Promise<T>, f: () => void) {
  return this.then(
    (v) => Promise.resolve(f()).then(() => v),
    (e) =>
      Promise.resolve(f()).then(() => {
        throw e;
      }),
  );
});
if (typeof globalThis === "undefined")
  (Function("return this")() as { globalThis?: unknown }).globalThis = Function("return this")();

export {};
