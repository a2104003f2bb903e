import { useEffect, useRef } from 'react';
import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';

/**
 * Reports `{ type: 'shown' }` once per distinct error while `visible`. The ref survives
 * StrictMode's second effect run, so a double mount does not double-count.
 */
export function useReportShown(error: VehicleError, kind: ResolutionKind, visible = true): void {
  const { onEvent } = useVehicleErrorConfig();
  const reported = useRef<string | undefined>(undefined);
  const key = [error.type, error.code, error.requestId, error.eventId].join('|');
  const { type, code } = error;
  useEffect(() => {
    if (!visible) {
      reported.current = undefined;
      return;
    }
    if (reported.current === key) return;
    reported.current = key;
    onEvent?.({ type: 'shown', kind, errorType: type, code });
  }, [visible, key, kind, type, code, onEvent]);
}
