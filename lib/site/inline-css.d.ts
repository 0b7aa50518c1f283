/** A stylesheet as text, minified (scripts/css-text-loader.cjs): what SiteStyles inlines into every page. */
// '@/…' (import these by their @/ path): a typed module for the loader's output.
declare module '@/*.inline-css' {
  const css: string;
  export default css;
  /** The CSP source allowing exactly this text in a <style> element: 'sha256-…'. */
  export const sha256: string;
}
