import { useCallback, useRef, type RefObject } from 'react';
import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';
import type { UiText } from '../i18n/ui-text.js';
import { moveFocusAfterRemoval } from './focus-after-dismiss.js';

interface DismissButtonProps {
  label: string;
  onDismiss: () => void;
  focusAfterDismiss: RefObject<HTMLElement | null> | undefined;
}

/**
 * Lets the app remove the message, then puts focus where a keyboard user expects it
 * (`moveFocusAfterRemoval`). A component of its own, since it remembers the click until the
 * message is gone; only messages with `onDismiss` pay for it.
 */
function DismissButton({ label, onDismiss, focusAfterDismiss }: DismissButtonProps) {
  const button = useRef<HTMLButtonElement | null>(null);
  const dismissed = useRef<{ named: RefObject<HTMLElement | null> | undefined } | undefined>(undefined);
  // Stable, so React calls it with null only when the button leaves the page (its message still
  // attached then: React detaches refs before it removes the elements).
  const attach = useCallback((node: HTMLButtonElement | null) => {
    const last = button.current;
    button.current = node;
    const message = !node && dismissed.current ? last?.closest<HTMLElement>('.vehicle-error') : undefined;
    if (message) moveFocusAfterRemoval(message, dismissed.current?.named);
  }, []);
  const dismiss = () => {
    dismissed.current = { named: focusAfterDismiss };
    onDismiss();
  };
  return (
    <button ref={attach} type="button" className="vehicle-error__button" data-variant="secondary" onClick={dismiss}>
      {label}
    </button>
  );
}

/** Dismiss, when the app gave `onDismiss`: reports the action, then lets the app remove the message. */
export function dismissButton(
  config: VehicleErrorConfig,
  error: VehicleError,
  kind: ResolutionKind,
  onDismiss: (() => void) | undefined,
  ui: UiText,
  focusAfterDismiss?: RefObject<HTMLElement | null>,
) {
  if (!onDismiss) return null;
  const dismiss = () => {
    reportEvent(config, error, kind, 'dismiss');
    onDismiss();
  };
  return <DismissButton label={ui('dismiss')} onDismiss={dismiss} focusAfterDismiss={focusAfterDismiss} />;
}
