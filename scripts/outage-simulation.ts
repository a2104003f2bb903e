/**
 * The outage simulation behind `npm run simulate:outage` (and test/outage-simulation.test.ts):
 * many clients call an API at a steady rate; the API fails for a while; each client's app reacts
 * the way a real app pattern does, through the library's real retry store and data-layer helpers,
 * on a virtual clock (no real timers, no waiting). What is modelled is only the app around them:
 * its state, its requests, and when it renders.
 */
import { vehicleErrorQueryRetry, vehicleErrorSwrRetry } from '../src/core/data-layer-retry.js';
import { normalizeVehicleError } from '../src/core/normalize/index.js';
import { resolveVehicleError } from '../src/core/resolve.js';
import { retryPolicyWith } from '../src/core/retry-policy.js';
import { createVehicleErrorRetryStore, problemKey, type RetryClock, type RetryObserver, type VehicleErrorRetryStore } from '../src/core/retry-store.js';
import type { RetryPolicy, VehicleError } from '../src/core/types.js';

// ---------------------------------------------------------------------------------------------
// A virtual clock: timers in a heap, run in time order; promise callbacks run between them.

interface Timer {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

/** A seeded generator (mulberry32): the same seed gives the same figures on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class VirtualClock implements RetryClock {
  private time = 0;
  private seq = 0;
  private readonly heap: Timer[] = [];
  constructor(readonly random: () => number) {}

  now = (): number => this.time;

  setTimeout = (run: () => void, ms: number): Timer => {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, run, cancelled: false };
    this.push(timer);
    return timer;
  };

  clearTimeout = (timer: unknown): void => {
    if (timer) (timer as Timer).cancelled = true;
  };

  /** Runs every timer due until `end`, letting promise callbacks settle after each instant. */
  async runUntil(end: number): Promise<void> {
    for (;;) {
      const next = this.heap[0];
      if (!next || next.at > end) break;
      this.time = next.at;
      while (this.heap[0] && this.heap[0].at === this.time) {
        const timer = this.pop();
        if (!timer.cancelled) timer.run();
      }
      // A macrotask turn: every promise callback of this instant runs before time moves on.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.time = end;
  }

  private push(timer: Timer): void {
    const heap = this.heap;
    heap.push(timer);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(heap[index] as Timer, heap[parent] as Timer)) break;
      [heap[index], heap[parent]] = [heap[parent] as Timer, heap[index] as Timer];
      index = parent;
    }
  }

  private pop(): Timer {
    const heap = this.heap;
    const top = heap[0] as Timer;
    const last = heap.pop() as Timer;
    if (heap.length > 0) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < heap.length && this.before(heap[left] as Timer, heap[smallest] as Timer)) smallest = left;
        if (right < heap.length && this.before(heap[right] as Timer, heap[smallest] as Timer)) smallest = right;
        if (smallest === index) break;
        [heap[index], heap[smallest]] = [heap[smallest] as Timer, heap[index] as Timer];
        index = smallest;
      }
    }
    return top;
  }

  private before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
}

// ---------------------------------------------------------------------------------------------
// The world: an API, and what every request costs it.

/** What a run is given. */
export interface OutageOptions {
  clients: number;
  /** Each client calls the API once per period (its steady rate), at its own phase. */
  periodMs: number;
  outageStartMs: number;
  outageMs: number;
  /** How long the simulation runs after the outage ends. */
  afterMs: number;
  /** Round trip of one request. */
  latencyMs: number;
  seed: number;
  /** Overrides of the catalog's back-off, as an app's `retryPolicy` would (to compare policies). */
  retryPolicy?: Partial<RetryPolicy>;
}

export const defaultOutage: OutageOptions = {
  clients: 10_000,
  periodMs: 30_000,
  outageStartMs: 60_000,
  outageMs: 60_000,
  afterMs: 240_000,
  latencyMs: 300,
  seed: 7,
};

/** What one pattern did to the API. */
export interface OutageFigures {
  pattern: string;
  /** The busiest second, as a multiple of the steady rate. */
  peak: number;
  /** Requests beyond the clients' steady calls. */
  extraRequests: number;
  /** Clients whose automatic attempts for the problem exceeded the policy's `maxAttempts`. */
  overMaxAttempts: number;
  /** Most automatic attempts any client made for the problem. */
  mostAttempts: number;
  /** From the API's recovery until no client shows the error or has a retry scheduled. */
  drainMs: number;
}

