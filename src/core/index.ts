export type {
  AffectedSignal,
  CatalogEntry,
  DocumentedResolutionType,
  Resolution,
  ResolutionKind,
  RetryPolicy,
  VehicleError,
  VehicleErrorSource,
  VehicleFacts,
} from './types.js';
export { vehicleErrorCatalog } from './catalog.js';
export { resolveVehicleError } from './resolve.js';
export { parseRetryAfter, retryDelayMs, retryPolicyFor } from './retry-policy.js';
export { createVehicleErrorRetryStore } from './retry-store.js';
export type { RetryClock, RetryDriver, RetryObserver, RetryPhase, RetrySnapshot, RetryStoreOptions, VehicleErrorRetryStore } from './retry-store.js';
export { vehicleErrorQueryRetry, vehicleErrorSwrRetry } from './data-layer-retry.js';
export type { DataLayerRetryOptions } from './data-layer-retry.js';
export { normalizeVehicleError, normalizeVehicleErrorResponse, normalizeVehicleErrors } from './normalize/index.js';
