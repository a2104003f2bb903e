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
  const [onClick, label, href] =
    next.kind === 'retry'
      ? [next.retryNow, ui('tryAgain')]
      : next.kind === 'reauthenticate'
        ? [next.reauthenticate, ui('reconnect'), next.href]
        : [next.contactSupport, ui('contactSupport'), next.href];
  const shared = { ref: focusRef, className: 'vehicle-error__button', 'data-variant': 'primary', onClick, children: label };
  return href === undefined ? (
    // Not `disabled`: a disabled button drops focus; the engine ignores clicks while in flight.
    <button type="button" {...shared} aria-disabled={(next.kind === 'retry' && next.inFlight) || undefined} />
  ) : (
    <a {...shared} href={href} />
  );
}
