import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { describe, expect, it, vi } from 'vitest';
import { useVehicleErrorResolution, VehicleErrorBanner, VehicleErrorProvider, vehicleErrorQueryRetry, vehicleErrorSwrRetry } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { advance, click, quickPolicy, retryStatus, settle, vehicleApi, withFakeClock } from './retry-support.js';

/**
 * The library with the data layers apps use, the real ones, wired the way the README says and the
 * way a new user writes it first. Each pattern: no false success, attempts bounded, no vanished
 * banner, focus kept, Retry-After honoured, the exhausted state reached, never two engines at once.
 */
type Api = ReturnType<typeof vehicleApi>;

function withQueryClient(children: ReactNode, client: QueryClient) {
  return (
    <QueryClientProvider client={client}>
      <VehicleErrorProvider appName="Chargely">{children}</VehicleErrorProvider>
    </QueryClientProvider>
  );
}

const newQueryClient = (retry: object = { retry: false }) => new QueryClient({ defaultOptions: { queries: { gcTime: Infinity, ...retry }, mutations: { ...retry } } });

const heading = () => screen.queryAllByRole('heading').map((element) => element.textContent);

describe('TanStack Query v5', () => {
  withFakeClock();

  describe('the banner retries, the query does not (retry: false): the recipe', () => {
    function Battery({ api }: { api: Api }) {
      const query = useQuery({ queryKey: ['battery'], queryFn: () => api.request() });
      return (
        <>
          <VehicleErrorBanner error={query.error} onRetry={query.refetch} retryPolicy={quickPolicy} />
          {query.data ? <p>Charge {query.data.charge}%</p> : null}
        </>
      );
    }

    it('stops at maxAttempts and says so, though refetch() resolves and TanStack clears the error during each request', async () => {
      const api = vehicleApi();
      render(withQueryClient(<Battery api={api} />, newQueryClient()));
      await settle();
      expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
      expect(retryStatus()).toBe("That still didn't work. You can try again now.");
      expect(heading()).toEqual(['Your car is asleep']);
    });

    it('never says "That worked" after a failed refetch, and says it (not the error title) after a real one', async () => {
      const api = vehicleApi({ failures: 2 });
      render(withQueryClient(<Battery api={api} />, newQueryClient()));
      // The first automatic attempt (about 1.25 s) fails at about 1.45 s; refetch() resolved anyway.
      await advance(2_000);
      expect(api.calls).toBe(2);
      expect(heading()).toEqual(['Your car is asleep']);
      expect(retryStatus()).toBe("We'll try again automatically.");
      await settle();
      expect(api.calls).toBe(3);
      expect(heading()).toEqual(['That worked']);
      expect(screen.getByText('Charge 80%')).toBeTruthy();
    });

    it('stays through a manual Try again with focus on the same button, saying "Trying again…"', async () => {
      const api = vehicleApi({ latencyMs: 3_000 });
      render(withQueryClient(<Battery api={api} />, newQueryClient()));
      await advance(3_100);
      const button = screen.getByRole('button', { name: 'Try again' });
      button.focus();
      await click(button);
      for (let step = 0; step < 5; step += 1) {
        await advance(500);
        expect(retryStatus()).toBe('Trying again…');
        expect(document.activeElement).toBe(button);
      }
      await advance(1_000);
      expect(retryStatus()).toBe("We'll try again automatically.");
      expect(document.activeElement).toBe(button);
    });

    it("honours the server's Retry-After before every attempt, and still stops at maxAttempts", async () => {
      vi.mocked(Math.random).mockReturnValue(0);
      const api = vehicleApi({ error: { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429, retryAfter: 20 } });
      render(withQueryClient(<Battery api={api} />, newQueryClient()));
      await advance(300);
      expect(screen.getByText('Trying again in 20 seconds')).toBeTruthy();
      await settle();
      expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
      const gaps = api.sentAt.slice(1).map((at, index) => at - (api.sentAt[index] ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20_000);
    });
  });

  describe('the query retries with vehicleErrorQueryRetry, the banner shows it', () => {
    function Battery({ api, onRetry = true }: { api: Api; onRetry?: boolean }) {
      const query = useQuery({ queryKey: ['battery'], queryFn: () => api.request(), ...vehicleErrorQueryRetry({ retryPolicy: quickPolicy }) });
      return (
        <VehicleErrorBanner error={query.error ?? query.failureReason} retryPolicy={quickPolicy} {...(onRetry ? { onRetry: query.refetch } : {})} />
      );
    }

    it("shows each of the query's retries (countdown, trying, exhausted), and adds none of its own", async () => {
      const api = vehicleApi();
      render(withQueryClient(<Battery api={api} />, newQueryClient(vehicleErrorQueryRetry({ retryPolicy: quickPolicy }))));
      // Fails at 0.2 s; the query waits 1 s, retries (fails at 1.4 s), then waits 2 s.
      await advance(300);
      expect(retryStatus()).toBe("We'll try again automatically.");
      expect(screen.getByText('Trying again in 1 second')).toBeTruthy();
      await advance(1_000);
      expect(retryStatus()).toBe('Trying again…');
      await advance(300);
      expect(screen.getByText('Trying again in 2 seconds')).toBeTruthy();
      await settle();
      expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
      expect(retryStatus()).toBe("That still didn't work. You can try again now.");
      // A refetch later (a poll, a remount) is not retried again: the problem's attempts are spent.
      await click(screen.getByRole('button', { name: 'Try again' }));
      await settle();
      expect(api.calls).toBe(2 + quickPolicy.maxAttempts);
    });

    it('offers no Try again while the query waits to retry (a refetch would only join that wait), and offers it once its attempts are spent', async () => {
      const api = vehicleApi();
      render(withQueryClient(<Battery api={api} />, newQueryClient()));
      await advance(300);
      expect(screen.getByText('Trying again in 1 second')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      await advance(1_000);
      expect(retryStatus()).toBe('Trying again…');
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      await settle();
      expect(retryStatus()).toBe("That still didn't work. You can try again now.");
      await click(screen.getByRole('button', { name: 'Try again' }));
      expect(api.calls).toBe(2 + quickPolicy.maxAttempts);
    });

    it('tells a custom UI the same: byDataLayer while the query waits or tries, not once its attempts are spent', async () => {
      const api = vehicleApi();
      const seen: boolean[] = [];
      function OwnNotice() {
        const query = useQuery({ queryKey: ['battery'], queryFn: () => api.request() });
        const next = useVehicleErrorResolution(query.error ?? query.failureReason, { onRetry: query.refetch, retryPolicy: quickPolicy });
        if (next.kind === 'retry') seen.push(next.byDataLayer);
        return next.kind === 'retry' && !next.byDataLayer ? <button type="button">Try again</button> : null;
      }
      render(withQueryClient(<OwnNotice />, newQueryClient(vehicleErrorQueryRetry({ retryPolicy: quickPolicy }))));
      await advance(300);
      expect(seen.at(-1)).toBe(true);
      expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
      await settle();
      expect(seen.at(-1)).toBe(false);
      expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    });

    it('honours Retry-After and says "That worked" once the query succeeds', async () => {
      vi.mocked(Math.random).mockReturnValue(0);
      const api = vehicleApi({ failures: 1, error: { type: 'RATE_LIMIT', code: 'VEHICLE', statusCode: 429, retryAfter: 20 } });
      render(withQueryClient(<Battery api={api} />, newQueryClient()));
      await advance(300);
      expect(screen.getByText('Trying again in 20 seconds')).toBeTruthy();
      await advance(19_500);
      expect(api.calls).toBe(1);
      await advance(1_500);
      expect(api.calls).toBe(2);
      expect(heading()).toEqual(['That worked']);
    });
  });

  describe("a new user's wiring: onRetry={query.refetch} with the query's own retry: 3 left on", () => {
    function Battery({ api }: { api: Api }) {
      const query = useQuery({ queryKey: ['battery'], queryFn: () => api.request() });
      return <VehicleErrorBanner error={query.error} onRetry={query.refetch} retryPolicy={quickPolicy} />;
    }

    it('notices the second engine, tells the developer, and stops its own automatic attempts: no stacking, no loop', async () => {
      const warn = expectConsole('warn');
      const api = vehicleApi();
      render(withQueryClient(<Battery api={api} />, new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } })));
      await settle();
      // TanStack's four requests, then one attempt of ours (four more), then no more on their own.
      expect(api.calls).toBe(8);
      expect(retryStatus()).toBe("That still didn't work. You can try again now.");
      expect(heading()).toEqual(['Your car is asleep']);
      expect(warn.messages()).toEqual([expect.stringContaining('two retry engines')]);
      await advance(3_600_000);
      expect(api.calls).toBe(8);
    });
  });

  describe('useMutation', () => {
    function Unlock({ api, fireAndForget = false }: { api: Api; fireAndForget?: boolean }) {
      const mutation = useMutation({ mutationFn: () => api.request() });
      const { mutate } = mutation;
      useEffect(() => mutate(), [mutate]);
      return (
        <VehicleErrorBanner
          error={mutation.error}
          action="unlock"
          onRetry={fireAndForget ? () => mutation.mutate() : () => mutation.mutateAsync()}
          retryPolicy={quickPolicy}
        />
      );
    }

    it('mutateAsync: the banner stays while mutate clears the error, keeps focus, and stops at maxAttempts', async () => {
      const api = vehicleApi({ latencyMs: 2_000 });
      render(withQueryClient(<Unlock api={api} />, newQueryClient()));
      // Fails at 2 s; the first automatic attempt starts about 1 s later and runs 2 s.
      await advance(2_100);
      const button = screen.getByRole('button', { name: 'Try again' });
      button.focus();
      await advance(1_000);
      expect(retryStatus()).toBe('Trying again…');
      await advance(1_500);
      expect(retryStatus()).toBe('Trying again…');
      expect(document.activeElement).toBe(button);
      await settle();
      expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
      expect(retryStatus()).toBe("That still didn't work. You can try again now.");
    });

    it('mutate (no promise): a development warning, no false success, and still bounded', async () => {
      const warn = expectConsole('warn');
      const api = vehicleApi();
      render(withQueryClient(<Unlock api={api} fireAndForget />, newQueryClient()));
      await settle();
      expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
      expect(heading()).not.toContain('That worked');
      expect(warn.messages()).toEqual([expect.stringContaining('onRetry returned no promise')]);
    });
  });
});

