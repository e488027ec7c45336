/**
 * Progress on stderr for runs that take more than a few seconds: articles done (of the total
 * when known), rate and ETA. On a terminal one line is redrawn in place; otherwise (a log file,
 * CI) a plain line is printed every few seconds. Short runs print nothing.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** Articles expected, when known (an estimate is fine: the line says "about"). */
  total?: number;
  /** Milliseconds since some origin; injectable for tests. */
  now?: () => number;
  /** Nothing is shown before this many milliseconds. */
  delayMs?: number;
  /** Minimum time between two lines (terminal: redraws). */
  intervalMs?: number;
}

export class Progress {
  private readonly stream: ProgressStream;
  private readonly total: number | undefined;
  private readonly now: () => number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly startedAt: number;
  private lastShownAt: number | undefined;
  private done = 0;
  private lineOnScreen = false;

  constructor(options: ProgressOptions) {
    this.stream = options.stream;
    this.total = options.total;
    this.now = options.now ?? (() => performance.now());
    const tty = options.stream.isTTY === true;
    this.delayMs = options.delayMs ?? 2000;
    this.intervalMs = options.intervalMs ?? (tty ? 200 : 5000);
    this.startedAt = this.now();
  }

  /** Counts one more article done and shows the line if it is time to. */
  tick(count = 1): void {
    this.done += count;
    const now = this.now();
    if (now - this.startedAt < this.delayMs) return;
    if (this.lastShownAt !== undefined && now - this.lastShownAt < this.intervalMs) return;
    this.lastShownAt = now;
    this.show(now);
  }

  /** Removes the terminal line (if any) so the summary starts on a clean line. */
  finish(): void {
    if (this.lineOnScreen) this.stream.write('\r\x1b[K');
    this.lineOnScreen = false;
  }

  private show(now: number): void {
    const line = formatProgress(this.done, this.total, (now - this.startedAt) / 1000);
    if (this.stream.isTTY === true) {
      this.stream.write(`\r${line}\x1b[K`);
      this.lineOnScreen = true;
    } else {
      this.stream.write(`${line}\n`);
    }
  }
}

/** "kg: 1,200 of about 5,000 articles (24%), 310 articles/s, ETA 0:12" */
export function formatProgress(done: number, total: number | undefined, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const parts = [`kg: ${count(done)}`];
  if (total !== undefined && total >= done && total > 0) {
    parts[0] += ` of about ${count(total)} articles (${Math.floor((100 * done) / total)}%)`;
  } else {
    parts[0] += ' articles';
  }
  parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} articles/s`);
  if (total !== undefined && total >= done && rate > 0) parts.push(`ETA ${duration((total - done) / rate)}`);
  return parts.join(', ');
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** m:ss, or h:mm:ss past an hour. */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
