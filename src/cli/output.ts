/** Where a command writes: lines for the user (stdout) and one-line errors (stderr). */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}
