import type { RetryResolutionState } from '../hooks/resolution-types.js';
import { useSecondsLeft } from '../hooks/use-seconds-left.js';
import type { UiText } from '../i18n/ui-text.js';

/** The sentence a screen reader hears when the retry state changes; never the ticking seconds. */
function announcement(next: RetryResolutionState, ui: UiText): string {
  switch (next.phase) {
    case 'scheduled':
      return ui('retryScheduled');
    case 'retrying':
      return ui('retrying');
    case 'paused':
      return ui('retryPaused');
    case 'exhausted':
      return ui('retryExhausted');
    case 'failed':
      return ui('retryFailed');
    case 'succeeded':
      return ui('retrySucceeded');
    default:
      return '';
  }
}

function countdown(secondsLeft: number | undefined, ui: UiText): string {
  if (secondsLeft === undefined || secondsLeft <= 0) return '';
  if (secondsLeft >= 60) return ui('retryCountdownMinutes', { count: Math.ceil(secondsLeft / 60) });
  return ui('retryCountdown', { count: secondsLeft });
}

/**
 * Retry state in two parts: a polite live region that changes only with the state (scheduled,
 * retrying, offline, exhausted…), and the visible countdown outside it, readable on demand but
 * never announced every second.
 */
export function RetryStatus({ next, ui }: { next: RetryResolutionState; ui: UiText }) {
  if (!next.available) return null;
  return (
    <>
      <p className="vehicle-error__detail vehicle-error__retry-status" role="status" data-state={next.phase}>
        {announcement(next, ui)}
      </p>
      {next.phase === 'scheduled' ? <Countdown deadline={next.nextRetryAt} ui={ui} /> : null}
    </>
  );
}

/** The only part that re-renders every second. */
function Countdown({ deadline, ui }: { deadline: number | undefined; ui: UiText }) {
  const remaining = countdown(useSecondsLeft(deadline), ui);
  return remaining ? <p className="vehicle-error__detail vehicle-error__countdown">{remaining}</p> : null;
}
