import { act, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import {
  ReconnectPrompt,
  VehicleErrorBanner,
  VehicleErrorModal,
  VehicleErrorProvider,
  useVehicleErrorMessage,
  useVehicleErrorResolution,
} from '../../src/index.js';
import { fullConfig, payloads, renderInProvider } from './helpers.js';

/**
 * `error={response}`: a fetch Response shows the message its status stands for at once, then the
 * message its body holds, read once (from one copy, so the app's own Response stays readable)
 * however many components, re-renders and StrictMode mounts see it.
 */

const asleepBody = { ...payloads.asleep, description: 'The car is asleep.' };
const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Counts reads of any Response body, and copies made of one. */
function spyOnReads() {
  return {
    text: vi.spyOn(Response.prototype, 'text'),
    json: vi.spyOn(Response.prototype, 'json'),
    clone: vi.spyOn(Response.prototype, 'clone'),
  };
}

const banner = (name: string) => screen.getByRole('region', { name });
/** Lets a body read finish and its render land. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
// Retrying is not what these tests are about: a Try again, no automatic attempts.
const retry = { onRetry: () => undefined, retryPolicy: { maxAttempts: 0 } };

beforeEach(() => resetWarnings());

describe('a fetch Response as the banner error', () => {
  it("shows the status's message, then the body's message when it arrives; reads the body once", async () => {
    const reads = spyOnReads();
    const response = json(asleepBody, 409, { 'sc-request-id': 'req-header' });
    renderInProvider(<VehicleErrorBanner error={response} {...retry} />);
    expect(banner('Car not ready')).toBeTruthy();
    await settle();
    expect(banner('Your car is asleep')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Car not ready' })).toBeNull();
    expect(reads.clone).toHaveBeenCalledTimes(1);
    expect(reads.text).toHaveBeenCalledTimes(1);
    expect(reads.json).not.toHaveBeenCalled();
    // The library read a copy: the app can still read its own Response.
    expect(response.bodyUsed).toBe(false);
    await expect(response.json()).resolves.toMatchObject({ code: 'ASLEEP' });
  });

  it('reads one Response once for every component, hook, re-render and StrictMode mount', async () => {
    const reads = spyOnReads();
    const response = json({ type: 'AUTHENTICATION', code: 'UNAUTHORIZED', resolution: { type: 'REAUTHENTICATE' } }, 401);
    let message = '';
    let kind = '';
    function Hooks({ error }: { error: unknown }) {
      message = useVehicleErrorMessage(error).title;
      kind = useVehicleErrorResolution(error).kind;
      return null;
    }
    function Page({ tick }: { tick: number }) {
      return (
        <StrictMode>
          <p>{tick}</p>
          <VehicleErrorBanner error={response} />
          <VehicleErrorBanner error={response} headingLevel={3} />
          <ReconnectPrompt error={response} />
          <VehicleErrorModal open onOpenChange={() => undefined} error={response} />
          <Hooks error={response} />
        </StrictMode>
      );
    }
    const view = renderInProvider(<Page tick={0} />);
    // The open modal hides the rest of the page from assistive technology.
    expect(screen.getAllByRole('region', { name: 'Connection expired', hidden: true })).toHaveLength(3);
    expect(screen.getByRole('dialog', { name: 'Connection expired' })).toBeTruthy();
    expect([message, kind]).toEqual(['Connection expired', 'reauthenticate']);
    await settle();
    expect(screen.getAllByRole('region', { name: 'Please reconnect your car', hidden: true })).toHaveLength(3);
    expect(screen.getByRole('dialog', { name: 'Please reconnect your car' })).toBeTruthy();
    expect([message, kind]).toEqual(['Please reconnect your car', 'reauthenticate']);
    for (let tick = 1; tick <= 3; tick += 1) view.rerender(<VehicleErrorProvider {...fullConfig}><Page tick={tick} /></VehicleErrorProvider>);
    await settle();
    expect(reads.clone).toHaveBeenCalledTimes(1);
    expect(reads.text).toHaveBeenCalledTimes(1);
  });

  it('keeps the status message for a Response whose body was already read, and reads nothing', async () => {
    const response = json(asleepBody, 503, { 'retry-after': '30' });
    await response.text();
    const reads = spyOnReads();
    renderInProvider(<VehicleErrorBanner error={response} {...retry} />);
    await settle();
    expect(banner('Temporary problem')).toBeTruthy();
    expect(reads.clone).not.toHaveBeenCalled();
    expect(reads.text).not.toHaveBeenCalled();
  });

  it('keeps the status message when the body is not JSON (a proxy page)', async () => {
    renderInProvider(<VehicleErrorBanner error={new Response('<h1>Bad Gateway</h1>', { status: 502 })} {...retry} />);
    await settle();
    expect(banner('Temporary problem')).toBeTruthy();
  });

  it('replaces one Response by the next: each shows its own body', async () => {
    const reads = spyOnReads();
    const view = renderInProvider(<VehicleErrorBanner error={json(asleepBody, 409)} {...retry} />);
    await settle();
    expect(banner('Your car is asleep')).toBeTruthy();
    view.rerender(
      <VehicleErrorProvider {...fullConfig}>
        <VehicleErrorBanner error={json({ type: 'BILLING', code: 'VEHICLE_LIMIT', resolution: { type: null } }, 430)} />
      </VehicleErrorProvider>,
    );
    expect(banner('Feature unavailable')).toBeTruthy();
    await settle();
    expect(banner('Car limit reached')).toBeTruthy();
    view.rerender(
      <VehicleErrorProvider {...fullConfig}>
        <VehicleErrorBanner error={null} />
      </VehicleErrorProvider>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(reads.text).toHaveBeenCalledTimes(2);
  });
});

describe('a fetch Response in the hooks', () => {
  const wrapper = ({ children }: { children?: ReactNode }) => <VehicleErrorProvider {...fullConfig}>{children}</VehicleErrorProvider>;

  it('useVehicleErrorMessage and useVehicleErrorResolution swap to the body when it arrives', async () => {
    const response = json({ ...payloads.doorOpen, statusCode: undefined }, 409);
    const { result } = renderHook(() => [useVehicleErrorMessage(response, { action: 'lock' }), useVehicleErrorResolution(response, { onRetry: () => undefined })] as const, { wrapper });
    expect(result.current[0]).toMatchObject({ title: 'Car not ready', error: { type: 'UNKNOWN', statusCode: 409 } });
    await settle();
    expect(result.current[0].title).toBe('A door is open');
    expect(result.current[0].message).toContain("Chargely couldn't lock your car");
    expect(result.current[1]).toMatchObject({ kind: 'retry', available: true, automatic: false, error: { code: 'DOOR_OPEN' } });
  });
});

describe('a fetch Response rendered on a server', () => {
  it("renders the status's message and leaves the body alone", () => {
    const reads = spyOnReads();
    const html = renderToString(
      <VehicleErrorProvider {...fullConfig}>
        <VehicleErrorBanner error={json(asleepBody, 409)} {...retry} />
      </VehicleErrorProvider>,
    );
    expect(html).toContain('Car not ready');
    expect(reads.clone).not.toHaveBeenCalled();
  });
});
