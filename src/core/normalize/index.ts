export { normalizeVehicleError, normalizeVehicleErrors } from './normalize.js';
export { normalizeVehicleErrorResponse } from './response.js';
