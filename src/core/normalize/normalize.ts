import { mostRelevantVehicleError } from '../relevance.js';
import type { VehicleError } from '../types.js';
import { genericVehicleError } from './build.js';
import { ReadContext } from './context.js';
import { readValue } from './dispatch.js';
import { limits } from './limits.js';

/** Reads every error, with the generic one for input that holds none; notes what it could not read. */
export function readAll(input: unknown, context: ReadContext): VehicleError[] {
  let errors: VehicleError[];
  try {
    errors = context.read(input);
  } catch {
    errors = [];
  }
  if (errors.length > limits.errors) {
    context.problem(`the input holds more than ${limits.errors} errors; the rest were ignored.`);
    errors = errors.slice(0, limits.errors);
  }
  return errors;
}

/**
 * Every error in the input, in input order: API bodies (v1, v2, v3 `errors[]`, batch), SDK error
 * objects, Connect redirects (URL, query string, `URLSearchParams`, object), `VEHICLE_ERROR`
 * webhook events, JSON strings of those, and already-normalized errors. Never throws and never
 * returns an empty list: input it cannot read gives one generic `UNKNOWN` error and a
 * development warning.
 *
 * @example
 * normalizeVehicleErrors(webhookEvent).filter((error) => error.state === 'ERROR');
 */
export function normalizeVehicleErrors(input: unknown): VehicleError[] {
  const context = new ReadContext(readValue);
  const errors = readAll(input, context);
  if (errors.length === 0 && !context.hasProblems) {
    context.problem('the input holds no vehicle error this library understands; showing a generic message.');
  }
  context.flush();
  return errors.length > 0 ? errors : [genericVehicleError()];
}

/**
 * The most relevant error in the input (see `normalizeVehicleErrors` for the shapes it reads):
 * an active error before a resolved one, the one the owner must act on first. Never throws.
 *
 * @example
 * const error = normalizeVehicleError(await response.json());
 * resolveVehicleError(error).kind; // 'retry'
 */
export function normalizeVehicleError(input: unknown): VehicleError {
  return mostRelevantVehicleError(normalizeVehicleErrors(input)) ?? genericVehicleError();
}
