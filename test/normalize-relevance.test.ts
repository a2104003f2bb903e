// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { mostRelevantVehicleError } from '../src/core/relevance.js';
import type { VehicleError } from '../src/core/types.js';

function webhookError(type: string, code: string | null, state: 'ERROR' | 'RESOLVED' = 'ERROR'): Record<string, unknown> {
  return { type, code, state, resolution: { type: null } };
}

function event(...errors: Record<string, unknown>[]): unknown {
  return { eventType: 'VEHICLE_ERROR', eventId: 'e', data: { errors } };
}

const pick = (...errors: Record<string, unknown>[]) => normalizeVehicleError(event(...errors));

describe('the most relevant error is the one the owner must deal with first', () => {
  it('an active error comes before a resolved one, however urgent that was', () => {
    expect(pick(webhookError('PERMISSION', null, 'RESOLVED'), webhookError('VEHICLE_STATE', 'FULLY_CHARGED'))).toMatchObject({ code: 'FULLY_CHARGED', state: 'ERROR' });
  });

  it('reconnect, then act and retry by hand, then contact support, then wait for an automatic retry, then nothing', () => {
    const ordered = [
      webhookError('PERMISSION', null), // reauthenticate
      webhookError('VEHICLE_STATE', 'DOOR_OPEN'), // manual retry
      webhookError('BILLING', 'INVALID_PLAN'), // contact support
      webhookError('VEHICLE_STATE', 'ASLEEP'), // automatic retry
      webhookError('VEHICLE_STATE', 'FULLY_CHARGED'), // nothing to do
    ];
    for (let first = 0; first < ordered.length; first += 1) {
      const remaining = ordered.slice(first);
      // Whatever the input order, the most urgent of the remaining ones wins.
      expect(pick(...[...remaining].reverse())).toMatchObject({ type: remaining[0]?.type, code: remaining[0]?.code });
    }
  });

  it('a known error comes before an unknown one needing the same step', () => {
    expect(pick(webhookError('VEHICLE_STATE', 'NEW_CODE'), webhookError('VEHICLE_STATE', 'DOOR_OPEN'))).toMatchObject({ code: 'DOOR_OPEN' });
  });

  it('an error nobody can place comes after every other, though it now offers a manual retry', () => {
    const unplaced: VehicleError = { type: 'UNKNOWN', code: null, resolution: { type: null }, source: 'unknown', known: false };
    const charged = normalizeVehicleError(webhookError('VEHICLE_STATE', 'FULLY_CHARGED'));
    expect(mostRelevantVehicleError([unplaced, charged])).toBe(charged);
    expect(mostRelevantVehicleError([unplaced, normalizeVehicleError(webhookError('SERVER', 'INTERNAL'))])?.type).toBe('SERVER');
  });

  it('ties keep input order', () => {
    expect(pick(webhookError('VEHICLE_STATE', 'HOOD_OPEN'), webhookError('VEHICLE_STATE', 'DOOR_OPEN'))).toMatchObject({ code: 'HOOD_OPEN' });
    expect(pick(webhookError('VEHICLE_STATE', 'DOOR_OPEN'), webhookError('VEHICLE_STATE', 'HOOD_OPEN'))).toMatchObject({ code: 'DOOR_OPEN' });
  });

  it('normalizeVehicleErrors itself keeps input order', () => {
    const errors = normalizeVehicleErrors(event(webhookError('VEHICLE_STATE', 'ASLEEP'), webhookError('PERMISSION', null)));
    expect(errors.map((error) => error.type)).toEqual(['VEHICLE_STATE', 'PERMISSION']);
  });

  it('mostRelevantVehicleError gives nothing for no errors, and returns the same object it was given', () => {
    expect(mostRelevantVehicleError([])).toBeUndefined();
    const errors: VehicleError[] = normalizeVehicleErrors(event(webhookError('VEHICLE_STATE', 'ASLEEP'), webhookError('PERMISSION', null)));
    expect(mostRelevantVehicleError(errors)).toBe(errors[1]);
  });
});
