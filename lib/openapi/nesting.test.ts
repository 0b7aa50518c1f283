import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { nestingDepth, swaggerNestingProblem } from './nesting';

/** A slice whose one definition nests `levels` object schemas. */
function nested(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < levels; i += 1) schema = { type: 'object', properties: { child: schema } };
  return { swagger: '2.0', info: { title: 't', version: 'v' }, paths: {}, definitions: { Deep: schema } };
}

describe('documents nested past what Swagger UI reads', () => {
  it('measures nesting', () => {
    expect(nestingDepth('x')).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth({ a: [{ b: 1 }] })).toBe(3);
    expect(nestingDepth(nested(3000))).toBe(2 * 3000 + 3);
  });

  it('names the problem exactly when Swagger UI’s js-yaml would refuse the document (48 levels: blank tab)', () => {
    for (const levels of [10, 40, 47, 48, 49, 60, 250]) {
      const spec = nested(levels);
      const refused = (() => {
        try {
          load(JSON.stringify(spec));
          return false;
        } catch (error) {
          return /nesting exceeded maxDepth/.test(String(error));
        }
      })();
      const problem = swaggerNestingProblem(spec);
      expect(problem !== undefined, `${levels} levels`).toBe(refused);
      if (problem) expect(problem).toMatch(/nests \d+ levels deep, more than Swagger UI can read/);
    }
    expect(swaggerNestingProblem(nested(47))).toBeUndefined();
    expect(swaggerNestingProblem(nested(48))).toBeDefined();
  });
});
