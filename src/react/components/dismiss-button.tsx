import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';
import type { UiText } from '../i18n/ui-text.js';

/** Dismiss, when the app gave `onDismiss`: reports the action, then lets the app remove the message. */
export function dismissButton(config: VehicleErrorConfig, error: VehicleError, kind: ResolutionKind, onDismiss: (() => void) | undefined, ui: UiText) {
  if (!onDismiss) return null;
  const dismiss = () => {
    reportEvent(config, error, kind, 'dismiss');
    onDismiss();
  };
  return (
    <button type="button" className="vehicle-error__button" data-variant="secondary" onClick={dismiss}>
      {ui('dismiss')}
    </button>
  );
}
