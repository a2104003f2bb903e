import { useId } from 'react';
import { isCancelledRequest } from '../../core/normalize/network.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { noSelection, selectedErrors } from '../hooks/error-cache.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useResponseError } from '../hooks/use-response-error.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { messageFor, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { uiTextFor } from '../i18n/ui-text.js';
import { dismissButton } from './dismiss-button.js';
import type { FrameProps } from './frame-props.js';
import { messageFrame } from './message-frame.js';

/** Props of {@link VehicleErrorBanner}. */
export interface VehicleErrorBannerProps extends VehicleErrorResolutionOptions, VehicleErrorMessageOptions, FrameProps {
  /**
   * Anything the app received: an API body, an SDK error, an HTTP client's or `fetch`'s error, a
   * fetch `Response` (its status at once, its body's message when read), a Connect redirect (URL,
   * query string, params), a webhook event, or a normalized error. `null`/`undefined` and a
   * request the app cancelled itself (an `AbortError`) render nothing, so `error={query.error}`
   * just works; anything else renders a message, garbage a generic one.
   *
   * @example <VehicleErrorBanner error={await response.json()} />
   */
  error: unknown;
}

/**
 * An inline message for a vehicle error: title, message, the next step (Try again, Reconnect,
 * Contact support), an automatic-retry countdown, and Dismiss. A webhook event with several
 * errors shows the most urgent and how many more; a RESOLVED event says the car is back. While
 * an attempt runs it stays (saying "Trying again…") even if the app passes `null` meanwhile, and
 * after one worked it says so until the app shows another error or the owner dismisses it.
 *
 * @example
 * <VehicleErrorBanner error={error} action="unlock" onRetry={() => unlock()} onDismiss={clear} />
 */
export function VehicleErrorBanner({ error, action, onRetry, retryPolicy, retryKey, onDismiss, focusAfterDismiss, announce, ...frame }: VehicleErrorBannerProps) {
  // One component with one context read: a page of banners pays for as little as possible each.
  const config = useVehicleErrorConfig();
  const titleId = useId();
  const input = useResponseError(error);
  const given = input !== null && input !== undefined;
  const { primary, more, resolved } = given ? selectedErrors(input) : noSelection;
  // A request the app cancelled itself is not an error to show (normalizing it warned).
  const shown = given && !isCancelledRequest(primary);
  // A resolved event is only context: no retries, no warnings about missing actions.
  const next = useResolutionState(config, shown ? primary : undefined, { onRetry, retryPolicy, retryKey }, !resolved);
  const kind = resolved ? 'none' : next.kind;
  const visible = shown || next.held;
  const shownRef = useReportShown(config, visible ? next.error : undefined, kind);
  if (!visible) return null;

  const ui = uiTextFor(config.t);
  const text = resolved ? undefined : messageFor(config, next.error, action);
  // After an attempt worked, our words replace the error's: never its title above "That worked".
  const worked = next.retry.phase === 'succeeded';
  return messageFrame(frame, {
    titleId,
    next: text && next,
    more: shown ? more : 0,
    language: text && !worked ? text : config,
    announce,
    title: text ? (worked ? ui('succeeded.title') : text.title) : ui('resolved.title'),
    // Plain text beside the one Reconnect control: never a second link to the same place.
    message: text ? (worked ? ui('succeeded.message') : text.message) : ui('resolved.message'),
    dismiss: dismissButton(config, next.error, kind, onDismiss && (() => { next.release(); onDismiss(); }), ui, focusAfterDismiss),
    shownRef,
    ui,
  });
}
