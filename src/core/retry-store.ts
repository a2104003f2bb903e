import { warnOnce } from './dev-warning.js';
import { parseRetryAfter, retryDelayMs } from './retry-policy.js';
import type { RetryPolicy, VehicleError } from './types.js';

/**
 * Where a problem's retries stand: `idle` (nothing scheduled; a manual retry is possible),
 * `scheduled` (an automatic attempt waits for its time), `retrying` (an attempt is in flight),
 * `paused` (offline; the wait resumes when back online), `exhausted` (automatic attempts used up),
 * `failed` (a manual attempt failed), `succeeded` (the error was gone after an attempt).
 */
export type RetryPhase = 'idle' | 'scheduled' | 'retrying' | 'paused' | 'exhausted' | 'failed' | 'succeeded';

/** What a UI needs to show about a problem's retries. A new object after every change. */
export interface RetrySnapshot {
  phase: RetryPhase;
  /** Attempts made since the problem appeared (or since its last success), automatic and manual. */
  attempt: number;
  /** Epoch milliseconds of the next automatic attempt, while one is scheduled. */
  nextRetryAt?: number;
  /** The problem's latest error: what a component keeps showing while an attempt runs. */
  error?: VehicleError;
  /**
   * The data layer itself waits to retry, or runs its retry (`vehicleErrorQueryRetry`,
   * `vehicleErrorSwrRetry`): a Try again would not start an attempt sooner (a TanStack refetch
   * joins the retry it waits for), so components offer none until its attempts are spent.
   */
  byDataLayer?: true;
}

/** Nothing has happened yet: the state of every problem before it first reports. */
export const idleRetry: RetrySnapshot = { phase: 'idle', attempt: 0 };

/**
 * Time and chance for the store: the system's by default, a virtual one in simulations and tests.
 *
 * @example createVehicleErrorRetryStore({ clock: { now: () => t, setTimeout: queue.add, clearTimeout: queue.remove, random } })
 */
export interface RetryClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  /** A draw in [0, 1) for the jitter. */
  random(): number;
}

/** What an observer drives retries with; read when needed, since it may change on every render. */
export interface RetryDriver {
  /** Repeats what failed; without it, the observer shows the problem but cannot drive retries. */
  onRetry?: () => unknown;
  /** Back-off of automatic attempts; absent or `maxAttempts: 0` for manual retries only. */
  policy?: RetryPolicy;
}

/** One component (or hook) showing a problem: what it shows now, and how to repeat what failed. */
export interface RetryObserver {
  /** The problem's error as the app last rendered it; kept by the store (see `report`). */
  error?: VehicleError;
  /** Its latest `onRetry` and policy. */
  driver(): RetryDriver;
}

/** Options of {@link createVehicleErrorRetryStore}. */
export interface RetryStoreOptions {
  /** Timers, time and jitter; the system's by default. */
  clock?: RetryClock;
  /**
   * How long after an attempt settles the store waits for the app to render its outcome (a new
   * error or none) before deciding on what it shows then. Default 1 s.
   */
  verdictMs?: number;
  /** A problem nobody has shown for this long starts over when it comes back. Default 5 min. */
  forgetMs?: number;
}

/**
 * Retry state per problem, shared by every component that shows it: attempts, back-off step,
 * the server's wait, and the one attempt in flight. Framework-free; components subscribe.
 */
