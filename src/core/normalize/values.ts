import { limits } from './limits.js';

/**
 * Parsers from untrusted values to the clean values a VehicleError holds. Each returns `undefined`
 * for anything it does not accept, so callers can fall through to the next candidate field.
 */

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// C0/C1 controls and bidirectional overrides can garble or spoof what the owner reads.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
// What a backend that stringified the wrong thing sends; showing it helps nobody.
const BROKEN = /\[object\b|^(null|undefined|nan)$/i;

/** Trimmed, single-spaced, length-capped text (an ellipsis marks a cut), or `undefined`. */
export function text(value: unknown, max: number = limits.text): string | undefined {
  let raw: string;
  if (typeof value === 'string') raw = value.length > max * 4 ? value.slice(0, max * 4) : value;
  else if (typeof value === 'number' && Number.isFinite(value)) raw = String(value);
  else return undefined;
  let result = raw.replace(INVISIBLE, ' ').trim();
  if (result.length > max) {
    let end = max - 1;
    // Never cut a surrogate pair in half.
    if (/[\ud800-\udbff]/.test(result.charAt(end - 1))) end -= 1;
    result = `${result.slice(0, end).trimEnd()}…`;
  }
  return result.length === 0 || BROKEN.test(result) ? undefined : result;
}

/** Text an owner may read (fallback message, vehicle facts): also no template or placeholder leftovers. */
export function ownerText(value: unknown, max: number = limits.text): string | undefined {
  const result = text(value, max);
  return result === undefined || /\{\{|\}\}|\b(undefined|null)\b/i.test(result) ? undefined : result;
}

/** A type or code: looks like an identifier, or is refused. */
export function identifier(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return IDENTIFIER.test(trimmed) ? trimmed : undefined;
}

/** An HTTP status (100–599) from a number or a numeric string. */
export function httpStatus(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

/** A status an error can have (400–599): an SDK error thrown for one part of a batch carries the batch's 200. */
export function errorStatus(value: unknown): number | undefined {
  const status = httpStatus(value);
  return status !== undefined && status >= 400 ? status : undefined;
}

/** Longest wait we keep; the same bound `parseRetryAfter` uses. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds to wait, already in milliseconds (a normalized error's `retryAfterMs`). */
export function milliseconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= DAY_MS ? Math.round(value) : undefined;
}
