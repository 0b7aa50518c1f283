import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { THEME_INIT_SCRIPT } from '../../components/layout/ThemeToggle.client';
import { contentSecurityPolicy, THEME_SCRIPT_HASH } from './headers';

describe('security headers', () => {
  it('allows the theme script by the hash of its current text', () => {
    expect(THEME_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`);
  });

  it('allows only nonce scripts, own styles and images, and no framing', () => {
    const policy = contentSecurityPolicy('abc');
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("img-src 'self' data:");
  });
});
