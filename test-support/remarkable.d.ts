/**
 * The part of remarkable (Swagger UI's Markdown renderer, a dependency of
 * swagger-ui-react) that swagger-view.test.ts uses to render descriptions
 * exactly as Swagger UI does. Declared here rather than adding
 * @types/remarkable: the test follows whatever version Swagger UI ships.
 */
declare module 'remarkable' {
  export class Remarkable {
    constructor(options?: Record<string, unknown>);
    use(plugin: unknown): this;
    core: { ruler: { disable(rules: string[]): void } };
    render(markdown: string): string;
  }
}
declare module 'remarkable/linkify' {
  export const linkify: unknown;
}