export interface VehicleErrorRetryStore {
  readonly clock: RetryClock;
  /** The problem's state; `idleRetry` for a problem the store does not hold. */
  snapshot(key: string): RetrySnapshot;
  /** Calls `listener` after every change of the problem's snapshot; returns the unsubscribe. */
  subscribe(key: string, listener: () => void): () => void;
  /** Adds an observer of the problem (it shows nothing until `report`); returns its removal. */
  observe(key: string, observer: RetryObserver): () => void;
  /** What the observer shows now, after the app rendered: the problem's error, or `undefined`. */
  report(key: string, observer: RetryObserver, error: VehicleError | undefined): void;
  /** Runs an attempt now (with `by`'s `onRetry` when given), unless one is in flight. */
  retryNow(key: string, by?: RetryObserver): void;
  /** Stops automatic attempts of the problem; a manual `retryNow` stays possible. */
  cancel(key: string): void;
  /** Offline pauses every wait; online resumes each with the time that was left. */
  setOnline(online: boolean): void;
  /**
   * The data layer failed with the problem's error and retries by itself: returns the wait before
   * its next attempt, or `undefined` when it should stop (attempts used up). `run` is called when
   * the wait is over, for data layers that leave the timer to us.
   */
  dataLayerFailed(key: string, error: VehicleError, policy: RetryPolicy, run?: () => void): number | undefined;
  /** Forgets every problem and clears every timer (sign-out, tests). */
  clear(): void;
}

/**
 * The store's key for a problem: its type, code and status, within the app's own `retryKey` (one
 * banner serving several vehicles or operations). Request ids and object identity do not count.
 *
 * @example problemKey(error, 'vehicle-42'); // '["vehicle-42","VEHICLE_STATE","ASLEEP",409]'
 */
export function problemKey(error: Pick<VehicleError, 'type' | 'code' | 'statusCode'>, retryKey?: string): string {
  // The app's own connection is one problem whatever its symptom (offline, a timeout, no answer):
  // a connection that flaps between them must not start the count over each time.
  const code = error.type === 'NETWORK' ? null : error.code;
  return JSON.stringify([retryKey ?? null, error.type, code, error.statusCode ?? null]);
}

/** A failed attempt may carry a new server wait: `retryAfterMs`, or an SDK error's `retryAfter`. */
function retryAfterOf(reason: unknown): number | undefined {
  if (typeof reason !== 'object' || reason === null) return undefined;
  const { retryAfterMs, retryAfter } = reason as { retryAfterMs?: unknown; retryAfter?: unknown };
  return typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : parseRetryAfter(retryAfter);
}

/**
 * What an attempt's promise may resolve with: TanStack Query's `refetch()` result, whose `status`
 * is `'error'` when the request failed, and whose `failureCount` above 1 means the data layer
 * retried inside the attempt.
 */
type SettledValue = { status?: unknown; failureCount?: unknown; error?: unknown } | null | undefined;

/** The system's time, timers and `Math.random`, read when called (never at import). */
const systemClock: RetryClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** An attempt in flight: how it settled (once it has), and whether the problem came back meanwhile. */
interface Flight {
  settled?: 'ok' | 'failed' | 'unknown';
  back?: boolean;
}

type Problem = ReturnType<typeof createProblem>;

/**
 * Creates a retry store. The provider holds one (components without a provider share a default
 * one), so every component showing a problem, and the data-layer helpers, read the same state.
 *
 * @example
 * const store = createVehicleErrorRetryStore();
 * <VehicleErrorProvider appName="Chargely" retryStore={store}>…</VehicleErrorProvider>
 */
export function createVehicleErrorRetryStore({ clock = systemClock, verdictMs = 1_000, forgetMs = 300_000 }: RetryStoreOptions = {}): VehicleErrorRetryStore {
  const problems = new Map<string, Problem>();
  const settings = { clock, verdictMs, forgetMs, online: true };
  const problem = (key: string): Problem => {
    let found = problems.get(key);
    if (!found) {
      // Forget problems nobody shows or subscribes to any more, so the map stays small.
      for (const [other, entry] of problems) if (entry.forgettable()) problems.delete(other);
      problems.set(key, (found = createProblem(settings)));
    }
    return found;
  };
  return {
    clock,
    snapshot: (key) => problems.get(key)?.snapshot() ?? idleRetry,
    subscribe: (key, listener) => problem(key).subscribe(listener),
    observe: (key, observer) => problem(key).observe(observer),
    report: (key, observer, error) => problem(key).report(observer, error),
    retryNow: (key, by) => problems.get(key)?.run(by),
    cancel: (key) => problems.get(key)?.cancel(),
    setOnline(online) {
      if (online === settings.online) return;
      settings.online = online;
      for (const entry of problems.values()) entry.onlineChanged();
    },
    dataLayerFailed: (key, error, policy, run) => problem(key).dataLayerFailed(error, policy, run),
    clear() {
      for (const entry of problems.values()) entry.dispose();
      problems.clear();
    },
  };
}

