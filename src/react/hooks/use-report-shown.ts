import { useCallback, useRef } from 'react';
import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';

/**
 * Reports `{ type: 'shown' }` once per distinct error (`undefined`: nothing is shown) when the
 * element it returns a ref for is attached. A ref, not an effect: without `onEvent` it returns
 * nothing, so a page of banners schedules no work after commit. The `reported` key survives
 * StrictMode's second attach, so a double mount does not double-count.
 *
 * @example <section ref={useReportShown(config, error, 'retry')}>…</section>
 */
export function useReportShown(config: VehicleErrorConfig, error: VehicleError | undefined, kind: ResolutionKind) {
  const reported = useRef<string | undefined>(undefined);
  const report = useCallback(
    (node: HTMLElement | null) => {
      if (!node || !error) return;
      const key = [error.type, error.code, error.requestId, error.eventId].join('|');
      if (reported.current === key) return;
      reported.current = key;
      reportEvent(config, error, kind);
    },
    [error, kind, config],
  );
  return config.onEvent && error ? report : undefined;
}
