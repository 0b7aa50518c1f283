/**
 * Swagger UI reads the document it is given through js-yaml (even a JSON
 * object: swagger-ui-react serializes it and parses it back), whose loader
 * refuses nesting past 100 levels ("nesting exceeded maxDepth"). A schema
 * nested ~48 levels deep (each level is a `properties` map and a schema)
 * passes that, and Swagger UI then shows nothing at all. The tab checks
 * first and says so instead.
 */

/**
 * The deepest nesting Swagger UI reads: js-yaml 4.3 (the version
 * swagger-ui-react pins) has maxDepth 100 and refuses JSON nested 99 levels
 * (nesting.test.ts checks this against js-yaml itself).
 */
export const SWAGGER_MAX_NESTING = 98;

/** How deep objects and arrays nest in `value` (a scalar is 0, `{}` is 1). Iterative: documents may nest thousands deep. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') stack.push([child, level]);
  }
  return deepest;
}

/** Why Swagger UI cannot show `spec`, or undefined when it can. */
export function swaggerNestingProblem(spec: unknown): string | undefined {
  const depth = nestingDepth(spec);
  if (depth <= SWAGGER_MAX_NESTING) return undefined;
  return `This OpenAPI document nests ${depth} levels deep, more than Swagger UI can read (${SWAGGER_MAX_NESTING}): a schema here is nested too deeply. The Reference tab shows every field.`;
}
