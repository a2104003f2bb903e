import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { idleRetry, problemKey, type RetryDriver, type RetryObserver, type RetrySnapshot, type VehicleErrorRetryStore } from '../../core/retry-store.js';
import type { VehicleError } from '../../core/types.js';

// Only read in effects, where `navigator` exists; unknown counts as online.
const isOnline = () => navigator.onLine !== false;
const serverSnapshot = () => idleRetry;

/** What {@link useRetry} gives a component. */
export interface RetryBinding {
  /** The problem's state in the store (`idleRetry` for an error that is not retried). */
  retry: RetrySnapshot;
  /** The error to keep showing while the app shows nothing: an attempt runs, or it just worked. */
  held: VehicleError | undefined;
  retryNow: () => void;
  cancel: () => void;
  /** Stops holding the current state (the owner dismissed it): shown again only when it changes. */
  release: () => void;
}

/**
 * Binds a component to its problem in the retry store, the way TanStack Query's observers bind to
 * a query: it reads the problem's snapshot (`useSyncExternalStore`) and, after each render, tells
 * the store what the app shows. While the app shows nothing, the component keeps watching the last
 * problem it showed, so it stays (and keeps focus) while an attempt runs. `error` is the app's
 * error when it is a retry (else `undefined`); `onRetry` and `policy` drive automatic attempts.
 */
export function useRetry(
  store: VehicleErrorRetryStore,
  shown: boolean,
  error: VehicleError | undefined,
  { onRetry, policy, retryKey }: RetryDriver & { retryKey: string | undefined },
): RetryBinding {
  const key = error && problemKey(error, retryKey);
  // A timer may fire renders later: the store reads the latest settings, not the first ones.
  const latest = useRef<RetryDriver>({});
  useEffect(() => {
    latest.current = { onRetry, policy };
  });
  // The last problem shown, kept while the app shows nothing (React's "state from previous
  // renders"), with one observer per problem: what it said about one never leaks into the next.
  const observe = (): RetryObserver => ({ driver: () => latest.current });
  const [last, setLast] = useState(() => ({ key, observer: observe() }));
  if (shown && key !== last.key) setLast({ key, observer: observe() });
  const watched = shown ? key : last.key;
  const { observer } = last;

  const subscribe = useCallback((listener: () => void) => (watched === undefined ? () => undefined : store.subscribe(watched, listener)), [store, watched]);
  const retry = useSyncExternalStore(subscribe, () => (watched === undefined ? idleRetry : store.snapshot(watched)), serverSnapshot);

  // Only automatic retries wait for the network: a manual one costs no listener.
  const automatic = policy !== undefined && policy.maxAttempts > 0;
  useEffect(() => {
    if (watched === undefined) return undefined;
    const onOnlineChange = () => store.setOnline(isOnline());
    const types = automatic ? ['online', 'offline'] : [];
    if (automatic) onOnlineChange();
    const unobserve = store.observe(watched, observer);
    for (const type of types) window.addEventListener(type, onOnlineChange);
    return () => {
      for (const type of types) window.removeEventListener(type, onOnlineChange);
      unobserve();
    };
  }, [store, watched, observer, automatic]);
  useEffect(() => {
    if (watched !== undefined) store.report(watched, observer, error);
  }, [store, watched, observer, error]);

  const [released, setReleased] = useState<RetrySnapshot>();
  const { phase } = retry;
  const held = !shown && retry !== released && (phase === 'retrying' || phase === 'succeeded') ? retry.error : undefined;
  const release = useCallback(() => setReleased(retry), [retry]);
  const retryNow = useCallback(() => watched !== undefined && store.retryNow(watched, observer), [store, watched, observer]);
  const cancel = useCallback(() => watched !== undefined && store.cancel(watched), [store, watched]);
  return { retry, held, retryNow, cancel, release };
}
