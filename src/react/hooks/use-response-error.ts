import { useCallback, useSyncExternalStore } from 'react';
import { buildVehicleError, readResponseFacts } from '../../core/normalize/build.js';
import { normalizeVehicleErrorResponse } from '../../core/normalize/index.js';
import { tagOf } from '../../core/normalize/read.js';
import type { VehicleError } from '../../core/types.js';
import { cachedIn } from './error-cache.js';

/** What one fetch `Response` says: its status at first, its body once read; and who wants to know. */
interface ResponseRead {
  error: VehicleError;
  listeners: Set<() => void>;
  started?: boolean;
}

// One per Response, shared by every component and render that receives it.
const reads = new WeakMap<Response, ResponseRead>();

const readOf = (response: Response) =>
  cachedIn(reads, response, () => ({ error: buildVehicleError(readResponseFacts(response), 'unknown'), listeners: new Set<() => void>() }));

/** Reads a copy of the body, once: the app's own Response stays readable. A used body leaves the status. */
function startReading(response: Response, read: ResponseRead): void {
  if (read.started) return;
  read.started = true;
  let copy: Response;
  try {
    if (response.bodyUsed) return;
    copy = response.clone();
  } catch {
    return;
  }
  void normalizeVehicleErrorResponse(copy).then((error) => {
    read.error = error;
    for (const listener of read.listeners) listener();
  });
}

/**
 * The `error` prop as the components read it. A fetch `Response` stands for the error its status
 * says at once (no warning: the body is on its way), then for the error its body says: one read
 * per Response, started when the first component subscribes, however many components, renders or
 * StrictMode mounts see it. Anything else is returned as it is.
 *
 * @example const input = useResponseError(error); // then selectedErrors(input)
 */
export function useResponseError(error: unknown): unknown {
  const response = tagOf(error) === '[object Response]' ? (error as Response) : undefined;
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!response) return () => undefined;
      const read = readOf(response);
      read.listeners.add(listener);
      startReading(response, read);
      return () => read.listeners.delete(listener);
    },
    [response],
  );
  const snapshot = () => (response ? readOf(response).error : error);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
