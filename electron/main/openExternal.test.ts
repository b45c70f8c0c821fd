import { describe, expect, it, vi } from 'vitest';
import { createOpenExternal, isAllowedExternalUrl } from './openExternal';

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.org/docs?a=1', 'mailto:someone@example.org'])('allows %s', (url) =>
    expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.org',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'app://crossing/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pw@example.org',
    'https://',
    'mailto:',
    'not a url',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('createOpenExternal', () => {
  it('hands allowed URLs to shell.openExternal and nothing else', () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const log = vi.fn();
    const open = createOpenExternal(shell, log);
    expect(open('https://example.org')).toBe(true);
    expect(open('file:///etc/passwd')).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused'));
  });

  it('logs instead of throwing when the OS cannot open the URL', async () => {
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) };
    const log = vi.fn();
    expect(createOpenExternal(shell, log)('https://example.org')).toBe(true);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser')));
  });
});
