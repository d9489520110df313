import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe('progress on long builds', () => {
  it('rewrites one line on a terminal, and clears it at the end', () => {
    let now = 0;
    const stream = fakeStream(true);
    const progress = progressReporter(stream, () => now);
    progress.update(1, 100); // under a second: quiet
    expect(stream.writes).toEqual([]);
    for (let done = 2; done <= 100; done++) {
      now += 50;
      progress.update(done, 100);
    }
    expect(stream.writes.length).toBeGreaterThan(5);
    expect(stream.writes.every((text) => text.startsWith('\r') && !text.includes('\n'))).toBe(true);
    expect(stream.writes.at(-1)).toContain('100/100 stories (100%)');
    progress.end();
    expect(stream.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes plain lines, about every tenth of the build, when not on a terminal (CI logs)', () => {
    let now = 0;
    const stream = fakeStream(false);
    const progress = progressReporter(stream, () => now);
    for (let done = 1; done <= 1000; done++) {
      now += 10;
      progress.update(done, 1000);
    }
    progress.end();
    expect(stream.writes.every((text) => text.endsWith('\n') && !text.includes('\r'))).toBe(true);
    expect(stream.writes.length).toBeGreaterThanOrEqual(8);
    expect(stream.writes.length).toBeLessThanOrEqual(11);
    expect(stream.writes.at(-1)).toBe('building: 1000/1000 stories (100%)\n');
  });

  it('stays quiet for a build that takes under a second', () => {
    let now = 0;
    const stream = fakeStream(false);
    const progress = progressReporter(stream, () => now);
    for (let done = 1; done <= 10; done++) {
      now += 20;
      progress.update(done, 10);
    }
    progress.end();
    expect(stream.writes).toEqual([]);
  });
});
