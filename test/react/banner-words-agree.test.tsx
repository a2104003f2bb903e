import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tellsToTryAgain, waitTimeIn } from '../../scripts/i18n-sentence-rules.js';
import { vehicleErrorCatalog } from '../../src/core/catalog.js';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { createVehicleErrorRetryStore, type RetryPhase } from '../../src/core/retry-store.js';
import type { CatalogEntry } from '../../src/core/types.js';
import { normalizeVehicleError, resolveVehicleError } from '../../src/core.js';
import { englishResources } from '../../src/i18n/resources.js';
import { VehicleErrorBanner, VehicleErrorProvider } from '../../src/index.js';
import { expectConsole } from '../setup.js';
import { fullConfig } from './helpers.js';

/**
 * Message and control agree (issue 12), for every catalog row in every retry phase it can reach,
 * with and without `onRetry`, through the real banner: a message or status that tells the owner to
 * try again comes with a Try again control whenever the app gave `onRetry`; no message gives a time
 * to wait beside the countdown; while an automatic attempt is scheduled, the only words about
 * trying again are the status that says it is automatic, the countdown and the button.
 */

const PHASES: readonly RetryPhase[] = ['idle', 'scheduled', 'retrying', 'paused', 'exhausted', 'failed', 'succeeded'];
// One automatic attempt, one second away (Math.random is pinned): every phase is two steps away.
const POLICY = { maxAttempts: 1, baseDelayMs: 1_000, maxDelayMs: 1_000, maxRetryAfterMs: 1_000 };
const ui = englishResources.ui;

// ---------------------------------------------------------------------------------------------
// The driver. It knows how the retry engine reaches each phase: a timer fires an automatic
// attempt, Try again starts a manual one, and what the app shows after the attempt's promise
// settles decides it (issue 11): the error cleared after a resolved attempt is a success; a
// rejected attempt while the error is still shown is a failure.

