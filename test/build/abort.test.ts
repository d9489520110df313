import { describe, expect, it } from 'vitest';
import { unlessAborted } from '../../src/build/abort.js';

describe('unlessAborted: a build stopped by a signal', () => {
  it('gives the work’s result when nothing aborts', async () => {
    const controller = new AbortController();
    await expect(unlessAborted(controller.signal, Promise.resolve(7), async () => undefined)).resolves.toBe(7);
  });

  it('on abort, waits for the clean-up to finish, then rejects with the reason (the work is left running)', async () => {
    const controller = new AbortController();
    const events: string[] = [];
    const never = new Promise<number>(() => undefined);
    const result = unlessAborted(controller.signal, never, async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('cleaned');
    });
    controller.abort(143);
    await expect(result).rejects.toBe(143);
    expect(events).toEqual(['cleaned']);
  });

  it('an abort before the start cleans up at once; a clean-up that fails still rejects with the reason', async () => {
    const controller = new AbortController();
    controller.abort(130);
    await expect(
      unlessAborted(controller.signal, new Promise(() => undefined), async () => Promise.reject(new Error('gone'))),
    ).rejects.toBe(130);
  });

  it('the work’s own failure comes through unchanged, and no signal means no change', async () => {
    const controller = new AbortController();
    await expect(unlessAborted(controller.signal, Promise.reject(new Error('bad article')), async () => undefined)).rejects.toThrow(
      'bad article',
    );
    await expect(unlessAborted(undefined, Promise.resolve('x'), async () => undefined)).resolves.toBe('x');
  });
});
