import type { VehicleError } from '../types.js';
import { buildVehicleError } from './build.js';
import type { ReadContext } from './context.js';
import { readErrorFields } from './fields.js';
import { limits } from './limits.js';
import { arrayItems, field, isArray } from './read.js';
import { text } from './values.js';
import { readVehicle } from './webhook-fields.js';

/** Whether this object is a webhook event, and whether it is the `VEHICLE_ERROR` kind we read. */
export function webhookKind(value: object): 'vehicleError' | 'other' | undefined {
  const eventType = field(value, 'eventType');
  if (typeof eventType === 'string') return eventType.trim().toUpperCase() === 'VEHICLE_ERROR' ? 'vehicleError' : 'other';
  return isArray(field(field(value, 'data'), 'errors')) ? 'vehicleError' : undefined;
}

/**
 * A `VEHICLE_ERROR` event: one error per `data.errors[]` item, each carrying its `state` and
 * `signals`, the event's vehicle (`data.vehicle`, else `vehicleId`) and the event id.
 */
export function readWebhookEvent(value: object, context: ReadContext): VehicleError[] {
  const data = field(value, 'data');
  const eventId = text(field(value, 'eventId'), limits.short);
  const vehicleId = text(field(value, 'vehicleId'), limits.short);
  const facts = readVehicle(field(data, 'vehicle'));
  const vehicle = vehicleId !== undefined && facts?.id === undefined ? { id: vehicleId, ...facts } : facts;

  const { items, truncated } = arrayItems(field(data, 'errors'), limits.errors);
  if (truncated) context.problem(`a webhook event lists more than ${limits.errors} errors; the rest were ignored.`);
  const errors: VehicleError[] = [];
  for (const item of items) {
    const parts = readErrorFields(item);
    if (parts.type === undefined) {
      context.problem('a webhook error has no valid `type`; it was skipped.');
      continue;
    }
    errors.push(buildVehicleError({ ...parts, vehicle: parts.vehicle ?? vehicle, eventId: eventId ?? parts.eventId }, 'webhook'));
  }
  if (items.length === 0) context.problem('a VEHICLE_ERROR event has no errors in `data.errors`.');
  return errors;
}
