import { mostRelevantVehicleError } from '../../core/relevance.js';
import { resolveVehicleError } from '../../core/resolve.js';
import type { Resolution, VehicleError } from '../../core/types.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../../core/normalize/index.js';

/** What a banner or modal shows for one input. */
export interface ErrorSelection {
  /** The most urgent active error, or a resolved one when `resolved`. */
  primary: VehicleError;
  /** How many other active errors the input holds. */
  more: number;
  /** True when every error of the input is RESOLVED: say the car is connected again. */
  resolved: boolean;
}

/** Stands in while the app shows no error: hooks still run (they cannot be skipped), idle and silent. */
export const noError: VehicleError = { type: 'UNKNOWN', code: null, resolution: { type: null }, source: 'unknown', known: false };

/** The selection while the app shows no error (a component may still hold the problem whose attempt runs). */
export const noSelection: ErrorSelection = { primary: noError, more: 0, resolved: false };

/** The value `map` holds for `key`, created and stored on first use. */
export function cachedIn<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/**
 * Normalizing, selecting and resolving are pure, so each runs once per input and is shared by
 * every component and re-render that receives it: a page of banners for one error does it once.
 * Objects are weak keys (nothing kept alive); the last few primitives (query strings) are kept.
 */
function cachedPerInput<T>(compute: (input: unknown) => T): (input: unknown) => T {
  const objects = new WeakMap<object, T>();
  const primitives = new Map<unknown, T>();
  return (input) => {
    if ((typeof input === 'object' && input !== null) || typeof input === 'function') return cachedIn(objects, input, () => compute(input));
    // Only a miss makes room: a page re-rendering the same query string keeps hitting its entry.
    if (primitives.size >= 32 && !primitives.has(input)) primitives.clear();
    return cachedIn(primitives, input, () => compute(input));
  };
}

// Errors this module produced: handed back (a banner passes its selection on), they are final.
const produced = new WeakSet<object>();

/** `normalizeVehicleError(input)`; an error this module produced is returned as it is. */
export const normalizedError: (input: unknown) => VehicleError = cachedPerInput((input) => {
  if (typeof input === 'object' && input !== null && produced.has(input)) return input as VehicleError;
  const error = normalizeVehicleError(input);
  produced.add(error);
  return error;
});

/** `resolveVehicleError(error)`, once per normalized error. */
export const resolutionOf: (error: VehicleError) => Resolution = cachedPerInput((error) => resolveVehicleError(error as VehicleError));

/** Picks the error to show from anything normalizable (a webhook event, a list, one error). */
export const selectedErrors: (input: unknown) => ErrorSelection = cachedPerInput((input) => {
  const all = normalizeVehicleErrors(input);
  for (const error of all) produced.add(error);
  const active = all.filter((error) => error.state !== 'RESOLVED');
  const [first] = all;
  if (active.length === 0 && first) return { primary: first, more: 0, resolved: true };
  const primary = mostRelevantVehicleError(active) ?? normalizedError(input);
  return { primary, more: Math.max(0, active.length - 1), resolved: false };
});