type RequestKind = 'steady' | 'library' | 'own';

interface World {
  clock: VirtualClock;
  options: OutageOptions;
  /** Requests sent per second. */
  perSecond: number[];
  steadyRequests: number;
  /**
   * Starts a request; it fails while the API is down (decided when it arrives). `steady`: the
   * client's own call; `library`: an automatic retry by our store or helpers; `own`: a retry by
   * the data layer's own engine.
   */
  request(client: Client, kind: RequestKind): Promise<string>;
}

/** The error an SDK throws while the API is down: a server error, retried automatically. */
function outageError(seq: number): Error {
  return Object.assign(new Error('Service unavailable'), { type: 'SERVER', code: 'INTERNAL', statusCode: 500, requestId: `req-${seq}` });
}

// Normalizing is pure: once per error object, as the components' cache does.
const normalized = new WeakMap<object, VehicleError>();
function normalizedError(error: object): VehicleError {
  let found = normalized.get(error);
  if (!found) normalized.set(error, (found = normalizeVehicleError(error)));
  return found;
}

/** One app instance: its own store (one browser), its error state and a banner observing it. */
class Client {
  readonly store: VehicleErrorRetryStore;
  /** What the app renders in the banner's `error` prop. */
  error: unknown = null;
  /** Automatic retries the library made (through the store or the helpers). */
  libraryRetries = 0;
  private key: string | undefined;
  private readonly banner: RetryObserver;
  private renderQueued = false;
  onRetry: (() => unknown) | undefined;

  constructor(readonly world: World) {
    this.store = createVehicleErrorRetryStore({ clock: world.clock });
    this.banner = { driver: () => ({ onRetry: this.onRetry, policy: this.policy() }) };
  }

  /** The app changed its state: React renders on the next turn, then the banner reports. */
  set(error: unknown): void {
    this.error = error;
    if (this.renderQueued) return;
    this.renderQueued = true;
    this.world.clock.setTimeout(() => {
      this.renderQueued = false;
      this.render();
    }, 0);
  }

  /** What the banner's hooks do after a render (see src/react/hooks/use-retry.ts). */
  private render(): void {
    const shown = this.shown();
    const retried = shown && resolveVehicleError(shown).kind === 'retry' ? shown : undefined;
    const key = retried && problemKey(retried);
    if (key !== undefined && key !== this.key) {
      this.key = key;
      this.store.observe(key, this.banner);
    }
    if (this.key !== undefined) this.store.report(this.key, this.banner, retried);
  }

  private shown(): VehicleError | undefined {
    return typeof this.error === 'object' && this.error !== null ? normalizedError(this.error) : undefined;
  }

  private policy() {
    const shown = this.shown();
    return shown && resolveVehicleError(shown).automatic ? retryPolicyWith(shown, this.world.options.retryPolicy) : undefined;
  }

  /** Shows the error now: the app renders one, or the banner holds it while an attempt runs. */
  showsError(): boolean {
    return this.error !== null || (this.key !== undefined && this.store.snapshot(this.key).phase === 'retrying');
  }

  retryPending(): boolean {
    return this.key !== undefined && ['scheduled', 'retrying', 'paused'].includes(this.store.snapshot(this.key).phase);
  }
}

// ---------------------------------------------------------------------------------------------
// App patterns: how an app calls the API, keeps its error, and wires `onRetry`.

interface Pattern {
  name: string;
  /** Sets up the client's app; returns its steady call (a poll, a command, a refetch). */
  start(client: Client): () => void;
}

/** A fetch that joins one already running, as data layers deduplicate. */
function deduplicated(run: () => Promise<unknown>): () => Promise<unknown> {
  let running: Promise<unknown> | undefined;
  return () => (running ??= run().finally(() => (running = undefined)));
}

