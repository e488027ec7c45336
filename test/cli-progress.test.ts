import { describe, expect, it } from 'vitest';
import { formatProgress, Progress } from '../src/cli/progress';

/** A stream that records what is written, and a clock the test moves by hand. */
function harness(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  const stream = { isTTY, write: (text: string) => written.push(text) };
  return { written, stream, clock: () => now, advance: (ms: number) => (now += ms) };
}

describe('progress on stderr', () => {
  it('formats done/total, rate and ETA', () => {
    expect(formatProgress(250, 1000, 10)).toBe('kg: 250 of about 1,000 articles (25%), 25 articles/s, ETA 0:30');
    expect(formatProgress(3, undefined, 2)).toBe('kg: 3 articles, 1.5 articles/s');
    expect(formatProgress(10, 100_000, 1)).toMatch(/ETA 2:46:39$/);
  });

  it('prints nothing for a run shorter than the delay', () => {
    const h = harness(true);
    const progress = new Progress({ stream: h.stream, total: 10, now: h.clock });
    for (let i = 0; i < 10; i++) {
      h.advance(100);
      progress.tick();
    }
    progress.finish();
    expect(h.written).toEqual([]);
  });

  it('redraws one line in place on a terminal and clears it at the end', () => {
    const h = harness(true);
    const progress = new Progress({ stream: h.stream, total: 100, now: h.clock });
    for (let i = 0; i < 50; i++) {
      h.advance(100);
      progress.tick();
    }
    progress.finish();
    expect(h.written.length).toBeGreaterThan(1);
    expect(h.written.slice(0, -1).every((text) => text.startsWith('\r') && !text.includes('\n'))).toBe(true);
    expect(h.written.at(-2)).toContain('kg: 50 of about 100 articles (50%)');
    expect(h.written.at(-1)).toBe('\r\x1b[K');
  });

  it('prints a plain line every few seconds when stderr is not a terminal', () => {
    const h = harness(false);
    const progress = new Progress({ stream: h.stream, total: 1000, now: h.clock });
    for (let i = 0; i < 120; i++) {
      h.advance(100);
      progress.tick();
    }
    progress.finish();
    // 12 s of work: first line after the 2 s delay, then one each 5 s.
    expect(h.written).toHaveLength(3);
    expect(h.written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });
});
