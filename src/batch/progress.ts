/**
 * A one-line progress bar on a terminal's stderr: files done of total, rate and time left. Drawn at most
 * ten times a second; cleared before anything else is written and at the end.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private visible = false;

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly columns = 80,
  ) {}

  update(done: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const label = ` ${done}/${this.total} files  ${Math.round(rate)}/s  ETA ${clock(eta)}`;
    const width = Math.max(10, Math.min(40, this.columns - label.length - 3));
    const filled = Math.round((width * done) / Math.max(1, this.total));
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}\x1b[K`);
    this.visible = true;
  }

  clear(): void {
    if (!this.visible) return;
    this.write('\r\x1b[K');
    this.visible = false;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
