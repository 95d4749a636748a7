/**
 * SheetJS prints notes about number formats it cannot map between ODS and Excel ("ODS number
 * format may be incorrect", "unrecognized character") straight to the console. They say nothing
 * about the values read or written, so they are kept out of the CLI's output. Errors still throw.
 */
export function quietly<T>(fn: () => T): T {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => {};
  try {
    return fn();
  } finally {
    Object.assign(console, { error, warn, log });
  }
}
