import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';
import type { UiText } from '../i18n/ui-text.js';

interface DismissButtonProps {
  error: VehicleError;
  kind: ResolutionKind;
  onDismiss: () => void;
  ui: UiText;
}

/** Dismiss: reports the action, then lets the app remove the message. */
export function DismissButton({ error, kind, onDismiss, ui }: DismissButtonProps) {
  const { onEvent } = useVehicleErrorConfig();
  const dismiss = () => {
    onEvent?.({ type: 'action', action: 'dismiss', kind, errorType: error.type, code: error.code });
    onDismiss();
  };
  return (
    <button type="button" className="vehicle-error__button" data-variant="secondary" onClick={dismiss}>
      {ui('dismiss')}
    </button>
  );
}
