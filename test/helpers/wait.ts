/**
 * Reads a value again and again until `done` says it is the one awaited, or the time is up, and
 * returns the last value read: the caller asserts on it, so a timeout fails with what was seen.
 * (Jest has no expect.poll; this is the small helper the tests use instead.)
 */
export async function settle<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 5000, everyMs = 25 } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, everyMs));
    value = await read();
  }
  return value;
}
