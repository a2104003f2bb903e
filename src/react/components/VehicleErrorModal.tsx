import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { reportEvent, useVehicleErrorConfig } from '../config/context.js';
import { resolutionOf, selectedErrors } from '../hooks/error-cache.js';
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
   * Anything normalizable, like the banner's `error`; a webhook event shows its most urgent error.
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
 * reported as a `dismiss`), and focus returned to wherever it was before it opened. Built on
 * `@radix-ui/react-dialog`.
 *
 * @example
 * <VehicleErrorModal open={Boolean(error)} onOpenChange={(open) => !open && setError(null)} error={error} onRetry={retry} />
 */
export function VehicleErrorModal({ open, onOpenChange, error, container, className, ...options }: VehicleErrorModalProps) {
  const config = useVehicleErrorConfig();
  // The app clears `error` as it closes the dialog (`open={Boolean(error)}`): the closing dialog
  // keeps the last error, so nothing warns about `null` or reports a new `shown` for it.
  const [lastError, setLastError] = useState<unknown>(error);
  if (error !== null && error !== undefined && error !== lastError) setLastError(error);
  const current = error ?? lastError;
  const selection = current === null || current === undefined ? undefined : selectedErrors(current);
  const showing = open && selection !== undefined;
  const returnFocus = useReturnFocus(showing);
  useScrollLock(showing);

  const close = (next: boolean) => {
    // Only the owner's Close, Escape or a click on the backdrop get here; the app closing it does not.
    if (!next && selection) reportEvent(config, selection.primary, selection.resolved ? 'none' : resolutionOf(selection.primary).kind, 'dismiss');
    onOpenChange(next);
  };
  return (
    <Dialog.Root open={showing} onOpenChange={close}>
      <Dialog.Portal {...(container === undefined ? {} : { container })}>
        {/* Our own backdrop, not Radix's Overlay, whose scroll lock moves the page (useScrollLock).
            A click on it closes the dialog; the content leaves that to it (ModalContent). */}
        <div className="vehicle-error-overlay" onClick={() => close(false)} />
        {selection ? <ModalContent selection={selection} options={options} onClosed={returnFocus} className={className} /> : null}
      </Dialog.Portal>
    </Dialog.Root>
  );
}
