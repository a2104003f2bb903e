/** Where a URL will be used decides which schemes are safe there. */
export type UrlPurpose = 'navigation' | 'support';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL if it is safe to put in an `href`, else `undefined`. Allowed: `https:`, `http:` on
 * localhost, a relative path, and for support also `mailto:` and `tel:`. Never `javascript:`,
 * `data:`, protocol-relative `//host` or anything a browser would reinterpret.
 */
export function safeUrl(value: unknown, purpose: UrlPurpose = 'navigation'): string | undefined {
  const url = typeof value === 'string' ? value.trim() : '';
  // Control characters and backslashes let browsers rewrite a URL's scheme or host.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (!url || url.length > 2048 || /[\u0000-\u001f\u007f\\]/.test(url) || url.startsWith('//')) return undefined;
  if (/^[/.?#]/.test(url)) return url;
  try {
    const { protocol, hostname } = new URL(url);
    const local = protocol === 'http:' && LOCAL_HOSTS.has(hostname);
    return protocol === 'https:' || local || (purpose === 'support' && (protocol === 'mailto:' || protocol === 'tel:')) ? url : undefined;
  } catch {
    return undefined;
  }
}
