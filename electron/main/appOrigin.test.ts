import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, RENDERER_URL } from './appOrigin';

describe('isAppUrl', () => {
  it('accepts the renderer and any path on app://crossing', () => {
    expect(RENDERER_URL).toBe('app://crossing/index.html');
    expect(isAppUrl(RENDERER_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/#/projects/1`)).toBe(true);
  });

  it.each([
    'app://crossing.evil.com/index.html',
    'app://evil/index.html',
    'app://crossing:1234/index.html',
    'app://user:pw@crossing/index.html',
    'https://crossing/index.html',
    'file:///index.html',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});
