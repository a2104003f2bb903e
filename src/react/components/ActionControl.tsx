import { forwardRef } from 'react';
import type { VehicleErrorResolutionState } from '../hooks/resolution-types.js';
import type { UiText } from '../i18n/ui-text.js';

/**
 * The one control for the kind: Try again (button), Reconnect or Contact support (a link when the
 * app gave a URL, else a button calling its handler). Nothing when the step is not available, so
 * there is never a dead button.
 */
export const ActionControl = forwardRef<HTMLAnchorElement & HTMLButtonElement, { next: VehicleErrorResolutionState; ui: UiText }>(
  function ActionControl({ next, ui }, ref) {
    if (!next.available) return null;
    switch (next.kind) {
      case 'retry':
        if (next.succeeded) return null;
        return (
          <button
            ref={ref}
            type="button"
            className="vehicle-error__button"
            data-variant="primary"
            // Not `disabled`: a disabled button drops focus; the engine ignores clicks while in flight.
            aria-disabled={next.inFlight || undefined}
            onClick={next.retryNow}
          >
            {ui('tryAgain')}
          </button>
        );
      case 'reauthenticate':
        return <LinkOrButton ref={ref} href={next.href} onClick={next.reauthenticate} label={ui('reconnect')} />;
      case 'contactSupport':
        return <LinkOrButton ref={ref} href={next.href} onClick={next.contactSupport} label={ui('contactSupport')} />;
      default:
        return null;
    }
  },
);

interface LinkOrButtonProps {
  href: string | undefined;
  onClick: () => void;
  label: string;
}

const LinkOrButton = forwardRef<HTMLAnchorElement & HTMLButtonElement, LinkOrButtonProps>(function LinkOrButton(
  { href, onClick, label },
  ref,
) {
  if (href !== undefined) {
    return (
      <a ref={ref} href={href} className="vehicle-error__button" data-variant="primary" onClick={onClick}>
        {label}
      </a>
    );
  }
  return (
    <button ref={ref} type="button" className="vehicle-error__button" data-variant="primary" onClick={onClick}>
      {label}
    </button>
  );
});
