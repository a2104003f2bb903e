import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useRef } from 'react';
import { idleRetry } from '../../core/retry-store.js';
import { resolutionOf, type ErrorSelection } from '../hooks/error-cache.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { messageFor, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { uiTextFor } from '../i18n/ui-text.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { actionControl } from './action-control.js';
import { messageDetails } from './message-details.js';
import { presentationOf, resolvedLook, rootClassName } from './presentation.js';

interface ModalContentProps {
  /** What the app shows; `undefined` while it passes no error (the held problem shows instead). */
  selection: ErrorSelection | undefined;
  /** The last error the app showed: its words stay while the dialog closes after the app cleared it. */
  last: ErrorSelection;
  options: VehicleErrorMessageOptions & VehicleErrorResolutionOptions;
  onClosed: () => void;
  className: string | undefined;
}

/**
 * The dialog's content. Mounted only while open, so automatic retries and the `shown` report
 * happen only while the owner can see them.
 */
export const ModalContent = forwardRef<HTMLDivElement, ModalContentProps>(function ModalContent(
  { selection, last, options, onClosed, className },
  ref,
) {
  const { resolved } = selection ?? last;
  const config = useVehicleErrorConfig();
  // Only what the app shows now reaches the retry store: it judges an attempt by it.
  const next = useResolutionState(config, selection?.primary, options, !resolved);
  const worked = next.retry.phase === 'succeeded';
  // The app cleared the error with no attempt holding it and nothing worked (it closes the
  // dialog): the last words stay, with their own look and no next step, since nothing is left to act on.
  const closing = !selection && !next.held && !worked;
  const text = messageFor(config, closing ? last.primary : next.error, options.action);
  const ui = uiTextFor(config.t);
  const primaryRef = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const look = resolved ? resolvedLook : closing ? presentationOf({ kind: resolutionOf(last.primary).kind, retry: idleRetry }) : presentationOf(next);
  const shownRef = useReportShown(config, text.error, look.kind);

  return (
    <Dialog.Content
      ref={ref}
      className={rootClassName(className)}
      data-part="modal"
      data-kind={look.kind}
      data-tone={look.tone}
      data-state={look.state}
      dir={text.dir}
      lang={text.lng}
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        (primaryRef.current ?? closeRef.current)?.focus();
      }}
      // The backdrop's own click closes the dialog (VehicleErrorModal): one close, one report.
      onPointerDownOutside={(event) => event.preventDefault()}
      onCloseAutoFocus={(event) => {
        // No trigger to go back to: return focus to where it was before the dialog opened.
        event.preventDefault();
        onClosed();
      }}
    >
      <div ref={shownRef} className="vehicle-error__content">
        <Dialog.Title className="vehicle-error__title">{resolved ? ui('resolved.title') : worked ? ui('succeeded.title') : text.title}</Dialog.Title>
        <Dialog.Description className="vehicle-error__message">
          {/* Plain text beside the one Reconnect control: never a second link to the same place. */}
          {resolved ? ui('resolved.message') : worked ? ui('succeeded.message') : text.message}
        </Dialog.Description>
        {messageDetails(resolved || closing ? undefined : next, (selection ?? last).more, ui)}
      </div>
      <div className="vehicle-error__actions">
        {resolved || closing ? null : actionControl(next, ui, primaryRef)}
        <Dialog.Close ref={closeRef} className="vehicle-error__button" data-variant="secondary">
          {ui('close')}
        </Dialog.Close>
      </div>
    </Dialog.Content>
  );
});
