import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('puts the noun in the number the count asks for', () => {
    expect(countOf(1, 'resource')).toBe('1 resource');
    expect(countOf(0, 'resource')).toBe('0 resources');
    expect(countOf(1757, 'field change')).toBe('1,757 field changes');
    expect(countOf(2, 'policy', 'policies')).toBe('2 policies');
  });
});
