import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { isCancelledRequest } from '../../core/normalize/network.js';
import { reportEvent, useVehicleErrorConfig } from '../config/context.js';
import { resolutionOf, selectedErrors } from '../hooks/error-cache.js';
import { useResponseError } from '../hooks/use-response-error.js';
import { useRetry } from '../hooks/use-retry.js';
import { useReturnFocus } from '../hooks/use-return-focus.js';
import { useScrollLock } from '../hooks/use-scroll-lock.js';
import type { VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { ModalContent } from './ModalContent.js';

/** Props of {@link VehicleErrorModal}. */
export interface VehicleErrorModalProps extends VehicleErrorResolutionOptions, VehicleErrorMessageOptions {
  /**
   * Whether the dialog is open; the app owns this state.
   *
   * @example open={error !== null}
   */
  open: boolean;
  /**
   * Called with `false` when the owner closes the dialog (Close, Escape, a click outside); each
   * is reported to the provider's `onEvent` as a `dismiss`.
   *
   * @example onOpenChange={(open) => { if (!open) setError(null); }}
   */
  onOpenChange: (open: boolean) => void;
  /**
   * Anything normalizable, like the banner's `error` (a fetch `Response` too); a webhook event
   * shows its most urgent error. A request the app cancelled itself keeps the dialog closed.
   * `null`/`undefined` show nothing new: a closing dialog keeps the last error's words.
   *
   * @example error={sdkError}
   */
  error: unknown;
  /**
   * Where the dialog is portalled; `document.body` by default.
   *
   * @example container={shadowRoot.host}
   */
  container?: Element | DocumentFragment | null;
  /** Extra class names on the dialog. */
  className?: string;
}

/**
 * A modal dialog for an error that blocks the owner: named by its title, described by its
 * message, the next step focused when it opens, Escape, Close or a click beside it to leave (each
 * reported as a `dismiss`), and focus returned to wherever it was before it opened. While an
 * attempt runs it stays open, even if the app clears the error (and so `open`) meanwhile; it never
 * opens by itself. Built on
 * `@radix-ui/react-dialog`.
 *
 * @example
 * <VehicleErrorModal open={Boolean(error)} onOpenChange={(open) => !open && setError(null)} error={error} onRetry={retry} />
 */
export function VehicleErrorModal({ open, onOpenChange, error, container, className, ...options }: VehicleErrorModalProps) {
  const config = useVehicleErrorConfig();
  const input = useResponseError(error);
  const given = input === null || input === undefined ? undefined : selectedErrors(input);
  // A request the app cancelled itself is not an error to show: the dialog stays closed.
  const shown = given && !isCancelledRequest(given.primary) ? given : undefined;
  // The app clears `error` as it closes the dialog (`open={Boolean(error)}`): the closing dialog
  // keeps the last error's words, so nothing warns about `null` or reports a new `shown` for it.
  const [last, setLast] = useState(shown);
  if (shown && shown !== last) setLast(shown);
  // Watches the problem it shows (the content drives its retries) to stay open through an attempt.
  const retried = shown && !shown.resolved && resolutionOf(shown.primary).kind === 'retry' ? shown.primary : undefined;
  const { retry } = useRetry(config.retryStore, shown !== undefined, retried, { onRetry: undefined, policy: undefined, retryKey: options.retryKey });
  const [wasOpen, setWasOpen] = useState(open);
  const showing = (open && (shown ?? (given ? undefined : last)) !== undefined) || (wasOpen && !shown && retry.phase === 'retrying');
  if (showing !== wasOpen) setWasOpen(showing);
  const returnFocus = useReturnFocus(showing);
  useScrollLock(showing);

  const words = shown ?? last;
  const close = (next: boolean) => {
    // Only the owner's Close, Escape or a click on the backdrop get here; the app closing it does not.
    if (!next) {
      setWasOpen(false);
      if (words) reportEvent(config, words.primary, words.resolved ? 'none' : resolutionOf(words.primary).kind, 'dismiss');
    }
    onOpenChange(next);
  };
  return (
    <Dialog.Root open={showing} onOpenChange={close}>
      <Dialog.Portal {...(container === undefined ? {} : { container })}>
        {/* Our own backdrop, not Radix's Overlay, whose scroll lock moves the page (useScrollLock).
            A click on it closes the dialog; the content leaves that to it (ModalContent). */}
        <div className="vehicle-error-overlay" onClick={() => close(false)} />
        {words ? <ModalContent selection={shown} last={words} options={options} onClosed={returnFocus} className={className} /> : null}
      </Dialog.Portal>
    </Dialog.Root>
  );
}
