import { useEffect, useRef } from 'react';
import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { reportEvent, useVehicleErrorConfig } from '../config/context.js';

/**
 * Reports `{ type: 'shown' }` once per distinct error. The ref survives
 * StrictMode's second effect run, so a double mount does not double-count.
 */
export function useReportShown(error: VehicleError, kind: ResolutionKind): void {
  const config = useVehicleErrorConfig();
  const reported = useRef<string | undefined>(undefined);
  const key = [error.type, error.code, error.requestId, error.eventId].join('|');
  useEffect(() => {
    if (reported.current === key) return;
    reported.current = key;
    reportEvent(config, error, kind);
  }, [key, kind, error, config]);
}
