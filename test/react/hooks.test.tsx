import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { VehicleErrorProvider, useVehicleErrorMessage, useVehicleErrorResolution } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { fullConfig, payloads } from './helpers.js';

function wrapper({ children }: { children?: ReactNode }) {
  return <VehicleErrorProvider {...fullConfig}>{children}</VehicleErrorProvider>;
}

describe('useVehicleErrorMessage', () => {
  it('gives the words, the language and what <Trans> needs for the link', () => {
    const { result } = renderHook(() => useVehicleErrorMessage(payloads.unauthorized, { action: 'unlock' }), { wrapper });
    expect(result.current).toMatchObject({
      title: 'Connection expired',
      lng: 'en',
      dir: 'ltr',
      context: 'withAction',
      richText: true,
      hasReconnectLink: true,
      values: { appName: 'Chargely', action: expect.any(String) },
    });
    expect(result.current.message).toMatch(/^Chargely couldn't unlock/);
    expect(result.current.messageKey).toBe('error.AUTHENTICATION.default.message_withAction');
  });
});

describe('useVehicleErrorResolution', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retry: attempt, maxAttempts, next retry time and seconds left that tick', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    const onRetry = vi.fn(() => Promise.reject(new Error('asleep')));
    const { result } = renderHook(
      () => useVehicleErrorResolution(payloads.asleep, { onRetry, retryPolicy: { maxAttempts: 2, baseDelayMs: 5_000 } }),
      { wrapper },
    );
    expect(result.current).toMatchObject({ kind: 'retry', available: true, automatic: true, attempt: 0, maxAttempts: 2, nextRetryAt: 4_999, secondsLeft: 5 });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(result.current).toMatchObject({ secondsLeft: 3, inFlight: false, paused: false });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3_000);
    });
    expect(result.current).toMatchObject({ attempt: 1, phase: 'scheduled' });
    act(() => {
      if (result.current.kind === 'retry') result.current.cancel();
    });
    expect(result.current).toMatchObject({ phase: 'idle', exhausted: false });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('contact support: the safe support href and the request id to quote', () => {
    const { result } = renderHook(() => useVehicleErrorResolution(payloads.billing), { wrapper });
    expect(result.current).toMatchObject({ kind: 'contactSupport', available: true, href: 'mailto:help@chargely.example', requestId: 'req-bill-42' });
  });

  it('reauthenticate: not available (and a warning) when the app configured nothing', () => {
    resetWarnings();
    const warn = expectConsole('warn');
    const { result } = renderHook(() => useVehicleErrorResolution(payloads.unauthorized), {
      wrapper: ({ children }) => <VehicleErrorProvider appName="Chargely">{children}</VehicleErrorProvider>,
    });
    expect(result.current).toMatchObject({ kind: 'reauthenticate', available: false });
    expect('href' in result.current).toBe(false);
    expect(warn.messages()).toEqual([expect.stringContaining('no usable connectUrl or onReauthenticate')]);
  });

  it('none: nothing to offer, and no warning', () => {
    const { result } = renderHook(() => useVehicleErrorResolution(payloads.fullyCharged), { wrapper });
    expect(result.current).toMatchObject({ kind: 'none', available: false });
  });
});
