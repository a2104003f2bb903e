import { warnOnce } from '../dev-warning.js';
import type { VehicleError } from '../types.js';

/**
 * What one normalize call could not understand, told to the developer once each, never with the
 * payload. Only a development build carries these sentences and the keys: production drops every
 * `note(…)` call (an empty function) with its argument.
 */
const MESSAGES = {
  deep: 'the input is nested more than 6 levels deep; deeper parts were ignored.',
  large: 'the input is very large; only its first part was read.',
  threw: 'part of the input could not be read (a getter or Proxy threw).',
  nothing: 'received nothing (null or undefined).',
  emptyString: 'received an empty string.',
  longString: 'received a string too long to be an error payload.',
  badJson: 'received a string that looks like JSON but does not parse.',
  notConnect: 'received a string that is neither JSON nor a Connect redirect URL or query string.',
  badUrl: 'received a URL object that could not be read.',
  noErrorParam: 'a URL or query string has no `error` parameter, so it is not a Connect error.',
  connectCode: 'a Connect redirect `error` is not a lower-case code; it was ignored.',
  fetchResponse: 'received a fetch Response; use normalizeVehicleErrorResponse() to read its body.',
  unreadResponse: 'received an error holding an unread fetch Response; pass it to normalizeVehicleErrorResponse() to read its body.',
  okResponse: 'received a Response that is not an error (no status of 400 or more, no error body).',
  aborted: 'received an AbortError: the app cancelled this request itself, so there is nothing to tell the owner and the components render nothing. Pass null instead.',
  otherEvent: 'received a webhook event other than VEHICLE_ERROR.',
  noFields: 'received an object with none of the fields of a vehicle error (type, errors, error, responses, eventType).',
  badType: 'an error `type` is not an identifier (letters, digits, `_`); it was ignored.',
  noType: 'an error has no recognisable `type`; showing a generic message.',
  notAnError: 'an item of `errors[]` is not an error; it was skipped.',
  webhookNoType: 'a webhook error has no valid `type`; it was skipped.',
  emptyEvent: 'a VEHICLE_ERROR event has no errors in `data.errors`.',
  noFailedResponse: 'a batch body has no failed response, so there is no error to show.',
  manyValues: 'received more than 50 values; the rest were ignored.',
  manyResponses: 'a batch body has more than 50 responses; the rest were ignored.',
  manyListed: 'a body lists more than 50 errors; the rest were ignored.',
  manyEventErrors: 'a webhook event lists more than 50 errors; the rest were ignored.',
  manyErrors: 'the input holds more than 50 errors; the rest were ignored.',
  notUnderstood: 'the input holds no vehicle error this library understands; showing a generic message.',
};

/** A problem key; a value of the wrong kind is named by its `typeof` ("received a number …"). */
export type Problem = keyof typeof MESSAGES | 'bigint' | 'boolean' | 'function' | 'number' | 'object' | 'string' | 'symbol' | 'undefined';

// Reading is synchronous, so the call under way can keep its state here; `session` saves and
// restores it should a getter in the input start a normalize call of its own.
let depth = 0;
let visits = 0;
let problems = new Set<Problem>();

/**
 * Notes something the developer should know about their input. A function declaration whose body
 * is development-only, so a production bundle finds it empty and drops the calls and their keys.
 */
export function note(problem: Problem): void {
  try {
    if (process.env.NODE_ENV !== 'production') problems.add(problem);
  } catch {
    // No `process` (plain browser ESM): no warning would be shown anyway.
  }
}

/** Runs one nested reading (array item, body, parsed JSON) within the depth and size limits. */
export function nested(read: () => VehicleError[]): VehicleError[] {
  if (depth >= 6 || visits >= 500) {
    note(depth >= 6 ? 'deep' : 'large');
    return [];
  }
  depth += 1;
  visits += 1;
  try {
    return read();
  } catch {
    // Our readers do not throw; this guards against a host object we did not foresee.
    note('threw');
    return [];
  } finally {
    depth -= 1;
  }
}

/** One normalize call: fresh limits and problems, then a development warning for each problem. */
export function session<T>(run: () => T): T {
  const [outerDepth, outerVisits, outerProblems] = [depth, visits, problems];
  depth = visits = 0;
  problems = new Set();
  try {
    const result = run();
    warn(problems);
    return result;
  } finally {
    [depth, visits, problems] = [outerDepth, outerVisits, outerProblems];
  }
}

function warn(noted: ReadonlySet<Problem>): void {
  try {
    // Bundlers replace NODE_ENV, so production builds drop this and the sentences above.
    if (process.env.NODE_ENV !== 'production') {
      for (const key of noted) {
        // The generic complaint only when nothing more precise was noted.
        if (key === 'notUnderstood' && noted.size > 1) continue;
        const message = key in MESSAGES ? MESSAGES[key as keyof typeof MESSAGES] : `received a ${key}, not an error payload.`;
        warnOnce(`normalizeVehicleError: ${message}`);
      }
    }
  } catch {
    // No `process` (plain browser ESM), or a console that throws: stay quiet rather than crash.
  }
}
