import { useId } from 'react';
import type { VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { selectedErrors, type ErrorSelection } from '../hooks/error-cache.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { messageFor, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { uiTextFor } from '../i18n/ui-text.js';
import { dismissButton } from './dismiss-button.js';
import type { FrameProps } from './frame-props.js';
import { messageFrame } from './message-frame.js';

/** Props of {@link VehicleErrorBanner}. */
export interface VehicleErrorBannerProps extends VehicleErrorResolutionOptions, VehicleErrorMessageOptions, FrameProps {
  /**
   * Anything the app received: an API body, an SDK error, a Connect redirect (URL, query string,
   * params), a webhook event, or a normalized error. `null`/`undefined` render nothing, so
   * `error={query.error}` just works; anything else renders a message, garbage a generic one.
   *
   * @example <VehicleErrorBanner error={await response.json()} />
   */
  error: unknown;
}

// Stands in while `error` is null: the hooks still run (they cannot be skipped), idle and silent.
const nothing: ErrorSelection = {
  primary: { type: 'UNKNOWN', code: null, resolution: { type: null }, source: 'unknown', known: false } satisfies VehicleError,
  more: 0,
  resolved: true,
};

/**
 * An inline message for a vehicle error: title, message, the next step (Try again, Reconnect,
 * Contact support), an automatic-retry countdown, and Dismiss. A webhook event with several
 * errors shows the most urgent and how many more; a RESOLVED event says the car is back.
 *
 * @example
 * <VehicleErrorBanner error={error} action="unlock" onRetry={() => unlock()} onDismiss={clear} />
 */
export function VehicleErrorBanner({ error, action, onRetry, retryPolicy, onDismiss, focusAfterDismiss, announce, ...frame }: VehicleErrorBannerProps) {
  // One component with one context read: a page of banners pays for as little as possible each.
  const config = useVehicleErrorConfig();
  const titleId = useId();
  const shown = error !== null && error !== undefined;
  const { primary, more, resolved } = shown ? selectedErrors(error) : nothing;
  // A resolved event is only context: no retries, no warnings about missing actions.
  const next = useResolutionState(config, primary, { onRetry, retryPolicy }, !resolved);
  const kind = resolved ? 'none' : next.kind;
  const shownRef = useReportShown(config, shown ? primary : undefined, kind);
  if (!shown) return null;

  const ui = uiTextFor(config.t);
  const text = resolved ? undefined : messageFor(config, primary, action);
  return messageFrame(frame, {
    titleId,
    next: text && next,
    more,
    language: text ?? config,
    announce,
    title: text ? text.title : ui('resolved.title'),
    // Plain text beside the one Reconnect control: never a second link to the same place.
    message: text ? text.message : ui('resolved.message'),
    dismiss: dismissButton(config, primary, kind, onDismiss, ui, focusAfterDismiss),
    shownRef,
    ui,
  });
}
