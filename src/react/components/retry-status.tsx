import type { RetryPhase } from '../../core/retry-schedule.js';
import type { VehicleErrorUiKey } from '../../i18n/keys.js';
import type { RetryResolutionState } from '../hooks/resolution-types.js';
import { useSecondsLeft } from '../hooks/use-seconds-left.js';
import type { UiText } from '../i18n/ui-text.js';

/** The sentence a screen reader hears when the retry state changes; never the ticking seconds. */
const announcements: Partial<Record<RetryPhase, VehicleErrorUiKey>> = {
  scheduled: 'retryScheduled',
  retrying: 'retrying',
  paused: 'retryPaused',
  exhausted: 'retryExhausted',
  failed: 'retryFailed',
  succeeded: 'retrySucceeded',
};

/**
 * Retry state in two parts: a polite live region that changes only with the state (scheduled,
 * retrying, offline, exhausted…), and the visible countdown outside it, readable on demand but
 * never announced every second. A plain function, not a component: it adds no work per banner.
 */
export function retryStatus(next: RetryResolutionState, ui: UiText) {
  if (!next.available) return null;
  const key = announcements[next.phase];
  return (
    <>
      <p className="vehicle-error__detail vehicle-error__retry-status" role="status" data-state={next.phase}>
        {key ? ui(key) : ''}
      </p>
      {next.phase === 'scheduled' ? <Countdown deadline={next.nextRetryAt} ui={ui} /> : null}
    </>
  );
}

/** The only part that re-renders every second. */
function Countdown({ deadline, ui }: { deadline: number | undefined; ui: UiText }) {
  const seconds = useSecondsLeft(deadline);
  if (seconds === undefined || seconds <= 0) return null;
  const text = seconds >= 60 ? ui('retryCountdownMinutes', { count: Math.ceil(seconds / 60) }) : ui('retryCountdown', { count: seconds });
  return text ? <p className="vehicle-error__detail vehicle-error__countdown">{text}</p> : null;
}
