/**
 * scripts/deferred-hydration.cjs: Next.js's chunk script tags become inline
 * calls of one loader, whatever the chunk boundaries; nothing else changes.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { createScriptDeferrer, deferScriptsInHtml, LOADER } = createRequire(import.meta.url)('./deferred-hydration.cjs') as {
  createScriptDeferrer(): { push(text: string): string; end(): string; readonly rewritten: number };
  deferScriptsInHtml(html: string): string;
  LOADER: string;
};

// As React writes them for Next.js: preinit scripts in <head> (src, async, nonce), the bootstrap one in <body> (src, nonce, async).
const PAGE =
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/a1.js" async="" nonce="N0nce=="></script>' +
  '<script src="/_next/static/chunks/turbopack-b2.js" async="" nonce="N0nce=="></script>' +
  '<script nonce="N0nce==">try{theme()}catch(e){}</script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="N0nce=="></script>' +
  '</head><body><h1>Pods</h1><script nonce="N0nce==" id="_R_">boot()</script>' +
  '<script src="/_next/static/chunks/main.js" nonce="N0nce==" async=""></script>' +
  '<script nonce="N0nce==">(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe('deferScriptsInHtml', () => {
  it('rewrites each async chunk script into a call of the loader, keeping order and nonce', () => {
    const html = deferScriptsInHtml(PAGE);
    expect(html).not.toMatch(/<script src="[^"]*" async/);
    expect(html).not.toMatch(/async="" *><\/script>/);
    const calls = [...html.matchAll(/<script nonce="N0nce==">(?:self\.__atlasDeferScript=[^<]*?;)?__atlasDeferScript\("([^"]+)"\)<\/script>/g)].map(
      (m) => m[1],
    );
    expect(calls).toEqual(['/_next/static/chunks/a1.js', '/_next/static/chunks/turbopack-b2.js', '/_next/static/chunks/main.js']);
    // The loader is defined once, by the first call.
    expect(html.split(LOADER)).toHaveLength(2);
    expect(html.indexOf(LOADER)).toBeLessThan(html.indexOf('__atlasDeferScript("/_next/static/chunks/a1.js")'));
  });

  it('leaves inline scripts, noModule scripts, the preload link and the rest of the page as they were', () => {
    const html = deferScriptsInHtml(PAGE);
    for (const kept of [
      '<script nonce="N0nce==">try{theme()}catch(e){}</script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="N0nce=="></script>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
      '<script nonce="N0nce==" id="_R_">boot()</script>',
      '<h1>Pods</h1>',
    ])
      expect(html).toContain(kept);
  });

  it('writes no nonce attribute when the tag had none (a static export), and keeps a base path', () => {
    const html = deferScriptsInHtml('<head><script src="/docs/k8s/_next/static/chunks/x.js" async=""></script></head>');
    expect(html).toMatch(
      /^<head><script>self\.__atlasDeferScript=.*__atlasDeferScript\("\/docs\/k8s\/_next\/static\/chunks\/x\.js"\)<\/script><\/head>$/,
    );
  });

  it('keeps scripts that are not plainly Next.js chunks: other hosts, other attributes, not async', () => {
    for (const tag of [
      '<script src="https://evil.example/_next/static/chunks/x.js" async=""></script>',
      '<script src="/_next/static/chunks/x.js" async="" integrity="sha384-abc"></script>',
      '<script src="/_next/static/chunks/x.js"></script>',
      '<script src="/_next/static/chunks/x.js" defer=""></script>',
      '<script src="/assets/app.js" async=""></script>',
      '<script src="/_next/static/chunks/x.js" async="" onload="alert(1)"></script>',
    ])
      expect(deferScriptsInHtml(tag)).toBe(tag);
  });
});

describe('createScriptDeferrer', () => {
  it('gives the same page for every way of cutting it into chunks', () => {
    const whole = deferScriptsInHtml(PAGE);
    for (let size = 1; size <= 64; size += 7) {
      const deferrer = createScriptDeferrer();
      let out = '';
      for (let i = 0; i < PAGE.length; i += size) out += deferrer.push(PAGE.slice(i, i + size));
      out += deferrer.end();
      expect(out, `chunks of ${size}`).toBe(whole);
      expect(deferrer.rewritten).toBe(3);
    }
  });

  it('holds back only an unfinished script element, and sends everything before it', () => {
    const deferrer = createScriptDeferrer();
    expect(deferrer.push('<p>one</p><scr')).toBe('<p>one</p>');
    expect(deferrer.push('ipt src="/_next/static/chunks/a.js" async="">')).toBe('');
    const rest = deferrer.push('</script><p>two</p>');
    expect(rest).toContain('__atlasDeferScript("/_next/static/chunks/a.js")');
    expect(rest.endsWith('<p>two</p>')).toBe(true);
    expect(deferrer.push('<p>three <')).toBe('<p>three ');
    expect(deferrer.end()).toBe('<');
  });
});
