import type { Ref } from 'react';
import type { VehicleErrorResolutionState } from '../hooks/resolution-types.js';
import type { UiText } from '../i18n/ui-text.js';

/**
 * The one control for the kind: Try again (button), Reconnect or Contact support (a link when the
 * app gave a URL, else a button calling its handler). Nothing when the step is not available, so
 * there is never a dead button. `focusRef` lets the modal focus it when it opens.
 */
export function actionControl(next: VehicleErrorResolutionState, ui: UiText, focusRef?: Ref<HTMLAnchorElement & HTMLButtonElement>) {
  if (!next.available || (next.kind === 'retry' && next.succeeded)) return null;
  const shared = { ref: focusRef, className: 'vehicle-error__button', 'data-variant': 'primary' };
  if (next.kind === 'retry') {
    return (
      // Not `disabled`: a disabled button drops focus; the engine ignores clicks while in flight.
      <button type="button" {...shared} aria-disabled={next.inFlight || undefined} onClick={next.retryNow}>
        {ui('tryAgain')}
      </button>
    );
  }
  const [onClick, label] = next.kind === 'reauthenticate' ? [next.reauthenticate, ui('reconnect')] : [next.contactSupport, ui('contactSupport')];
  return next.href === undefined ? (
    <button type="button" {...shared} onClick={onClick}>
      {label}
    </button>
  ) : (
    <a {...shared} href={next.href} onClick={onClick}>
      {label}
    </a>
  );
}
