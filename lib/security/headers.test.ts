import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../components/layout/ThemeToggle.client';
import { SITE_STYLESHEETS } from '../site/site-css';
import { EARLY_ANCHOR_SCRIPT } from '../site/early-anchor';
import { contentSecurityPolicy, EARLY_ANCHOR_SCRIPT_HASH, THEME_SCRIPT_HASH } from './headers';

describe('security headers', () => {
  it('allows the theme script by the hash of its current text', () => {
    expect(THEME_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`);
  });

  it('allows the early-anchor script by the hash of its current text', () => {
    expect(EARLY_ANCHOR_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(EARLY_ANCHOR_SCRIPT).digest('base64')}`);
    expect(contentSecurityPolicy('abc')).toContain(`'${EARLY_ANCHOR_SCRIPT_HASH}'`);
  });

  it("allows the site's inline stylesheets by the hashes of their text, and those alone", () => {
    const policy = contentSecurityPolicy('abc');
    expect(SITE_STYLESHEETS.map((s) => s.name)).toEqual(['site', 'clusters']);
    for (const sheet of SITE_STYLESHEETS) {
      expect(sheet.css.length).toBeGreaterThan(1000);
      expect(sheet.hash).toBe(`sha256-${createHash('sha256').update(sheet.css).digest('base64')}`);
      expect(policy).toContain(`'${sheet.hash}'`);
    }
    // Minified (scripts/css-text-loader.cjs): no comments, no indentation.
    expect(SITE_STYLESHEETS[0]!.css).not.toMatch(/\/\*|\n {2}/);
  });

  it('allows only nonce scripts, own styles and images, and no framing', () => {
    const policy = contentSecurityPolicy('abc');
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("img-src 'self' data:");
  });
});
