import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VehicleErrorBanner, VehicleErrorProvider, useVehicleErrorState } from '../../src/index.js';
import { webhookErrorEvent, webhookMixedEvent } from '../fixtures/vendor-payloads.js';
import { fullConfig } from './helpers.js';

const VEHICLE = { id: 'car-1', make: 'TESLA', model: 'Model 3', year: 2020 };

function event(eventId: string, errors: Array<{ type: string; code: string | null; state: 'ERROR' | 'RESOLVED' }>, vehicle = VEHICLE) {
  return { eventId, eventType: 'VEHICLE_ERROR', vehicleId: vehicle.id, data: { vehicle, errors: errors.map((error) => ({ ...error, resolution: { type: null } })) } };
}

const asleep = { type: 'VEHICLE_STATE', code: 'ASLEEP' } as const;
const permission = { type: 'PERMISSION', code: null } as const;

describe('useVehicleErrorState', () => {
  it('adds ERROR, removes the matching RESOLVED, and says "connected again" once the last one clears', () => {
    const { result } = renderHook(() => useVehicleErrorState());
    act(() => result.current.apply(event('e1', [{ ...asleep, state: 'ERROR' }, { ...permission, state: 'ERROR' }])));
    expect(result.current.errors.map((error) => error.type)).toEqual(['PERMISSION', 'VEHICLE_STATE']);
    expect(result.current.resolved).toBeUndefined();

    act(() => result.current.apply(event('e2', [{ ...asleep, state: 'RESOLVED' }])));
    expect(result.current.errors.map((error) => error.type)).toEqual(['PERMISSION']);
    expect(result.current.resolved).toBeUndefined();

    act(() => result.current.apply(event('e3', [{ ...permission, state: 'RESOLVED' }])));
    expect(result.current.errors).toEqual([]);
    expect(result.current.resolved?.type).toBe('PERMISSION');

    act(() => result.current.acknowledgeResolved());
    expect(result.current.resolved).toBeUndefined();
  });

  it('ignores an event id it has already applied (webhooks are redelivered)', () => {
    const { result } = renderHook(() => useVehicleErrorState());
    act(() => result.current.apply(event('e1', [{ ...asleep, state: 'ERROR' }])));
    act(() => result.current.apply(event('e2', [{ ...asleep, state: 'RESOLVED' }])));
    const after = result.current;
    act(() => result.current.apply(event('e1', [{ ...asleep, state: 'ERROR' }])));
    expect(result.current.errors).toEqual([]);
    expect(result.current.errors).toBe(after.errors);
  });

  it('keys by vehicle: the same error on another car stays active', () => {
    const { result } = renderHook(() => useVehicleErrorState());
    act(() => result.current.apply(event('e1', [{ ...asleep, state: 'ERROR' }])));
    act(() => result.current.apply(event('e2', [{ ...asleep, state: 'ERROR' }], { ...VEHICLE, id: 'car-2' })));
    act(() => result.current.apply(event('e3', [{ ...asleep, state: 'RESOLVED' }], { ...VEHICLE, id: 'car-2' })));
    expect(result.current.errors.map((error) => error.vehicle?.id)).toEqual(['car-1']);
    expect(result.current.resolved).toBeUndefined();
  });

  it('does not announce "connected again" for a RESOLVED it never saw start', () => {
    const { result } = renderHook(() => useVehicleErrorState());
    act(() => result.current.apply(event('e1', [{ ...asleep, state: 'RESOLVED' }])));
    expect(result.current.resolved).toBeUndefined();
  });

  it('reads the vendor events and drives a banner', () => {
    function LiveBanner({ events }: { events: unknown[] }) {
      const state = useVehicleErrorState();
      return (
        <>
          <button type="button" onClick={() => events.forEach(state.apply)}>
            Receive
          </button>
          {state.errors.length > 0 ? <VehicleErrorBanner error={state.errors} /> : <VehicleErrorBanner error={state.resolved} onDismiss={state.acknowledgeResolved} />}
        </>
      );
    }
    render(
      <VehicleErrorProvider {...fullConfig}>
        <LiveBanner events={[webhookErrorEvent, webhookMixedEvent]} />
      </VehicleErrorProvider>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    act(() => screen.getByRole('button', { name: 'Receive' }).click());
    // Four active errors: three from the mixed event (UNREACHABLE was resolved there) and one from the first.
    expect(screen.getByText('3 more issues')).toBeTruthy();
    expect(screen.getByRole('region').getAttribute('data-kind')).toBe('reauthenticate');
  });

  it('clears everything on clear()', () => {
    const { result } = renderHook(() => useVehicleErrorState());
    act(() => result.current.apply(event('e1', [{ ...asleep, state: 'ERROR' }])));
    act(() => result.current.clear());
    expect(result.current.errors).toEqual([]);
  });
});
