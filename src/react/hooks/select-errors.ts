import { mostRelevantVehicleError } from '../../core/relevance.js';
import type { VehicleError } from '../../core/types.js';
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

/** Picks the error to show from anything normalizable (a webhook event, a list, one error). */
export function selectErrors(input: unknown): ErrorSelection {
  const all = normalizeVehicleErrors(input);
  const active = all.filter((error) => error.state !== 'RESOLVED');
  const [first] = all;
  if (active.length === 0 && first) return { primary: first, more: 0, resolved: true };
  const primary = mostRelevantVehicleError(active) ?? normalizeVehicleError(input);
  return { primary, more: Math.max(0, active.length - 1), resolved: false };
}

/** Errors ordered most urgent first, by the core's relevance rule (ties keep their order). */
export function sortByUrgency(errors: readonly VehicleError[]): VehicleError[] {
  const rest = [...errors];
  const sorted: VehicleError[] = [];
  for (let next = mostRelevantVehicleError(rest); next; next = mostRelevantVehicleError(rest)) {
    sorted.push(next);
    rest.splice(rest.indexOf(next), 1);
  }
  return sorted;
}
