import { useMemo } from 'react';
import type { VehicleError } from '../../core/types.js';
import type { VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { useVehicleErrorMessage } from '../hooks/use-vehicle-error-message.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { selectErrors } from '../hooks/select-errors.js';
import { useUiText } from '../i18n/use-ui-text.js';
import { ActionControl } from './ActionControl.js';
import { DismissButton } from './DismissButton.js';
import { ErrorMessageText } from './ErrorMessageText.js';
import { ResolvedNotice } from './ResolvedNotice.js';
import { RetryStatus } from './RetryStatus.js';
import type { FrameProps } from './frame-props.js';
import { MessageFrame } from './MessageFrame.js';
import { announceFor, stateFor, toneFor } from './presentation.js';

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
export function VehicleErrorBanner(props: VehicleErrorBannerProps) {
  const { error, action, onRetry, retryPolicy, ...frame } = props;
  const selection = useMemo(() => (error === null || error === undefined ? undefined : selectErrors(error)), [error]);
  if (!selection) return null;
  if (selection.resolved) return <ResolvedNotice {...frame} error={selection.primary} />;
  const options = { ...(action ? { action } : {}), ...(onRetry ? { onRetry } : {}), ...(retryPolicy ? { retryPolicy } : {}) };
  return <ErrorBanner {...frame} error={selection.primary} more={selection.more} options={options} />;
}

interface ErrorBannerProps extends FrameProps {
  error: VehicleError;
  more: number;
  options: VehicleErrorMessageOptions & VehicleErrorResolutionOptions;
}

function ErrorBanner({ error, more, options, onDismiss, announce, ...frame }: ErrorBannerProps) {
  const text = useVehicleErrorMessage(error, options);
  const next = useResolutionState(text.error, options);
  const ui = useUiText();
  useReportShown(text.error, next.kind);
  const reportReconnect = next.kind === 'reauthenticate' ? next.reauthenticate : undefined;
  const reference = next.kind === 'contactSupport' && next.requestId ? ui('requestId', { requestId: next.requestId }) : '';
  const hasControl = next.available && !(next.kind === 'retry' && next.succeeded);

  return (
    <MessageFrame
      {...frame}
      kind={next.kind}
      tone={toneFor(next)}
      state={stateFor(next)}
      dir={text.dir}
      lang={text.lng}
      announce={announce ?? announceFor(next)}
      title={text.title}
      message={<ErrorMessageText text={text} {...(reportReconnect ? { onReconnect: reportReconnect } : {})} />}
      details={
        <>
          {more > 0 ? <p className="vehicle-error__detail">{ui('moreErrors', { count: more })}</p> : null}
          {reference ? <p className="vehicle-error__detail">{reference}</p> : null}
          {next.kind === 'retry' ? <RetryStatus next={next} ui={ui} /> : null}
        </>
      }
      actions={
        hasControl || onDismiss ? (
          <>
            <ActionControl next={next} ui={ui} />
            {onDismiss ? <DismissButton error={text.error} kind={next.kind} onDismiss={onDismiss} ui={ui} /> : null}
          </>
        ) : undefined
      }
    />
  );
}
