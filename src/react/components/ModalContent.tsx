import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useRef } from 'react';
import type { ErrorSelection } from '../hooks/select-errors.js';
import type { VehicleErrorResolutionOptions } from '../hooks/resolution-types.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useVehicleErrorMessage, type VehicleErrorMessageOptions } from '../hooks/use-vehicle-error-message.js';
import { useResolutionState } from '../hooks/use-resolution-state.js';
import { useUiText } from '../i18n/use-ui-text.js';
import { ActionControl } from './ActionControl.js';
import { ErrorMessageText } from './ErrorMessageText.js';
import { RetryStatus } from './RetryStatus.js';
import { classNames, stateFor, toneFor } from './presentation.js';

interface ModalContentProps {
  selection: ErrorSelection;
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
  const { resolved } = selection;
  const text = useVehicleErrorMessage(selection.primary, options);
  const next = useResolutionState(text.error, options, !resolved);
  const ui = useUiText();
  const primaryRef = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useReportShown(text.error, resolved ? 'none' : next.kind);

  return (
    <Dialog.Content
      ref={ref}
      className={classNames('vehicle-error', className)}
      data-part="modal"
      data-kind={resolved ? 'none' : next.kind}
      data-tone={resolved ? 'success' : toneFor(next)}
      data-state={resolved ? 'resolved' : stateFor(next)}
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
      <div className="vehicle-error__content">
        <Dialog.Title className="vehicle-error__title">{resolved ? ui('resolved.title') : text.title}</Dialog.Title>
        <Dialog.Description className="vehicle-error__message">
          {resolved ? ui('resolved.message') : <ErrorMessageText text={text} {...(next.kind === 'reauthenticate' ? { onReconnect: next.reauthenticate } : {})} />}
        </Dialog.Description>
        {selection.more > 0 ? <p className="vehicle-error__detail">{ui('moreErrors', { count: selection.more })}</p> : null}
        {!resolved && next.kind === 'contactSupport' && next.requestId ? (
          <p className="vehicle-error__detail">{ui('requestId', { requestId: next.requestId })}</p>
        ) : null}
        {!resolved && next.kind === 'retry' ? <RetryStatus next={next} ui={ui} /> : null}
      </div>
      <div className="vehicle-error__actions">
        {resolved ? null : <ActionControl ref={primaryRef} next={next} ui={ui} />}
        <Dialog.Close ref={closeRef} className="vehicle-error__button" data-variant="secondary">
          {ui('close')}
        </Dialog.Close>
      </div>
    </Dialog.Content>
  );
});
