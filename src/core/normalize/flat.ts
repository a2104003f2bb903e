import type { VehicleError, VehicleErrorSource } from '../types.js';
import { buildVehicleError } from './build.js';
import { readErrorFields, readVehicle } from './fields.js';
import { field, listItems, noteLongList, shortText } from './read.js';
import { note } from './session.js';

/** Shapes made of flat error objects: v2 bodies, SDK errors, v3 lists and webhook events. */

/** SDK errors are `Error`s, or plain copies of one (they say `message` or `retryAfter`, not `description`). */
export function isSdkError(value: object, tag: string): boolean {
  let isError = tag === '[object Error]';
  try {
    isError ||= value instanceof Error;
  } catch {
    // A Proxy whose prototype trap throws is no SDK error.
  }
  const has = (key: string) => field(value, key) !== undefined;
  return isError || has('retryAfter') || has('retry_after') || (has('message') && !has('description'));
}

/**
 * One flat error object (v2 body, v3 item, SDK error): an error when it names a valid type; an
 * `UNKNOWN` error keeping its status and text when it only looks like an error; else nothing.
 */
export function readFlatError(value: unknown, source: VehicleErrorSource): VehicleError[] | undefined {
  const parts = readErrorFields(value);
  if (parts.type === undefined) {
    if (field(value, 'type') !== undefined) note('badType');
    if (parts.statusCode === undefined && parts.description === undefined && parts.requestId === undefined) return undefined;
    note('noType');
  }
  return [buildVehicleError(parts, source)];
}

/**
 * A `VEHICLE_ERROR` event: one error per `data.errors[]` item, each carrying its `state` and
 * `signals`, the event's vehicle (`data.vehicle`, else `vehicleId`) and the event id.
 */
export function readWebhookEvent(value: object): VehicleError[] {
  const data = field(value, 'data');
  const eventId = shortText(field(value, 'eventId'));
  const vehicleId = shortText(field(value, 'vehicleId'));
  const facts = readVehicle(field(data, 'vehicle'));
  const vehicle = vehicleId !== undefined && facts?.id === undefined ? { id: vehicleId, ...facts } : facts;
  const list = field(data, 'errors');
  noteLongList(list, 'manyEventErrors');
  const items = listItems(list);
  if (items.length === 0) note('emptyEvent');
  return items.flatMap((item) => {
    const parts = readErrorFields(item);
    if (parts.type === undefined) {
      note('webhookNoType');
      return [];
    }
    return [buildVehicleError({ ...parts, vehicle: parts.vehicle ?? vehicle, eventId: eventId ?? parts.eventId }, 'webhook')];
  });
}

/** A v3 list body: `{ errors: [{ status: "430", type, code, title, detail, links, resolution, meta }] }`. */
export function readV3List(list: unknown): VehicleError[] {
  noteLongList(list, 'manyListed');
  return listItems(list).flatMap((item) => {
    const error = readFlatError(item, 'v3');
    if (!error) note('notAnError');
    return error ?? [];
  });
}