/** The retryer of one problem: a small state machine driven by its observers and the data layer. */
function createProblem(settings: { clock: RetryClock; verdictMs: number; forgetMs: number; online: boolean }) {
  const { clock, verdictMs, forgetMs } = settings;
  const listeners = new Set<() => void>();
  // In the order they last reported the problem: the last one drives the next attempt.
  const observers = new Set<RetryObserver>();
  let snap = idleRetry;
  let attempt = 0;
  let held: VehicleError | undefined;
  let serverWaitMs: number | undefined;
  // The next automatic attempt, kept while offline (as the time left) or while nobody observes.
  let dueAt: number | undefined;
  let pausedLeftMs = 0;
  let timer: unknown;
  // The data layer's next attempt (its own timer, or ours calling `run` for it).
  let dataTimer: unknown;
  let flight: Flight | undefined;
  // `cancel()`: no automatic attempts until the problem starts over.
  let stopped = false;
  // The data layer retries this problem (our helpers, or its own retry seen in a result).
  let dataLayer = false;
  let succeededAt = -Infinity;
  // When the problem was last seen: shown by an observer, failing in the data layer, or attempted.
  let seenAt = clock.now();

  const emit = (phase: RetryPhase) => {
    snap = { phase, attempt };
    if (phase === 'scheduled' && dueAt !== undefined) snap.nextRetryAt = dueAt;
    if (held) snap.error = held;
    if (dataLayer && !flight && (phase === 'scheduled' || phase === 'retrying')) snap.byDataLayer = true;
    for (const listener of listeners) listener();
  };
  const stopTimer = () => {
    clock.clearTimeout(timer);
    timer = undefined;
  };
  // Loops, not array copies: a page may show one problem in a thousand banners.
  const shown = () => {
    for (const observer of observers) if (observer.error) return true;
    return false;
  };
  // The last observer to show the problem that can repeat it, with its latest settings.
  const driver = () => {
    let found: RetryDriver | undefined;
    for (const observer of observers) if (observer.error && observer.driver().onRetry) found = observer.driver();
    return found;
  };
  const automatic = (policy: RetryPolicy | undefined): policy is RetryPolicy => policy !== undefined && policy.maxAttempts > 0;
  const seen = () => void (seenAt = clock.now());
  // Nobody has seen the problem for `forgetMs`: when it comes back, it starts over.
  const forgotten = () => !shown() && !flight && clock.now() - seenAt >= forgetMs;
  const restart = () => {
    attempt = 0;
    stopped = dataLayer = false;
    dueAt = undefined;
    succeededAt = -Infinity;
  };

  // The next automatic attempt at `at`: a timer while online, a frozen wait while offline.
  function wait(at: number): void {
    dueAt = at;
    stopTimer();
    if (settings.online) {
      timer = clock.setTimeout(() => run(), Math.max(0, at - clock.now()));
      emit('scheduled');
    } else {
      pausedLeftMs = Math.max(0, at - clock.now());
      emit('paused');
    }
  }

  // Shown, and nothing runs: schedule the next automatic attempt, or say they are used up.
  function arm(by = driver()): void {
    const policy = by?.policy;
    if (flight || timer || dataLayer || stopped || !automatic(policy) || snap.phase === 'paused') return;
    if (attempt >= policy.maxAttempts) {
      if (snap.phase !== 'exhausted') emit('exhausted');
      return;
    }
    const now = clock.now();
    wait(dueAt !== undefined && dueAt > now ? dueAt : now + retryDelayMs(attempt, policy, { retryAfterMs: serverWaitMs, random: clock.random }));
  }

  function run(by?: RetryObserver): void {
    const own = by?.driver();
    const observer = own?.onRetry ? own : driver();
    if (flight || !observer?.onRetry) return;
    seen();
    stopTimer();
    dueAt = undefined;
    attempt += 1;
    const mine: Flight = (flight = {});
    emit('retrying');
    let result: unknown;
    try {
      result = observer.onRetry();
    } catch (error) {
      result = Promise.reject(error);
    }
    if (typeof (result as { then?: unknown } | null | undefined)?.then !== 'function') {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce('onRetry returned no promise, so the component cannot tell when the attempt ends. Return it: () => query.refetch(), () => mutation.mutateAsync(input), () => fetch(…).');
      }
      settle(mine, 'unknown');
      return;
    }
    (result as PromiseLike<SettledValue>).then(
      (value) => {
        if (Number(value?.failureCount) > 1 && !dataLayer) {
          dataLayer = true;
          if (process.env.NODE_ENV !== 'production') {
            warnOnce('The data layer retried inside onRetry (its own retry is on): two retry engines. Turn its retry off (retry: false) or let it retry with vehicleErrorQueryRetry(); the component no longer retries this problem automatically.');
          }
        }
        settle(mine, value?.status === 'error' ? 'failed' : 'ok', value?.error);
      },
      (reason: unknown) => settle(mine, 'failed', reason),
    );
  }

  // The attempt's promise settled: the outcome is what the app shows next.
  function settle(mine: Flight, outcome: NonNullable<Flight['settled']>, reason?: unknown): void {
    if (flight !== mine) return;
    mine.settled = outcome;
    serverWaitMs = retryAfterOf(reason) ?? serverWaitMs;
    // The problem is already back, or a rejection while it is still shown: no need to wait.
    if (mine.back || (outcome === 'failed' && shown())) return decide(true);
    stopTimer();
    timer = clock.setTimeout(() => decide(shown()), verdictMs);
  }

  function decide(back: boolean): void {
    const { settled } = flight ?? {};
    flight = undefined;
    stopTimer();
    if (back) return failed();
    if (settled === 'ok') {
      succeededAt = clock.now();
      return emit('succeeded');
    }
    // Nobody shows the problem and nothing said it worked: let go, keeping the count.
    emit('idle');
  }

  function failed(): void {
    const policy = driver()?.policy;
    if (dataLayer && dataTimer) return emit('scheduled');
    if (automatic(policy) && !stopped && !dataLayer && attempt < policy.maxAttempts) return arm();
    emit(automatic(policy) || dataLayer ? 'exhausted' : 'failed');
  }

  function report(observer: RetryObserver, error: VehicleError | undefined): void {
    if (observer.error === error) return;
    if (error && forgotten()) restart();
    seen();
    observer.error = error;
    if (error) {
      held = error;
      serverWaitMs = error.retryAfterMs ?? serverWaitMs;
      // The latest to show the problem drives the next attempt.
      observers.delete(observer);
      observers.add(observer);
    }
    if (flight) {
      // After the attempt settled, the app's next render is its outcome; before, only note a return.
      // A promise-less attempt is not over when the app clears the error at its start.
      if (flight.settled && error) decide(true);
      else if (flight.settled && flight.settled !== 'unknown') {
        // Every observer of the same render (a modal and its content, a banner beside a modal)
        // reports in the same commit: judge once they all have, not by the first one's word.
        const mine = flight;
        queueMicrotask(() => flight === mine && decide(shown()));
      } else if (error) flight.back = true;
      return;
    }
    if (error) {
      // Having just shown the problem, this observer drives, if it can repeat it (no search).
      const own = observer.driver();
      const by = own.onRetry ? own : driver();
      // A newer wait from the server (the app's own request got it) moves the next attempt out.
      const floor = error.retryAfterMs !== undefined && by?.policy ? clock.now() + Math.min(error.retryAfterMs, by.policy.maxRetryAfterMs) : 0;
      if (timer && dueAt !== undefined && dueAt < floor) wait(floor);
      return returned(by);
    }
    if (shown()) return;
    // Nobody shows the problem: a data-layer retry that ran worked; no other attempt is needed.
    if (dataLayer && snap.phase === 'retrying') {
      succeededAt = clock.now();
      return emit('succeeded');
    }
    // The wait's end is kept: when the app shows the problem again (its own request failed), the
    // countdown goes on where it was.
    if (timer || dataTimer || snap.phase === 'paused') {
      stopTimer();
      clock.clearTimeout(dataTimer);
      dataTimer = undefined;
      emit('idle');
    }
  }

  // The problem is shown (again): after a success it starts over, unless the success was so
  // recent that the app only now rendered the failure.
  function returned(by?: RetryDriver): void {
    if (snap.phase === 'succeeded') {
      if (clock.now() - succeededAt >= verdictMs) restart();
      else return failed();
    }
    arm(by);
  }

  return {
    snapshot: () => snap,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    observe(observer: RetryObserver) {
      observers.add(observer);
      // Observed again (StrictMode's second effect, a remount): it shows what it showed.
      if (observer.error && !flight) returned();
      return () => {
        if (observer.error) seen();
        observers.delete(observer);
        // Nobody left to run the attempt: stop the timer but keep its time for whoever comes back.
        if (!flight && timer && !driver()) stopTimer();
      };
    },
    report,
    run,
    cancel() {
      stopped = true;
      if (!flight && (timer || snap.phase === 'paused')) {
        stopTimer();
        dueAt = undefined;
        emit('idle');
      }
    },
    onlineChanged() {
      if (!settings.online && snap.phase === 'scheduled' && !dataLayer && dueAt !== undefined) wait(dueAt);
      else if (settings.online && snap.phase === 'paused') wait(clock.now() + pausedLeftMs);
    },
    dataLayerFailed(error: VehicleError, policy: RetryPolicy, next?: () => void): number | undefined {
      const now = clock.now();
      if ((snap.phase === 'succeeded' && now - succeededAt >= verdictMs) || forgotten()) restart();
      seen();
      dataLayer = true;
      held = error;
      serverWaitMs = error.retryAfterMs ?? serverWaitMs;
      if (timer && !flight) stopTimer();
      clock.clearTimeout(dataTimer);
      dataTimer = undefined;
      if (attempt >= policy.maxAttempts) {
        emit('exhausted');
        return undefined;
      }
      const ms = retryDelayMs(attempt, policy, { retryAfterMs: serverWaitMs, random: clock.random });
      attempt += 1;
      dueAt = now + ms;
      // TanStack waits on its own timer (ours only says when its attempt starts); SWR leaves it to us.
      dataTimer = clock.setTimeout(() => {
        dataTimer = undefined;
        seen();
        emit('retrying');
        next?.();
      }, ms);
      emit('scheduled');
      return ms;
    },
    forgettable: () => listeners.size === 0 && observers.size === 0 && !flight && !timer && !dataTimer,
    dispose() {
      stopTimer();
      clock.clearTimeout(dataTimer);
      flight = undefined;
    },
  };
}

// Created on first use, never at import.
let defaultStore: VehicleErrorRetryStore | undefined;

/** The store of components without a provider (or a provider without `retryStore`), and of the data-layer helpers by default. */
export function defaultRetryStore(): VehicleErrorRetryStore {
  return (defaultStore ??= createVehicleErrorRetryStore());
}
