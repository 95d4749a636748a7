/**
 * Tells a host's change listener which changes are Huibiao's own (inserting a template, painting
 * marks, saving settings): those are not edits to validate. Excel reports changes after the batch,
 * so a short grace period follows each write.
 */
export class OwnWrites {
  private depth = 0;
  private until = 0;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly graceMs = 1500,
  ) {}

  async around<T>(work: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await work();
    } finally {
      this.depth--;
      this.until = this.now() + this.graceMs;
    }
  }

  sync<T>(work: () => T): T {
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
      this.until = this.now() + this.graceMs;
    }
  }

  get active(): boolean {
    return this.depth > 0 || this.now() < this.until;
  }
}
