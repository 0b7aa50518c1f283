import { afterEach, describe, expect, it, vi } from 'vitest';
import { stashedCount, stashHtml, takeHtml } from './html-stash';

afterEach(() => vi.useRealTimers());

describe('html stash', () => {
  it('hands stashed HTML to the render that takes it, once per stash, and forgets it soon after', () => {
    vi.useFakeTimers();
    const before = stashedCount();
    stashHtml('k1', '<ul></ul>');
    stashHtml('k1', '<ul></ul>');
    expect(takeHtml('k1')).toBe('<ul></ul>');
    expect(takeHtml('k1')).toBe('<ul></ul>');
    expect(takeHtml('nope')).toBeUndefined();
    vi.advanceTimersByTime(6_000);
    stashHtml('k2', '<p></p>'); // prunes
    expect(takeHtml('k1')).toBeUndefined();
    expect(stashedCount()).toBe(before + 1);
    takeHtml('k2');
  });

  it('drops entries nobody took (an RSC-only request) after a minute', () => {
    vi.useFakeTimers();
    stashHtml('orphan', '<ul></ul>');
    vi.advanceTimersByTime(61_000);
    stashHtml('other', '<ul></ul>');
    expect(takeHtml('orphan')).toBeUndefined();
    takeHtml('other');
  });
});
