/** Progress on stderr: a live line on a terminal, a few milestones otherwise. */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastPct = -1;
  return (done: number, total: number): void => {
    if (total < 20) return;
    if (stream.isTTY) {
      stream.write(`\r${label} ${done}/${total}`);
      if (done === total) stream.write("\n");
      return;
    }
    const pct = Math.floor((done / total) * 4) * 25;
    if (pct !== lastPct && pct > 0) {
      lastPct = pct;
      stream.write(`${label} ${done}/${total}（${pct}%）\n`);
    }
  };
}
