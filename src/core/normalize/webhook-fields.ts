import type { AffectedSignal, VehicleFacts } from '../types.js';
import { limits } from './limits.js';
import { arrayItems, field, isArray, isFields } from './read.js';
import { ownerText, text } from './values.js';

/** Field readers for webhook errors and Connect redirects: state, signals and vehicle facts. */

export function readState(value: unknown): 'ERROR' | 'RESOLVED' | undefined {
  const state = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
  return state === 'ERROR' || state === 'RESOLVED' ? state : undefined;
}

/** Signals as `{ code, name?, group? }`; a bare string is a code. `undefined` when there is no list. */
export function readSignals(value: unknown): AffectedSignal[] | undefined {
  if (!isArray(value)) return undefined;
  const { items } = arrayItems(value, limits.errors);
  const signals: AffectedSignal[] = [];
  for (const item of items) {
    const code = text(isFields(item) ? field(item, 'code') : item, limits.short);
    if (code === undefined) continue;
    const signal: AffectedSignal = { code };
    const name = text(field(item, 'name'), limits.short);
    const group = text(field(item, 'group'), limits.short);
    if (name !== undefined) signal.name = name;
    if (group !== undefined) signal.group = group;
    signals.push(signal);
  }
  return signals;
}

const FACTS = ['id', 'make', 'model', 'year', 'vin'] as const;

/** Vehicle facts from an object (`year` may be a number); `undefined` when none is present. */
export function readVehicle(value: unknown): VehicleFacts | undefined {
  return isFields(value) ? readVehicleFacts((name) => field(value, name)) : undefined;
}

/** Vehicle facts from a `get(name)` lookup (query parameters, a plain object). */
export function readVehicleFacts(get: (name: string) => unknown): VehicleFacts | undefined {
  const facts: VehicleFacts = {};
  for (const name of FACTS) {
    // Facts are interpolated into owner-facing messages, so they get the owner-text rules.
    const fact = ownerText(get(name), limits.short);
    if (fact !== undefined) facts[name] = fact;
  }
  return Object.keys(facts).length > 0 ? facts : undefined;
}
