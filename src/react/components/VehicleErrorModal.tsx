import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { isCancelledRequest } from '../../core/normalize/network.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { noSelection, resolutionOf, selectedErrors } from '../hooks/error-cache.js';
import { useResponseError } from '../hooks/use-response-error.js';
import { useRetry } from '../hooks/use-retry.js';
import { useReturnFocus } from '../hooks/use-return-focus.js';
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
   * Called with `false` when the owner closes the dialog (Close, Escape, a click outside).
   *
   * @example onOpenChange={(open) => { if (!open) setError(null); }}
   */
  onOpenChange: (open: boolean) => void;
  /**
   * Anything normalizable, like the banner's `error` (a fetch `Response` too); a webhook event
   * shows its most urgent error. A request the app cancelled itself keeps the dialog closed.
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
 * message, the next step focused when it opens, Escape and Close to leave, and focus returned
 * to wherever it was before it opened. While an attempt runs it stays open, even if the app
 * clears the error (and so `open`) meanwhile; it never opens by itself. Built on
 * `@radix-ui/react-dialog`.
 *
 * @example
 * <VehicleErrorModal open={Boolean(error)} onOpenChange={(open) => !open && setError(null)} error={error} onRetry={retry} />
 */
export function VehicleErrorModal({ open, onOpenChange, error, container, className, ...options }: VehicleErrorModalProps) {
  const config = useVehicleErrorConfig();
  const input = useResponseError(error);
  const given = input !== null && input !== undefined;
  const selection = given ? selectedErrors(input) : noSelection;
  const { primary, resolved } = selection;
  // A request the app cancelled itself is not an error to show: the dialog stays closed.
  const shown = given && !isCancelledRequest(primary);
  // Watches the problem it shows (the content drives its retries) to stay open through an attempt.
  const retried = shown && !resolved && resolutionOf(primary).kind === 'retry';
  const { retry } = useRetry(config.retryStore, shown, retried ? primary : undefined, { onRetry: undefined, policy: undefined, retryKey: options.retryKey });
  const [visible, setVisible] = useState(open);
  const stays = (open && (shown || !given)) || (visible && !shown && retry.phase === 'retrying');
  if (stays !== visible) setVisible(stays);
  const returnFocus = useReturnFocus(stays);
  const onOwnerChange = (next: boolean) => {
    if (!next) setVisible(false);
    onOpenChange(next);
  };
  return (
    <Dialog.Root open={stays} onOpenChange={onOwnerChange}>
      <Dialog.Portal {...(container === undefined ? {} : { container })}>
        <Dialog.Overlay className="vehicle-error-overlay" />
        <ModalContent selection={shown ? selection : undefined} options={options} onClosed={returnFocus} className={className} />
      </Dialog.Portal>
    </Dialog.Root>
  );
}
