import { LEAKED_VALUE } from '../leaked-values.js';
import { note } from './session.js';
import type { Problem } from './session.js';

/**
 * Reading untrusted values without ever throwing (getters and Proxies may throw, prototypes may be
 * polluted), and parsing them into the clean values a VehicleError holds. Parsers return
 * `undefined` for anything they do not accept, so callers can fall through to the next field.
 */

/** Errors kept from one input, and items read from one list. */
export const MAX_ERRORS = 50;
/** Characters of ids and vehicle facts (developer and owner text get 500). */
export const SHORT = 128;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// C0/C1 controls and bidirectional overrides can garble or spoof what the owner reads.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
// What a backend that stringified the wrong thing sends; showing it helps nobody.
const BROKEN = /\[object\b|^(null|undefined|nan)$/i;

/** How a field is looked up: `field` for objects, `header` for headers, `get` for query parameters. */
export type Getter = (value: unknown, key: string) => unknown;

/** Any object we may read fields from: plain, class instance, null-prototype, Proxy. */
export const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** `Object.prototype.toString` tag, e.g. `[object URLSearchParams]`; '' when that throws. */
export function tagOf(value: unknown): string {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return '';
  }
}

export const isArray = (value: unknown): value is readonly unknown[] => {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked Proxy
  }
};

/**
 * One field. Own properties first; inherited ones only from class prototypes (SDK errors may use
 * getters), never from `Object.prototype`, so a polluted prototype cannot inject values.
 */
export function field(value: unknown, key: string): unknown {
  if (!isObject(value)) return undefined;
  try {
    const read = () => (value as Record<string, unknown>)[key];
    if (Object.hasOwn(value, key)) return read();
    if (Object.hasOwn(Object.prototype, key)) return undefined;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || proto === Object.prototype || proto === Array.prototype ? undefined : read();
  } catch {
    return undefined;
  }
}

/** The first `MAX_ERRORS` items of a list; `[]` for anything else. */
export const listItems = (value: unknown): unknown[] =>
  Array.from({ length: Math.min(listLength(value), MAX_ERRORS) }, (_, index) => field(value, String(index)));

const listLength = (value: unknown): number => {
  const raw = isArray(value) ? field(value, 'length') : 0;
  return Number.isFinite(raw) ? (raw as number) : 0;
};

/** Notes `problem` when a list has more than `MAX_ERRORS` items (development only, like `note`). */
export function noteLongList(value: unknown, problem: Problem): void {
  try {
    if (process.env.NODE_ENV !== 'production' && listLength(value) > MAX_ERRORS) note(problem);
  } catch {
    // No `process`: see `note`.
  }
}

/** The first of these space-separated fields whose value `parse` accepts. */
export function first<T>(value: unknown, keys: string, parse: (raw: unknown) => T | undefined, get: Getter = field): T | undefined {
  for (const key of keys.split(' ')) {
    const parsed = parse(get(value, key));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

/** Trimmed, single-spaced, length-capped text (an ellipsis marks a cut), or `undefined`. */
export function text(value: unknown, max = 500): string | undefined {
  const raw = typeof value === 'string' ? value.slice(0, max * 4) : Number.isFinite(value) ? String(value) : undefined;
  if (raw === undefined) return undefined;
  let result = raw.replace(INVISIBLE, ' ').trim();
  if (result.length > max) {
    // Never cut a surrogate pair in half.
    const end = /[\ud800-\udbff]/.test(result.charAt(max - 2)) ? max - 2 : max - 1;
    result = `${result.slice(0, end).trimEnd()}…`;
  }
  return result && !BROKEN.test(result) ? result : undefined;
}

/** Ids and vehicle facts. */
export const shortText = (value: unknown): string | undefined => text(value, SHORT);

/** Text an owner may read (fallback message, vehicle facts): also no template or placeholder leftovers. */
export function ownerText(value: unknown, max?: number): string | undefined {
  const result = text(value, max);
  return result && !/\{\{|\}\}/.test(result) && !LEAKED_VALUE.test(result) ? result : undefined;
}

/** A type or code: looks like an identifier, or is refused. */
export function identifier(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return IDENTIFIER.test(trimmed) ? trimmed : undefined;
}

/** An HTTP status (100–599) from a number or a numeric string. */
export function httpStatus(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

/** A status an error can have (400–599): an SDK error thrown for one part of a batch carries the batch's 200. */
export const errorStatus = (value: unknown): number | undefined => {
  const status = httpStatus(value);
  return status && status >= 400 ? status : undefined;
};
