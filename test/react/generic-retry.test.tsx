import { renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { VehicleErrorBanner, VehicleErrorProvider, useVehicleErrorResolution } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { fullConfig, renderInProvider } from './helpers.js';

/**
 * Input nobody can place gets the generic message, which asks the owner to try again: it comes
 * with a Try again whenever the app gave `onRetry`, as a manual retry of an error that stays unknown.
 */

beforeEach(() => resetWarnings());

describe('input nobody can place', () => {
  it('shows the generic message with a working Try again when the app gave onRetry, and still warns', async () => {
    const console = expectConsole('warn');
    const onRetry = vi.fn(() => Promise.resolve());
    renderInProvider(<VehicleErrorBanner error={{ what: 'is this' }} onRetry={onRetry} />);
    const region = screen.getByRole('region', { name: 'Something went wrong' });
    expect(region.dataset.kind).toBe('retry');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(console.messages().join('\n')).toContain('normalizeVehicleError');
  });

  it('is a manual retry that stays unknown: nothing retries on its own', () => {
    expectConsole('warn');
    const wrapper = ({ children }: { children?: ReactNode }) => <VehicleErrorProvider {...fullConfig}>{children}</VehicleErrorProvider>;
    const { result } = renderHook(() => useVehicleErrorResolution(42, { onRetry: () => undefined }), { wrapper });
    expect(result.current).toMatchObject({ kind: 'retry', automatic: false, available: true, error: { type: 'UNKNOWN', known: false } });
  });
});
