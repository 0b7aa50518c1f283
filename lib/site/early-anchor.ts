/**
 * The deep link's target in the first frame (issue 13, "Speed"). Chromium
 * scrolls to a URL's fragment (`/api/v1/pods#verb-list`, `#spec.replicas`)
 * only once the whole document is parsed, but it draws its first frame
 * before that, from the part it has: the top of the page, then a jump. On a
 * slow network the user waits for the last byte of a 250 KB page to see a
 * target that arrived in the first 40 KB.
 *
 * This inline script, in <head> before the body, watches the parser's
 * insertions and scrolls the target into view as soon as it is in the
 * document and rendered. Everything above it is parsed by then, so its
 * position is final, and the browser's own scroll at the end of parsing
 * lands on the same place. It does nothing when:
 * - the URL has no fragment, or the target is not rendered yet (a field in a
 *   closed <details>: the browser and FieldTreeTools open it later);
 * - the page is reloaded or reached through history (the browser restores
 *   the reader's own position);
 * - the reader has already scrolled.
 *
 * Allowed by its hash in the Content-Security-Policy (lib/security/headers.ts).
 */
export const EARLY_ANCHOR_SCRIPT =
  '(function(d,w){' +
  'var n=w.performance&&performance.getEntriesByType?performance.getEntriesByType("navigation")[0]:null,h=w.location.hash,id;' +
  'if(h.length<2||(n&&n.type!=="navigate"))return;' +
  'try{id=decodeURIComponent(h.slice(1))}catch(e){return}' +
  'var o=new MutationObserver(function(){var e=d.getElementById(id);if(!e)return;o.disconnect();' +
  'if(w.scrollY===0&&e.getClientRects().length)e.scrollIntoView()});' +
  'o.observe(d.documentElement,{childList:true,subtree:true});' +
  'd.addEventListener("DOMContentLoaded",function(){o.disconnect()})' +
  '})(document,window)';