const patterns: Pattern[] = [
  {
    name: 'Same error object kept; onRetry rejects on failure',
    start(client) {
      const { world } = client;
      client.onRetry = () => world.request(client, 'library').then(() => client.set(null));
      return () => {
        world.request(client, 'steady').then(
          () => client.set(null),
          (error: unknown) => client.error === null && client.set(error),
        );
      };
    },
  },
  {
    name: 'New error object each failure; onRetry resolves (setError in a catch)',
    start(client) {
      const { world } = client;
      const call = (kind: 'steady' | 'library') =>
        world.request(client, kind).then(
          () => client.set(null),
          (error: unknown) => client.set(error),
        );
      client.onRetry = () => call('library');
      return () => void call('steady');
    },
  },
  {
    name: 'setError in a catch, then rethrow',
    start(client) {
      const { world } = client;
      client.onRetry = () =>
        world.request(client, 'library').then(
          () => client.set(null),
          (error: unknown) => {
            client.set(error);
            throw error;
          },
        );
      return () => {
        world.request(client, 'steady').then(
          () => client.set(null),
          (error: unknown) => client.set(error),
        );
      };
    },
  },
  {
    name: 'Error cleared during the request (useQuery, retry off; onRetry={refetch})',
    start(client) {
      const { world } = client;
      let kind: 'steady' | 'library' = 'steady';
      const refetch = deduplicated(() => {
        client.set(null);
        return world.request(client, kind).then(
          () => (client.set(null), { status: 'success', failureCount: 0 }),
          (error: unknown) => (client.set(error), { status: 'error', error, failureCount: 1 }),
        );
      });
      client.onRetry = () => ((kind = 'library'), refetch());
      return () => ((kind = 'steady'), void refetch());
    },
  },
  {
    name: 'useMutation: mutate clears the error; onRetry={mutateAsync}',
    start(client) {
      const { world } = client;
      const mutateAsync = (kind: 'steady' | 'library') => {
        client.set(null);
        return world.request(client, kind).then(
          () => client.set(null),
          (error: unknown) => {
            client.set(error);
            throw error;
          },
        );
      };
      client.onRetry = () => mutateAsync('library');
      return () => void mutateAsync('steady').catch(() => undefined);
    },
  },
  {
    name: 'useQuery retrying with vehicleErrorQueryRetry (banner shows it)',
    start(client) {
      const { world } = client;
      const { retry, retryDelay } = vehicleErrorQueryRetry({ store: client.store, retryPolicy: world.options.retryPolicy });
      let failureReason: unknown = null;
      let error: unknown = null;
      const show = () => client.set(error ?? failureReason);
      // TanStack's retryer: delay, decision, sleep, again; failureReason meanwhile, error at the end.
      const refetch = deduplicated(async () => {
        failureReason = error = null;
        show();
        let kind: RequestKind = 'steady';
        for (let failures = 0; ; failures += 1) {
          try {
            await world.request(client, kind);
            failureReason = null;
            show();
            return { status: 'success', failureCount: failures };
          } catch (failure) {
            const delay = retryDelay(failures, failure);
            if (!retry(failures, failure)) {
              error = failureReason = failure;
              show();
              return { status: 'error', error: failure, failureCount: failures + 1 };
            }
            failureReason = failure;
            show();
            await new Promise((resolve) => world.clock.setTimeout(() => resolve(undefined), delay));
            kind = 'library';
          }
        }
      });
      // Try again stays for the owner; the store keeps the banner from retrying on top.
      client.onRetry = refetch;
      return () => void refetch();
    },
  },
  {
    name: 'useSWR retrying with vehicleErrorSwrRetry (banner shows it)',
    start(client) {
      const { world } = client;
      const onErrorRetry = vehicleErrorSwrRetry({ store: client.store, retryPolicy: world.options.retryPolicy });
      // SWR keeps the last error until a request succeeds, and leaves the retry timer to onErrorRetry.
      const revalidate = (kind: RequestKind, options: { retryCount: number }): Promise<unknown> =>
        world.request(client, kind).then(
          () => client.set(null),
          (error: unknown) => {
            onErrorRetry(error, 'vehicle', {}, (next: { retryCount: number }) => revalidate('library', next), { retryCount: options.retryCount + 1 });
            client.set(error);
          },
        );
      const steady = deduplicated(() => revalidate('steady', { retryCount: 0 }));
      client.onRetry = () => revalidate('steady', { retryCount: 0 });
      return () => void steady();
    },
  },
  {
    name: "New user: useQuery's own retry: 3 left on, onRetry={refetch} (not our engine)",
    start(client) {
      const { world } = client;
      let kind: 'steady' | 'library' = 'steady';
      let error: unknown = null;
      const refetch = deduplicated(async () => {
        error = null;
        client.set(null);
        let requestKind: RequestKind = kind;
        for (let failures = 0; ; failures += 1) {
          try {
            await world.request(client, requestKind);
            client.set(null);
            return { status: 'success', failureCount: 0 };
          } catch (failure) {
            if (failures >= 3) {
              error = failure;
              client.set(error);
              return { status: 'error', error, failureCount: failures + 1 };
            }
            const delay = Math.min(1_000 * 2 ** failures, 30_000);
            await new Promise((resolve) => world.clock.setTimeout(() => resolve(undefined), delay));
            requestKind = 'own';
          }
        }
      });
      client.onRetry = () => ((kind = 'library'), refetch());
      return () => ((kind = 'steady'), void refetch());
    },
  },
];

