import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useRef } from 'react';
import type { ErrorSelection } from '../hooks/error-cache.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { messageFor, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { uiTextFor } from '../i18n/ui-text.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { actionControl } from './action-control.js';
import { messageContent } from './ErrorMessageText.js';
import { messageDetails } from './message-details.js';
import { presentationOf, resolvedLook, rootClassName } from './presentation.js';

interface ModalContentProps {
  /** What the app shows; `undefined` while it passes no error (the held problem shows instead). */
  selection: ErrorSelection | undefined;
  options: VehicleErrorMessageOptions & VehicleErrorResolutionOptions;
  onClosed: () => void;
  className: string | undefined;
}

/**
 * The dialog's content. Mounted only while open, so automatic retries and the `shown` report
 * happen only while the owner can see them.
 */
export const ModalContent = forwardRef<HTMLDivElement, ModalContentProps>(function ModalContent(
  { selection, options, onClosed, className },
  ref,
) {
  const resolved = selection?.resolved === true;
  const config = useVehicleErrorConfig();
  const next = useResolutionState(config, selection?.primary, options, !resolved);
  const text = messageFor(config, next.error, options.action);
  const worked = next.retry.phase === 'succeeded';
  const ui = uiTextFor(config.t);
  const primaryRef = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const shownRef = useReportShown(config, text.error, resolved ? 'none' : next.kind);
  const look = resolved ? resolvedLook : presentationOf(next);

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
      onCloseAutoFocus={(event) => {
        // No trigger to go back to: return focus to where it was before the dialog opened.
        event.preventDefault();
        onClosed();
      }}
    >
      <div ref={shownRef} className="vehicle-error__content">
        <Dialog.Title className="vehicle-error__title">{resolved ? ui('resolved.title') : worked ? ui('succeeded.title') : text.title}</Dialog.Title>
        <Dialog.Description className="vehicle-error__message">
          {resolved ? ui('resolved.message') : worked ? ui('succeeded.message') : messageContent(text, config, next.kind === 'reauthenticate' ? next.act : undefined)}
        </Dialog.Description>
        {messageDetails(resolved ? undefined : next, selection?.more ?? 0, ui)}
      </div>
      <div className="vehicle-error__actions">
        {resolved ? null : actionControl(next, ui, primaryRef)}
        <Dialog.Close ref={closeRef} className="vehicle-error__button" data-variant="secondary">
          {ui('close')}
        </Dialog.Close>
      </div>
    </Dialog.Content>
  );
});
