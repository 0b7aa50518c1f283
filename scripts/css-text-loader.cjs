/**
 * Turbopack loader for `*.inline-css` (next.config.js; vitest.config.ts uses
 * it too): the stylesheet, minified by Lightning CSS, as a JS module whose
 * default export is its text and whose `sha256` is the CSP source of that
 * text ('sha256-…'). The site's own styles go into every page as inline
 * <style> elements (components/layout/SiteStyles.tsx) instead of through
 * Next.js's CSS pipeline: a stylesheet request would block the first paint.
 */
const { createHash } = require('node:crypto');
const { transform } = require('lightningcss');

/**
 * The browsers Next.js builds for by default (chrome 111, edge 111, firefox 111, safari 16.4), as
 * Lightning CSS versions (major << 16 | minor << 8): newer CSS such as light-dark() is lowered for
 * them, as Next.js's own CSS pipeline did when it bundled these files.
 */
const TARGETS = { chrome: 111 << 16, edge: 111 << 16, firefox: 111 << 16, safari: (16 << 16) | (4 << 8) };

function cssText(source, filename) {
  return transform({ filename, code: Buffer.from(source), minify: true, targets: TARGETS }).code.toString();
}

function cssModule(source, filename) {
  const css = cssText(source, filename);
  const sha256 = `sha256-${createHash('sha256').update(css).digest('base64')}`;
  return `export default ${JSON.stringify(css)};\nexport const sha256 = ${JSON.stringify(sha256)};\n`;
}

module.exports = function cssTextLoader(source) {
  return cssModule(source, this.resourcePath);
};
module.exports.cssModule = cssModule;