/** The names of the patterns, in the order `simulateOutage` reports them. */
export const patternNames = patterns.map((pattern) => pattern.name);

// ---------------------------------------------------------------------------------------------
// A run.

/** Drives `clients` apps of one pattern through the outage and measures what the API saw. */
export async function simulatePattern(name: string, options: OutageOptions = defaultOutage): Promise<OutageFigures> {
  const pattern = patterns.find((candidate) => candidate.name === name);
  if (!pattern) throw new Error(`No pattern named ${name}`);
  // SDK errors are Errors; their stack traces would cost most of the run and say nothing here.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const random = seeded(options.seed);
  const clock = new VirtualClock(random);
  const { outageStartMs, outageMs, afterMs, periodMs, latencyMs } = options;
  const recovery = outageStartMs + outageMs;
  const end = recovery + afterMs;
  let seq = 0;
  const world: World = {
    clock,
    options,
    perSecond: Array.from({ length: Math.ceil(end / 1000) + 1 }, () => 0),
    steadyRequests: 0,
    request(client, kind) {
      const sentAt = clock.now();
      world.perSecond[Math.floor(sentAt / 1000)] = (world.perSecond[Math.floor(sentAt / 1000)] ?? 0) + 1;
      if (kind === 'steady') world.steadyRequests += 1;
      if (kind === 'library') client.libraryRetries += 1;
      const down = sentAt >= outageStartMs && sentAt < recovery;
      return new Promise((resolve, reject) => clock.setTimeout(() => (down ? reject(outageError(seq++)) : resolve('ok')), latencyMs));
    },
  };
  const clients = Array.from({ length: options.clients }, () => new Client(world));
  clients.forEach((client, index) => {
    const call = pattern.start(client);
    // Evenly spread phases: the steady rate is the same every second.
    const tick = () => {
      call();
      clock.setTimeout(tick, periodMs);
    };
    clock.setTimeout(tick, (index * periodMs) / options.clients);
  });

  await clock.runUntil(recovery);
  // Drain: the first moment after recovery when no client shows the error or waits to retry
  // (after recovery no client fails again, so the scan only moves forward).
  let drainMs = Number.NaN;
  let busy = 0;
  for (let at = recovery; at <= end; at += 100) {
    await clock.runUntil(at);
    while (busy < clients.length && !(clients[busy]?.showsError() || clients[busy]?.retryPending())) busy += 1;
    if (busy === clients.length) {
      drainMs = at - recovery;
      break;
    }
  }
  await clock.runUntil(end);
  Error.stackTraceLimit = stackTraceLimit;

  const steadyPerSecond = (1000 * options.clients) / periodMs;
  const measured = world.perSecond.slice(Math.ceil(periodMs / 1000), -1);
  const max = clients.map((client) => client.libraryRetries);
  const policy = retryPolicyWith(normalizeVehicleError(outageError(0)), options.retryPolicy);
  return {
    pattern: name,
    peak: Math.max(...measured) / steadyPerSecond,
    extraRequests: world.perSecond.reduce((sum, count) => sum + count, 0) - world.steadyRequests,
    overMaxAttempts: max.filter((count) => count > policy.maxAttempts).length,
    mostAttempts: Math.max(...max),
    drainMs,
  };
}

/** Every pattern, one after another. */
export async function simulateOutage(options: OutageOptions = defaultOutage): Promise<OutageFigures[]> {
  const figures: OutageFigures[] = [];
  for (const name of patternNames) figures.push(await simulatePattern(name, options));
  return figures;
}

