import { useId, useMemo } from 'react';
import type { VehicleError } from '../../core/types.js';
import { isCancelledRequest } from '../../core/normalize/network.js';
import { idleRetry } from '../../core/retry-store.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { actionTarget, warnUnavailable } from '../hooks/action-targets.js';
import type { NextStep } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useResponseError } from '../hooks/use-response-error.js';
import { normalizedError, resolutionOf } from '../hooks/error-cache.js';
import { messageFor, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { uiTextFor } from '../i18n/ui-text.js';
import { dismissButton } from './dismiss-button.js';
import { linkedMessage } from './ErrorMessageText.js';
import type { FrameProps } from './frame-props.js';
import { messageFrame } from './message-frame.js';

/** Props of {@link ReconnectPrompt}. */
export interface ReconnectPromptProps extends VehicleErrorMessageOptions, FrameProps {
  /**
   * The error that calls for re-connecting (anything normalizable, a fetch `Response` too).
   * Without one, the prompt says the connection to the car has expired; a request the app
   * cancelled itself renders nothing.
   *
   * @example <ReconnectPrompt error={connectRedirectParams} />
   */
  error?: unknown;
}

// Stands for "the connection expired" when the app shows the prompt without an error.
const expiredConnection: VehicleError = {
  type: 'AUTHENTICATION',
  code: null,
  resolution: { type: 'REAUTHENTICATE' },
  source: 'unknown',
  known: true,
};

// The prompt never retries or holds anything.
const nothingToDo = () => undefined;

/**
 * Asks the owner to re-connect the car, with one control: the message's own re-connect words as a
 * link (href from the provider's `connectUrl` or the payload's safe URL, never from a translation)
 * when the message has such words, else a Reconnect button or link. Without a safe URL or handler
 * it shows the message alone, as plain text.
 *
 * @example
 * <VehicleErrorProvider appName="Acme Drive" connectUrl="/connect">
 *   <ReconnectPrompt error={error} onDismiss={close} />
 * </VehicleErrorProvider>
 */
export function ReconnectPrompt({ error, action, onDismiss, focusAfterDismiss, announce = 'assertive', ...frame }: ReconnectPromptProps) {
  const config = useVehicleErrorConfig();
  const titleId = useId();
  const text = messageFor(config, normalizedError(useResponseError(error) ?? expiredConnection), action);
  const shownRef = useReportShown(config, text.error, 'reauthenticate');
  const target = useMemo(() => actionTarget(config, text.error, 'reauthenticate'), [config, text.error]);
  // The words in the sentence are the control when they can be a link; a handler gets the button.
  const { href, act } = target;
  const inText = text.richText && href !== undefined;

  const next = useMemo(
    (): NextStep => ({
      kind: 'reauthenticate',
      error: text.error,
      resolution: resolutionOf(text.error),
      retry: idleRetry,
      cancel: nothingToDo,
      release: nothingToDo,
      ...(inText ? {} : target),
    }),
    [text.error, target, inText],
  );
  if (isCancelledRequest(text.error)) return null;
  if (process.env.NODE_ENV !== 'production' && !act) warnUnavailable('reauthenticate');
  const ui = uiTextFor(config.t);
  return messageFrame(frame, {
    titleId,
    next,
    more: 0,
    language: text,
    announce,
    title: text.title,
    message: inText ? linkedMessage(text, { href, act }) : text.message,
    dismiss: dismissButton(config, text.error, 'reauthenticate', onDismiss, ui, focusAfterDismiss),
    shownRef,
    ui,
  });
}
