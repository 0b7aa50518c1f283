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
 * lands on the same place. When the page so far ends too soon below the
 * target to bring it to the top, it scrolls as far as it can and again as
 * more arrives. A target in a closed <details> (a field deep in the tree)
 * has its ancestors opened first, as the browser itself does for a fragment:
 * scrolling to it closed would move nothing, yet still cancel the browser's
 * own scroll at the end of parsing, leaving the page at its top until the
 * scripts run (or for good, without them). It does nothing when:
 * - the URL has no fragment, or the target is not rendered (display: none);
 * - the page is reloaded or reached through history (the browser restores
 *   the reader's own position);
 * - the reader has already scrolled.
 *
 * Allowed by its hash in the Content-Security-Policy (lib/security/headers.ts).
 */
export const EARLY_ANCHOR_SCRIPT =
  '(function(d,w){' +
  'var n=w.performance&&performance.getEntriesByType?performance.getEntriesByType("navigation")[0]:null,h=w.location.hash,id,y=0;' +
  'if(h.length<2||(n&&n.type!=="navigate"))return;' +
  'try{id=decodeURIComponent(h.slice(1))}catch(e){return}' +
  'var o=new MutationObserver(function(){var e=d.getElementById(id),p;if(!e)return;' +
  // The reader scrolled: leave it to the browser.
  'if(w.scrollY!==y)return o.disconnect();' +
  'for(p=e.parentElement;p;p=p.parentElement)if(p.tagName==="DETAILS"&&!p.open)p.open=true;' +
  // Not rendered (display: none): leave it to the browser too.
  'if(!e.getClientRects().length)return o.disconnect();' +
  'e.scrollIntoView();y=w.scrollY;' +
  // Stopped short at the end of what has arrived so far: again once more of the page is in.
  'if(y+w.innerHeight<d.documentElement.scrollHeight-1)o.disconnect()});' +
  'o.observe(d.documentElement,{childList:true,subtree:true});' +
  'd.addEventListener("DOMContentLoaded",function(){o.disconnect()})' +
  '})(document,window)';
