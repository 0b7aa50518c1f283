import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { RenderGate } = createRequire(import.meta.url)('./render-gate.cjs') as {
  RenderGate: new (
    limit: number,
    queueBound: number,
  ) => { enter(start: () => void, abandoned: (giveUp: () => void) => void): boolean; release(): void; running: number };
};

describe('RenderGate', () => {
  it('runs at most `limit` at once, the rest first come first served, and refuses beyond the queue bound', () => {
    const gate = new RenderGate(2, 2);
    const started: number[] = [];
    const enter = (n: number) =>
      gate.enter(
        () => started.push(n),
        () => {},
      );
    expect([enter(1), enter(2), enter(3), enter(4)]).toEqual([true, true, true, true]);
    expect(started).toEqual([1, 2]);
    expect(enter(5)).toBe(false);
    gate.release();
    expect(started).toEqual([1, 2, 3]);
    gate.release();
    gate.release();
    expect(started).toEqual([1, 2, 3, 4]);
    gate.release();
    expect(gate.running).toBe(0);
  });

  it('gives up the place of a client that went away while waiting', () => {
    const gate = new RenderGate(1, 4);
    const started: string[] = [];
    let leave = () => {};
    gate.enter(
      () => started.push('a'),
      () => {},
    );
    gate.enter(
      () => started.push('gone'),
      (giveUp) => (leave = giveUp),
    );
    gate.enter(
      () => started.push('c'),
      () => {},
    );
    leave();
    gate.release();
    expect(started).toEqual(['a', 'c']);
  });
});
