export { normalizeVehicleError, normalizeVehicleErrorResponse, normalizeVehicleErrors } from './normalize.js';
