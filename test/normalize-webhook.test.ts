// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../src/core/dev-warning.js';
import { normalizeVehicleError, normalizeVehicleErrors } from '../src/core/normalize/index.js';
import { webhookErrorEvent, webhookMixedEvent, webhookResolvedEvent } from './fixtures/vendor-payloads.js';
import { expectConsole } from './setup.js';

beforeEach(() => resetWarnings());

const vehicle = { id: '123e4567-e89b-12d3-a456-426614174000', make: 'TESLA', model: 'Model 3', year: '2020' };

describe('VEHICLE_ERROR webhook events', () => {
  it('give each error its state, signals, the vehicle (year as text) and the event id', () => {
    expect(normalizeVehicleErrors(webhookErrorEvent)).toEqual([
      {
        type: 'COMPATIBILITY',
        code: 'VEHICLE_NOT_CAPABLE',
        resolution: { type: 'CONTACT_SUPPORT' },
        description: 'This vehicle cannot provide the requested signal.',
        suggestedUserMessage: 'Your car cannot do this.',
        docUrl: 'https://smartcar.com/docs/errors/api-errors/compatibility-errors#vehicle-not-capable',
        state: 'ERROR',
        signals: [
          { code: 'location-preciselocation', name: 'PreciseLocation', group: 'Location' },
          { code: 'tractionbattery-stateofcharge', name: 'StateOfCharge', group: 'TractionBattery' },
        ],
        vehicle,
        eventId: '5a537912-9ad3-424b-ba33-65a1704567e9',
        source: 'webhook',
        known: true,
      },
    ]);
  });

  it('mark a condition that ended as RESOLVED', () => {
    expect(normalizeVehicleError(webhookResolvedEvent)).toMatchObject({ type: 'VEHICLE_STATE', code: 'UNREACHABLE', state: 'RESOLVED', vehicle });
  });

  it('keep every error of an event in order, PERMISSION with a null code included', () => {
    const errors = normalizeVehicleErrors(webhookMixedEvent);
    expect(errors.map((error) => [error.type, error.code, error.state])).toEqual([
      ['VEHICLE_STATE', 'ASLEEP', 'ERROR'],
      ['VEHICLE_STATE', 'UNREACHABLE', 'RESOLVED'],
      ['PERMISSION', null, 'ERROR'],
      ['CONNECTED_SERVICES_ACCOUNT', 'SUBSCRIPTION', 'ERROR'],
    ]);
    expect(errors[2]).toMatchObject({ known: true, resolution: { type: 'USER_ACTION_REQUIRED' }, eventId: webhookMixedEvent.eventId });
    expect(errors[1]?.signals).toEqual([]);
  });

  it('show the error the owner must act on first: the reconnect for a missing permission', () => {
    expect(normalizeVehicleError(webhookMixedEvent)).toMatchObject({ type: 'PERMISSION', code: null, state: 'ERROR' });
  });

  it('fall back to vehicleId when the event has no vehicle object', () => {
    const event = { eventType: 'VEHICLE_ERROR', eventId: 'e-1', vehicleId: 'v-1', data: { errors: [{ type: 'VEHICLE_STATE', code: 'ASLEEP', state: 'ERROR' }] } };
    expect(normalizeVehicleError(event)).toMatchObject({ vehicle: { id: 'v-1' }, eventId: 'e-1' });
  });

  it('are recognised by data.errors when eventType is missing, and from a JSON string', () => {
    const withoutType: Record<string, unknown> = { ...webhookErrorEvent };
    delete withoutType.eventType;
    expect(normalizeVehicleError(withoutType)).toMatchObject({ code: 'VEHICLE_NOT_CAPABLE', source: 'webhook' });
    expect(normalizeVehicleError(JSON.stringify(webhookErrorEvent))).toMatchObject({ code: 'VEHICLE_NOT_CAPABLE', source: 'webhook' });
  });

  it('skip malformed signals and errors without a type, and say so in development', () => {
    const console = expectConsole('warn');
    const event = {
      eventType: 'VEHICLE_ERROR',
      data: { errors: [{ code: 'NO_TYPE', state: 'ERROR' }, { type: 'VEHICLE_STATE', code: 'ASLEEP', state: 'maybe', signals: [{ name: 'no code' }, 'odometer', 42, null] }] },
    };
    const errors = normalizeVehicleErrors(event);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.state).toBeUndefined();
    expect(errors[0]?.signals).toEqual([{ code: 'odometer' }, { code: '42' }]);
    expect(console.messages().join('\n')).toContain('webhook error has no valid `type`');
  });

  it('other webhook events are not errors', () => {
    const console = expectConsole('warn');
    expect(normalizeVehicleError({ eventType: 'VEHICLE_STATE', data: { errors: [] } }).type).toBe('UNKNOWN');
    expect(console.messages().join('\n')).toContain('other than VEHICLE_ERROR');
  });
});
