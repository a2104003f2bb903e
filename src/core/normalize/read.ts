/**
 * Reading untrusted values without ever throwing: getters and Proxies may throw, prototypes may be
 * polluted, and anything may be cyclic. Every other normalize file reads through these helpers.
 */

/** Any object we may read fields from: plain, class instance, null-prototype, Proxy. */
export function isFields(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** `Object.prototype.toString` tag, e.g. `[object URLSearchParams]`; '' when that throws. */
export function tagOf(value: object): string {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return '';
  }
}

export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
}

/**
 * One field. Own properties first; inherited ones only from class prototypes (SDK errors may use
 * getters), never from `Object.prototype`, so a polluted prototype cannot inject values.
 */
export function field(value: unknown, key: string): unknown {
  if (!isFields(value)) return undefined;
  try {
    if (Object.hasOwn(value, key)) return Reflect.get(value, key);
    if (Object.hasOwn(Object.prototype, key)) return undefined;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype || proto === Array.prototype) return undefined;
    return Reflect.get(value, key);
  } catch {
    return undefined;
  }
}

/** Whether the field holds anything at all (inherited `Object.prototype` members excluded). */
export function hasField(value: unknown, key: string): boolean {
  return field(value, key) !== undefined;
}

/** The first `limit` items of an array (or none), read safely. */
export function arrayItems(value: unknown, limit: number): { items: unknown[]; truncated: boolean } {
  if (!isArray(value)) return { items: [], truncated: false };
  const raw = field(value, 'length');
  const length = typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
  const items: unknown[] = [];
  for (let index = 0; index < Math.min(length, limit); index += 1) items.push(field(value, String(index)));
  return { items, truncated: length > limit };
}

/** The first of these fields whose value `parse` accepts. */
export function firstField<T>(value: unknown, keys: readonly string[], parse: (raw: unknown) => T | undefined): T | undefined {
  for (const key of keys) {
    const parsed = parse(field(value, key));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}