describe('SWR 2', () => {
  withFakeClock();

  const withSwr = (children: ReactNode, config: object) => (
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0, revalidateOnFocus: false, ...config }}>
      <VehicleErrorProvider appName="Chargely">{children}</VehicleErrorProvider>
    </SWRConfig>
  );

  function Battery({ api }: { api: Api }) {
    const swr = useSWR('/battery', () => api.request());
    return <VehicleErrorBanner error={swr.error} onRetry={() => swr.mutate()} retryPolicy={quickPolicy} />;
  }

  it('the banner retries (shouldRetryOnError off): mutate() resolves on failure, yet no false success, bounded', async () => {
    const api = vehicleApi();
    render(withSwr(<Battery api={api} />, { shouldRetryOnError: false }));
    await settle();
    expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
    expect(retryStatus()).toBe("That still didn't work. You can try again now.");
    expect(heading()).toEqual(['Your car is asleep']);
  });

  it('SWR retries with vehicleErrorSwrRetry: the banner shows its countdown, adds nothing, and reaches exhausted', async () => {
    const api = vehicleApi({ failures: Infinity });
    render(withSwr(<Battery api={api} />, { onErrorRetry: vehicleErrorSwrRetry({ retryPolicy: quickPolicy }) }));
    await advance(200);
    expect(screen.getByText('Trying again in 1 second')).toBeTruthy();
    await settle();
    expect(api.calls).toBe(1 + quickPolicy.maxAttempts);
    expect(retryStatus()).toBe("That still didn't work. You can try again now.");
  });

  it('says "That worked" when an SWR retry succeeds', async () => {
    const api = vehicleApi({ failures: 1 });
    render(withSwr(<Battery api={api} />, { onErrorRetry: vehicleErrorSwrRetry({ retryPolicy: quickPolicy }) }));
    await settle();
    expect(api.calls).toBe(2);
    expect(heading()).toEqual(['That worked']);
  });
});
