import * as Dialog from '@radix-ui/react-dialog';
import { isCancelledRequest } from '../../core/normalize/network.js';
import { selectedErrors } from '../hooks/error-cache.js';
import { useResponseError } from '../hooks/use-response-error.js';
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
 * to wherever it was before it opened. Built on `@radix-ui/react-dialog`.
 *
 * @example
 * <VehicleErrorModal open={Boolean(error)} onOpenChange={(open) => !open && setError(null)} error={error} onRetry={retry} />
 */
export function VehicleErrorModal({ open, onOpenChange, error, container, className, ...options }: VehicleErrorModalProps) {
  const selection = selectedErrors(useResponseError(error));
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open && !isCancelledRequest(selection.primary)} onOpenChange={onOpenChange}>
      <Dialog.Portal {...(container === undefined ? {} : { container })}>
        <Dialog.Overlay className="vehicle-error-overlay" />
        <ModalContent selection={selection} options={options} onClosed={returnFocus} className={className} />
      </Dialog.Portal>
    </Dialog.Root>
  );
}