interface Driven {
  /** The phase the banner shows (its `data-state`). */
  phase: () => string | null | undefined;
  unmount: () => void;
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Renders the banner for `error` and drives it towards `phase`; `phase()` says where it got. */
async function driveTo(error: unknown, phase: RetryPhase, withRetry: boolean): Promise<Driven> {
  let settle: { succeed: () => void; fail: () => void } | undefined;
  const onRetry = () =>
    new Promise<void>((resolve, reject) => {
      settle = { succeed: () => resolve(), fail: () => reject(new Error('still failing')) };
    });
  // A store of its own: each walk starts from nothing, whatever the walk before left in flight.
  const retryStore = createVehicleErrorRetryStore();
  const banner = (shown: unknown) => (
    <VehicleErrorProvider {...fullConfig} retryStore={retryStore}>
      <VehicleErrorBanner error={shown} onRetry={withRetry ? onRetry : undefined} retryPolicy={POLICY} />
    </VehicleErrorProvider>
  );
  const { container, unmount, rerender } = render(banner(error));
  const current = () => container.querySelector('.vehicle-error')?.getAttribute('data-state');
  const startAttempt = async () => {
    if (current() === 'scheduled') return advance(POLICY.baseDelayMs);
    const button = [...container.querySelectorAll('button')].find((element) => element.textContent === ui.tryAgain);
    if (!button) return undefined;
    const clicking = userEvent.setup({ delay: null }).click(button);
    await vi.advanceTimersByTimeAsync(0);
    return clicking;
  };
  const finish = async (outcome: 'succeed' | 'fail') => {
    await startAttempt();
    if (current() !== 'retrying') return;
    await act(async () => settle?.[outcome]());
    // The app's next render is the outcome: the error gone after a success, still there after a failure.
    if (outcome === 'succeed') rerender(banner(null));
    await advance(0);
  };
  const offline = vi.spyOn(navigator, 'onLine', 'get');
  if (phase === 'paused' && current() === 'scheduled') {
    offline.mockReturnValue(false);
    await act(async () => window.dispatchEvent(new Event('offline')));
  } else if (phase === 'retrying') await startAttempt();
  else if (phase === 'succeeded') await finish('succeed');
  else if (phase === 'failed' || phase === 'exhausted') await finish('fail');
  return {
    phase: current,
    unmount: () => {
      unmount();
      offline.mockRestore();
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** The ways an app hands over this row: as catalogued, and declared RETRY_LATER if it is retried by hand. */
function inputsFor(entry: CatalogEntry): Array<{ how: string; error: unknown }> {
  if (entry.type === 'CONNECT') return [{ how: 'redirect', error: `?error=${entry.code ?? 'unknown_connect_error'}` }];
  const body = (resolution: string | null) => ({ type: entry.type, code: entry.code, statusCode: entry.status, requestId: 'req-1', resolution: { type: resolution } });
  const inputs = [{ how: 'as catalogued', error: body(null) }];
  // A payload may declare RETRY_LATER for a row that is retried by hand (the vendor does for LOW_BATTERY).
  if (entry.resolution === 'retry' && !entry.transient) inputs.push({ how: 'RETRY_LATER', error: body('RETRY_LATER') });
  return inputs;
}

/** The phases this engine can show for an input: automatic retries never sit idle or fail by hand. */
function reachable(error: unknown, withRetry: boolean): RetryPhase[] {
  const normalized = normalizeVehicleError(error);
  // A request the app cancelled shows nothing at all (SPEC.md), so it has no phase and no words.
  if (normalized.type === 'NETWORK' && normalized.code === 'ABORTED') return [];
  const { kind, automatic } = resolveVehicleError(normalized);
  if (kind !== 'retry' || !withRetry) return ['idle'];
  return automatic ? ['scheduled', 'retrying', 'paused', 'exhausted', 'succeeded'] : ['idle', 'retrying', 'failed', 'succeeded'];
}

// Besides the catalog: what has no row of its own gets the generic message.
const unknownInputs = [
  { how: 'unknown input', error: { surprise: true } },
  { how: 'a plain Error', error: new Error('Something broke') },
];

/** What the owner reads and can press, from the rendered banner. */
function read(container: HTMLElement) {
  const message = container.querySelector('.vehicle-error__message')?.cloneNode(true) as HTMLElement | undefined;
  // The reconnect link is a control, not an instruction in the text.
  for (const link of message?.querySelectorAll('a') ?? []) link.remove();
  return {
    message: message?.textContent ?? '',
    status: container.querySelector('.vehicle-error__retry-status')?.textContent ?? '',
    countdown: container.querySelector('.vehicle-error__countdown')?.textContent ?? '',
    buttons: [...container.querySelectorAll('button, a')].map((control) => control.textContent),
  };
}

/** What disagrees between the words and the controls in one state of the banner. */
function disagreements(shown: ReturnType<typeof read>, phase: string, withRetry: boolean): string[] {
  const found: string[] = [];
  const tryAgain = shown.buttons.includes(ui.tryAgain);
  for (const [where, text] of [['message', shown.message], ['status', shown.status]] as const) {
    if (withRetry && tellsToTryAgain('en', text) && !tryAgain) found.push(`the ${where} says to try again, with no Try again control: ${text}`);
  }
  const wait = waitTimeIn('en', shown.message);
  if (wait && shown.countdown) found.push(`the message says "${wait}" above the countdown "${shown.countdown}"`);
  if (wait && phase !== 'idle') found.push(`the message gives a time to wait ("${wait}") while the banner retries`);
  if ((phase === 'scheduled' || phase === 'paused') && tellsToTryAgain('en', shown.message)) {
    found.push(`the message says to try again while an automatic attempt is scheduled, without saying how they relate: ${shown.message}`);
  }
  const scheduledStatus = { scheduled: ui.retryScheduled, paused: ui.retryPaused }[phase];
  if (scheduledStatus && shown.status !== scheduledStatus) found.push(`the status does not say the attempt is automatic: "${shown.status}"`);
  if (!withRetry && (tryAgain || shown.status || shown.countdown)) found.push('Try again, a retry status or a countdown without onRetry');
  return found;
}

describe('the words and the controls agree, for every catalog row in every retry phase', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    // Rows retried by hand warn that no onRetry was given: expected here.
    expectConsole('warn');
    resetWarnings();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Walks every input in every phase, with and without onRetry; returns what disagrees. */
  async function walk(inputs: ReadonlyArray<{ how: string; error: unknown }>): Promise<string[]> {
    const problems: string[] = [];
    for (const { how, error } of inputs) {
      for (const withRetry of [true, false]) {
        const expected = reachable(error, withRetry);
        for (const phase of PHASES) {
          const banner = await driveTo(error, phase, withRetry);
          const reached = banner.phase() === phase;
          const where = `${how}, ${withRetry ? 'with' : 'without'} onRetry, ${phase}`;
          if (reached !== expected.includes(phase)) problems.push(`${where}: ${reached ? 'reached, unexpectedly' : `not reached (shows ${String(banner.phase())})`}`);
          if (reached) for (const problem of disagreements(read(document.body), phase, withRetry)) problems.push(`${where}: ${problem}`);
          banner.unmount();
        }
      }
    }
    return problems;
  }

  it.each(vehicleErrorCatalog.map((entry) => [`${entry.type} ${entry.code ?? '(type level)'}`, entry] as const))('%s', async (_name, entry) => {
    expect(await walk(inputsFor(entry))).toEqual([]);
  });

  it('the generic message, for input no row describes', async () => {
    expect(await walk(unknownInputs)).toEqual([]);
  });

  it('reaches all seven phases across the catalog', () => {
    const inputs = [...vehicleErrorCatalog.flatMap(inputsFor), ...unknownInputs];
    const phases = new Set(inputs.flatMap(({ error }) => [true, false].flatMap((withRetry) => reachable(error, withRetry))));
    expect([...phases].sort()).toEqual([...PHASES].sort());
  });
});
