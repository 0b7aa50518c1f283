/**
 * Hydration after the first screen (issue 13, "Speed"). Next.js starts its
 * runtime with `<script src=".../_next/static/chunks/X.js" async>` tags: the
 * browser runs each as soon as it has it, in the middle of parsing the page,
 * and then hydrates, so the frame that scrolls to a deep link's target and the
 * first paint wait for ~500 KB of React and router code. The site's pages are
 * server-rendered HTML that works without scripts (links, `<details>`, the
 * field tree), so nothing on the first screen needs them: this rewrites each
 * such tag into an inline call that loads the same file once the first
 * screen is drawn: the document parsed, then two animation frames (the first
 * scrolls to a deep link's target and paints, the second starts after that
 * paint), then a task; in document order. The inline scripts keep the tag's
 * nonce, so the page's CSP ('strict-dynamic') admits what they load.
 *
 * Nothing the page shows moves when the scripts start (the field tree keeps
 * room for the lines they add: FieldTreeTools.client.tsx), so a link clicked
 * before then is followed as the browser alone would follow it.
 *
 * Used on every HTML answer of the server (scripts/http-guard.cjs, a
 * streaming rewrite) and on every page of a static export (scripts/export.mjs).
 * Any other script tag (inline, `noModule`, with other attributes) is left as
 * it is.
 */
'use strict';

/**
 * The loader, defined by the first rewritten tag: queues sources until the
 * first screen is drawn (see above), then loads them in order; a source
 * given after that loads at once. A page that is hidden when parsed (a tab
 * opened in the background) draws no frames: it loads them at once. The
 * timer is the fallback for a browser that holds frames back longer.
 */
const LOADER =
  'self.__atlasDeferScript=function(w,d){var q=[],go=0;' +
  'function load(s){var e=d.createElement("script");e.src=s;e.async=true;d.head.appendChild(e)}' +
  'function start(){if(!go){go=1;setTimeout(function(){q.splice(0).forEach(load);q=null})}}' +
  'function parsed(){if(d.visibilityState==="hidden")return start();' +
  'w.requestAnimationFrame(function(){w.requestAnimationFrame(start)});setTimeout(start,1000)}' +
  'd.readyState==="loading"?d.addEventListener("DOMContentLoaded",parsed):parsed();' +
  'return function(s){q?q.push(s):load(s)}}(self,document);';

/** A complete script element with no content, as React writes Next.js's chunk scripts. */
const SCRIPT_TAG = /<script\b([^>]*)><\/script>/g;
const ATTRIBUTE = /\s*([A-Za-z][A-Za-z0-9-]*)(?:="([^"]*)")?/y;
/** Next.js's own chunk files, under any base path. */
const CHUNK_SOURCE = /^(?:\/[A-Za-z0-9._~%/-]*)?\/_next\/static\/chunks\/[A-Za-z0-9._~%/-]+\.js(?:\?[A-Za-z0-9._~%=&-]*)?$/;

/** The attributes of a tag's attribute text, or undefined when it is not plain `name="value"` pairs. */
function attributesOf(text) {
  const attributes = new Map();
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < text.length) {
    const start = ATTRIBUTE.lastIndex;
    const match = ATTRIBUTE.exec(text);
    if (!match || match.index !== start || match[0].length === 0) return /^\s*$/.test(text.slice(start)) ? attributes : undefined;
    attributes.set(match[1].toLowerCase(), match[2] ?? '');
  }
  return attributes;
}

/** The inline replacement of one tag, or undefined to keep the tag. */
function replacementOf(attributeText, first) {
  const attributes = attributesOf(attributeText);
  if (!attributes || !attributes.has('async') || !CHUNK_SOURCE.test(attributes.get('src') ?? '')) return undefined;
  for (const name of attributes.keys()) if (name !== 'src' && name !== 'async' && name !== 'nonce') return undefined;
  const nonce = attributes.get('nonce');
  // The values come from a double-quoted attribute that matched CHUNK_SOURCE: no quote, `<` or `\` in them.
  const call = `__atlasDeferScript(${JSON.stringify(attributes.get('src'))})`;
  return `<script${nonce !== undefined ? ` nonce="${nonce}"` : ''}>${first ? LOADER : ''}${call}</script>`;
}

/**
 * A streaming rewrite of one HTML document: `push` the text as it comes,
 * `end` at the end; each returns the text that is ready. A tag cut by a
 * chunk boundary is held back until its end arrives.
 */
function createScriptDeferrer() {
  let pending = '';
  let rewritten = 0;
  const rewrite = (text) =>
    text.replace(SCRIPT_TAG, (tag, attributeText) => {
      const replacement = replacementOf(attributeText, rewritten === 0);
      if (replacement === undefined) return tag;
      rewritten += 1;
      return replacement;
    });
  return {
    push(chunk) {
      const text = pending + chunk;
      // Hold back from the last `<script` that is not closed yet (the rest of the text is complete).
      const open = text.lastIndexOf('<script');
      const cut = open >= 0 && text.indexOf('</script>', open) < 0 ? open : tailStart(text);
      pending = text.slice(cut);
      return rewrite(text.slice(0, cut));
    },
    end() {
      const text = pending;
      pending = '';
      return rewrite(text);
    },
    get rewritten() {
      return rewritten;
    },
  };
}

/** Where a possible start of `<script` at the very end of the text begins (or the text's length). */
function tailStart(text) {
  const lt = text.lastIndexOf('<');
  return lt >= 0 && '<script'.startsWith(text.slice(lt)) ? lt : text.length;
}

/** The whole-document form (a static export's files). */
function deferScriptsInHtml(html) {
  const deferrer = createScriptDeferrer();
  return deferrer.push(html) + deferrer.end();
}

module.exports = { createScriptDeferrer, deferScriptsInHtml, LOADER };
