/** Where a URL will be used decides which schemes are safe there. */
export type UrlPurpose = 'navigation' | 'support';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL if it is safe to put in an `href`, else `undefined`. Allowed: `https:`, `http:` on
 * localhost, a relative path, and for support also `mailto:` and `tel:`. Never `javascript:`,
 * `data:`, protocol-relative `//host` or anything a browser would reinterpret.
 */
export function safeUrl(value: unknown, purpose: UrlPurpose = 'navigation'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url.length === 0 || url.length > 2048) return undefined;
  // Control characters and backslashes let browsers rewrite a URL's scheme or host.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return undefined;
  if (url.startsWith('/')) return url.startsWith('//') ? undefined : url;
  if (/^[.?#]/.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  switch (parsed.protocol) {
    case 'https:':
      return url;
    case 'http:':
      return LOCAL_HOSTS.has(parsed.hostname) ? url : undefined;
    case 'mailto:':
    case 'tel:':
      return purpose === 'support' ? url : undefined;
    default:
      return undefined;
  }
}
