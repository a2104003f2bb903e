import { useEffect, useMemo } from 'react';
import { resolveVehicleError } from '../../core/resolve.js';
import type { VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { reauthenticateTarget, warnUnavailable } from '../hooks/action-targets.js';
import type { ReauthenticateResolutionState } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useVehicleErrorMessage, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { useUiText } from '../i18n/use-ui-text.js';
import { ActionControl } from './ActionControl.js';
import { DismissButton } from './DismissButton.js';
import { ErrorMessageText } from './ErrorMessageText.js';
import type { FrameProps } from './frame-props.js';
import { MessageFrame } from './MessageFrame.js';

/** Props of {@link ReconnectPrompt}. */
export interface ReconnectPromptProps extends VehicleErrorMessageOptions, FrameProps {
  /**
   * The error that calls for re-connecting (anything normalizable). Without one, the prompt
   * says the connection to the car has expired.
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

/**
 * Asks the owner to re-connect the car: the message with its re-connect words as a link (href
 * from the provider's `connectUrl` only, never from a translation) and a Reconnect button.
 * Without a safe URL or handler it shows the message alone, as plain text.
 *
 * @example
 * <VehicleErrorProvider appName="Acme Drive" connectUrl="/connect">
 *   <ReconnectPrompt error={error} onDismiss={close} />
 * </VehicleErrorProvider>
 */
export function ReconnectPrompt({ error, action, onDismiss, announce = 'assertive', ...frame }: ReconnectPromptProps) {
  const text = useVehicleErrorMessage(error ?? expiredConnection, action === undefined ? {} : { action });
  const config = useVehicleErrorConfig();
  const { onEvent } = config;
  const ui = useUiText();
  useReportShown(text.error, 'reauthenticate');

  const next = useMemo((): ReauthenticateResolutionState => {
    const resolution = resolveVehicleError(text.error);
    const { href, handler } = reauthenticateTarget(config, text.error, resolution);
    const reauthenticate = () => {
      onEvent?.({ type: 'action', action: 'reauthenticate', kind: 'reauthenticate', errorType: text.error.type, code: text.error.code });
      handler?.();
    };
    return { kind: 'reauthenticate', error: text.error, resolution, available: Boolean(href ?? handler), ...(href ? { href } : {}), reauthenticate };
  }, [config, onEvent, text.error]);

  useEffect(() => {
    if (!next.available) warnUnavailable('reauthenticate', false);
  }, [next.available]);

  return (
    <MessageFrame
      {...frame}
      kind="reauthenticate"
      tone="critical"
      state="idle"
      dir={text.dir}
      lang={text.lng}
      announce={announce}
      title={text.title}
      message={<ErrorMessageText text={text} onReconnect={next.reauthenticate} />}
      actions={
        next.available || onDismiss ? (
          <>
            <ActionControl next={next} ui={ui} />
            {onDismiss ? <DismissButton error={text.error} kind="reauthenticate" onDismiss={onDismiss} ui={ui} /> : null}
          </>
        ) : undefined
      }
    />
  );
}
