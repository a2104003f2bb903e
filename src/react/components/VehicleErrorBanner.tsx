import type { VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { selectedErrors } from '../hooks/error-cache.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { useVehicleErrorMessage, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { useUiText } from '../i18n/ui-text.js';
import { actionControl } from './action-control.js';
import { dismissButton } from './dismiss-button.js';
import { messageContent } from './ErrorMessageText.js';
import type { FrameProps } from './frame-props.js';
import { messageDetails } from './message-details.js';
import { MessageFrame } from './MessageFrame.js';
import { announceFor, presentationOf } from './presentation.js';
import { ResolvedNotice } from './ResolvedNotice.js';

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

/**
 * An inline message for a vehicle error: title, message, the next step (Try again, Reconnect,
 * Contact support), an automatic-retry countdown, and Dismiss. A webhook event with several
 * errors shows the most urgent and how many more; a RESOLVED event says the car is back.
 *
 * @example
 * <VehicleErrorBanner error={error} action="unlock" onRetry={() => unlock()} onDismiss={clear} />
 */
export function VehicleErrorBanner({ error, action, onRetry, retryPolicy, ...frame }: VehicleErrorBannerProps) {
  if (error === null || error === undefined) return null;
  const { primary, more, resolved } = selectedErrors(error);
  if (resolved) return <ResolvedNotice {...frame} error={primary} />;
  return <ErrorBanner {...frame} error={primary} more={more} action={action} onRetry={onRetry} retryPolicy={retryPolicy} />;
}

interface ErrorBannerProps extends Omit<VehicleErrorBannerProps, 'error'> {
  error: VehicleError;
  more: number;
}

function ErrorBanner({ error, more, action, onRetry, retryPolicy, onDismiss, announce, ...frame }: ErrorBannerProps) {
  const config = useVehicleErrorConfig();
  const text = useVehicleErrorMessage(error, { action });
  const next = useResolutionState(error, { onRetry, retryPolicy });
  const ui = useUiText();
  useReportShown(error, next.kind);
  const control = actionControl(next, ui);
  const dismiss = dismissButton(config, error, next.kind, onDismiss, ui);

  return (
    <MessageFrame
      {...frame}
      {...presentationOf(next)}
      dir={text.dir}
      lang={text.lng}
      announce={announce ?? announceFor(next)}
      title={text.title}
      message={messageContent(text, next.kind === 'reauthenticate' ? next.reauthenticate : undefined)}
      details={messageDetails(next, more, ui)}
      actions={[control, dismiss]}
    />
  );
}
