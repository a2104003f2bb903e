import { normalizeVehicleError } from './normalize/index.js';
import { resolveVehicleError } from './resolve.js';
import { retryPolicyWith } from './retry-policy.js';
import { defaultRetryStore, problemKey, type VehicleErrorRetryStore } from './retry-store.js';
import type { RetryPolicy } from './types.js';

/** Options of {@link vehicleErrorQueryRetry} and {@link vehicleErrorSwrRetry}. */
export interface DataLayerRetryOptions {
  /**
   * Overrides the catalog's back-off, like the components' `retryPolicy`.
   *
   * @example vehicleErrorQueryRetry({ retryPolicy: { maxAttempts: 2 } })
   */
  retryPolicy?: Partial<RetryPolicy>;
  /**
   * The `retryKey` the components showing these errors are given, if any.
   *
   * @example vehicleErrorQueryRetry({ retryKey: vehicleId })
   */
  retryKey?: string;
  /**
   * The store the components read: the provider's `retryStore`, when it was given one. By
   * default the shared store, in a browser; on a server (no `window`) nothing is retried.
   *
   * @example vehicleErrorQueryRetry({ store: retryStore })
   */
  store?: VehicleErrorRetryStore;
}

/**
 * The data layer failed with `error`: the wait before its next attempt, or `undefined` to stop.
 * Nothing that needs the owner is retried (reconnect, contact support, close a door); attempts
 * are counted per problem in the store, across fetches, so polling and refetches stay bounded.
 */
function nextRetryMs(options: DataLayerRetryOptions, error: unknown, run?: () => void): number | undefined {
  const store = options.store ?? (typeof window === 'undefined' ? undefined : defaultRetryStore());
  const normalized = normalizeVehicleError(error);
  const { kind, automatic } = resolveVehicleError(normalized);
  if (!store || kind !== 'retry' || !automatic) return undefined;
  return store.dataLayerFailed(problemKey(normalized, options.retryKey), normalized, retryPolicyWith(normalized, options.retryPolicy), run);
}

/**
 * TanStack Query v5's `retry` and `retryDelay` from the catalog's policy: `Retry-After`
 * honoured (capped), back-off per error family, attempts bounded per problem, nothing retried
 * that needs the owner. The banner shows the retries (attempt, countdown, exhausted) when given
 * `error={query.error ?? query.failureReason}`; it does not retry on top. Spread both options.
 *
 * @example
 * new QueryClient({ defaultOptions: { queries: vehicleErrorQueryRetry(), mutations: vehicleErrorQueryRetry() } });
 * useQuery({ queryKey: ['battery', id], queryFn, ...vehicleErrorQueryRetry() });
 */
export function vehicleErrorQueryRetry(options: DataLayerRetryOptions = {}): {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
} {
  // TanStack asks for the delay, then whether to retry, for each failure: decide once.
  let decided: { error: unknown; ms: number | undefined } | undefined;
  return {
    retryDelay: (_failureCount, error) => {
      decided = { error, ms: nextRetryMs(options, error) };
      return decided.ms ?? 0;
    },
    retry: (_failureCount, error) => {
      const ms = decided && decided.error === error ? decided.ms : nextRetryMs(options, error);
      decided = undefined;
      return ms !== undefined;
    },
  };
}

/**
 * SWR 2's `onErrorRetry` from the catalog's policy, with the same rules as
 * {@link vehicleErrorQueryRetry}; the banner (given `error={swr.error}`) shows the retries.
 *
 * @example
 * <SWRConfig value={{ onErrorRetry: vehicleErrorSwrRetry() }}>…</SWRConfig>
 */
export function vehicleErrorSwrRetry(
  options: DataLayerRetryOptions = {},
): <Revalidate>(error: unknown, key: unknown, config: unknown, revalidate: (options: Revalidate) => unknown, revalidateOptions: Revalidate) => void {
  return (error, _key, _config, revalidate, revalidateOptions) => {
    nextRetryMs(options, error, () => revalidate(revalidateOptions));
  };
}
