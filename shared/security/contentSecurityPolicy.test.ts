import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './contentSecurityPolicy';

const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');

/** Every <meta http-equiv="Content-Security-Policy"> in the page, as its content attribute. */
function metaPolicies(page: string): string[] {
  const tags = page.match(/<meta\b[^>]*>/gis) ?? [];
  return tags
    .filter((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag))
    .map((tag) => {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/is.exec(tag);
      if (!content) throw new Error(`CSP meta tag without content: ${tag}`);
      return content[2]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    });
}

describe('Content-Security-Policy', () => {
  it('renderer/index.html carries exactly one CSP meta tag, equal to the shared policy', () => {
    expect(metaPolicies(html)).toEqual([CONTENT_SECURITY_POLICY_META]);
  });

  it('the header policy is the meta policy plus frame-ancestors (which meta cannot carry)', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
  });

  it('allows nothing remote, no inline script and no eval', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const values of directives.values()) {
      for (const v of values) expect(v).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|data:)$/);
    }
  });
});
