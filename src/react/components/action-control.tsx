import type { Ref } from 'react';
import type { NextStep } from '../hooks/resolution-types.js';
import type { UiText } from '../i18n/ui-text.js';

/**
 * The one control for the kind: Try again (button), Reconnect or Contact support (a link when the
 * app gave a URL, else a button calling its handler). Nothing when the step is not available, so
 * there is never a dead button, nor while the data layer runs its own retry (its countdown says
 * when). `focusRef` lets the modal focus it when it opens.
 */
export function actionControl({ kind, act, href, retry: { phase, byDataLayer } }: NextStep, ui: UiText, focusRef?: Ref<HTMLAnchorElement & HTMLButtonElement>) {
  if (!act || phase === 'succeeded' || byDataLayer) return null;
  const label = ui(kind === 'retry' ? 'tryAgain' : kind === 'reauthenticate' ? 'reconnect' : 'contactSupport');
  const shared = { ref: focusRef, className: 'vehicle-error__button', 'data-variant': 'primary', onClick: act, children: label };
  return href === undefined ? (
    // Not `disabled`: a disabled button drops focus; the engine ignores clicks while in flight.
    <button type="button" {...shared} aria-disabled={phase === 'retrying' || undefined} />
  ) : (
    <a {...shared} href={href} />
  );
}
