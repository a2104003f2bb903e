// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../src/core/safe-url.js';

describe('safeUrl lets through only what is safe in an href', () => {
  it.each([
    'https://smartcar.com/docs/errors',
    'HTTPS://EXAMPLE.com/path?x=1#y',
    'http://localhost:3000/connect',
    'http://127.0.0.1:8080/',
    'http://[::1]:5173/',
    '/connect/callback?error=access_denied',
    './relative',
    '?retry=1',
    '#details',
  ])('allows %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it('trims surrounding whitespace', () => {
    expect(safeUrl('  https://example.com  ')).toBe('https://example.com');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u200bjavascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.com/uuid',
    'file:///etc/passwd',
    '//evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    'http://evil.com',
    'http://localhost.evil.com',
    'ftp://example.com',
    'mailto:help@example.com',
    'tel:+15551234567',
    'not a url',
    '',
    '   ',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %j for navigation', (url) => {
    expect(safeUrl(url, 'navigation')).toBeUndefined();
  });

  it('allows mailto: and tel: for support links only', () => {
    expect(safeUrl('mailto:help@example.com', 'support')).toBe('mailto:help@example.com');
    expect(safeUrl('tel:+15551234567', 'support')).toBe('tel:+15551234567');
    expect(safeUrl('mailto:help@example.com')).toBeUndefined();
    expect(safeUrl('javascript:alert(1)', 'support')).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])('refuses the non-string %s', (value) => {
    expect(safeUrl(value)).toBeUndefined();
  });
});
