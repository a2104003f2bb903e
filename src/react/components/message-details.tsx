import type { RetryPhase } from '../../core/retry-store.js';
import type { VehicleErrorUiKey } from '../../i18n/keys.js';
import type { NextStep } from '../hooks/resolution-types.js';
import { useSecondsLeft } from '../hooks/use-seconds-left.js';
import type { UiText } from '../i18n/ui-text.js';

/**
 * The sentence a screen reader hears when the retry state changes; never the ticking seconds. A
 * success needs none: the title and message say it, in the message's own live region.
 */
const announcements: Partial<Record<RetryPhase, VehicleErrorUiKey>> = {
  scheduled: 'retryScheduled',
  retrying: 'retrying',
  paused: 'retryPaused',
  exhausted: 'retryExhausted',
  failed: 'retryFailed',
};

/**
 * What sits below the announced title and message: how many more errors, the request id support
 * asks for, and the retry state in two parts: a polite live region that changes only with the
 * state (its spinner styled from the root's `data-state`), and the countdown outside it, readable
 * on demand but never announced every second. `next` is left out where no step applies (a
 * resolved notice). A plain function, not a component: it adds no work per banner.
 *
 * @example details={messageDetails(next, more, ui)}
 */
export function messageDetails(next: NextStep | undefined, more: number, ui: UiText) {
  const retry = next?.kind === 'retry' && next.act ? next.retry : undefined;
  const status = retry && announcements[retry.phase];
  const requestId = next?.kind === 'contactSupport' && next.error.requestId;
  return (
    <>
      {more > 0 ? <p className="vehicle-error__detail">{ui('moreErrors', { count: more })}</p> : null}
      {requestId ? <p className="vehicle-error__detail">{ui('requestId', { requestId })}</p> : null}
      {retry ? (
        <p className="vehicle-error__detail vehicle-error__retry-status" role="status">
          {status ? ui(status) : ''}
        </p>
      ) : null}
      {retry?.phase === 'scheduled' ? <Countdown deadline={retry.nextRetryAt} ui={ui} /> : null}
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
