import { SmartcarError, vendorPayload, webhookMixedEvent, webhookResolvedEvent } from '../../test/fixtures/vendor-payloads.js';

/**
 * The inputs the stories show, shaped like what apps really receive from the vehicle API (the
 * shared vendor fixtures), named for what the owner is going through.
 */
const REQUEST_ID = '5dea93a1-3f79-4246-90c5-89610a20471b';

/** A door is open: close it, then Try again (a manual retry). */
export const doorOpen = {
  type: 'VEHICLE_STATE',
  code: 'DOOR_OPEN',
  statusCode: 409,
  requestId: REQUEST_ID,
  resolution: { type: null },
  description: 'A door or the trunk is open.',
};

/** The car is asleep and the server asked to wait ten minutes: an automatic retry with a countdown. */
export const asleepRetryLater = new SmartcarError(
  'VEHICLE_STATE:ASLEEP - The vehicle is asleep.',
  'VEHICLE_STATE',
  'ASLEEP',
  409,
  REQUEST_ID,
  { type: 'RETRY_LATER' },
  600,
);

/** The vehicle's manufacturer did not answer: automatic retries with a short back-off. */
export const upstreamNoResponse = vendorPayload('v3 UPSTREAM NO_RESPONSE').payload;

/** The owner's access token expired: Reconnect. */
export const authenticationExpired = vendorPayload('v2 AUTHENTICATION (code null)').payload;

/** The request was malformed: Contact support, quoting the request id. */
export const validationFailed = vendorPayload('v2 VALIDATION (code null)').payload;

/** The battery is already full: nothing to do. */
export const fullyCharged = vendorPayload('v2 body without a resolution').payload;

/** The owner declined permissions in Connect (a redirect URL). */
export const connectAccessDenied = vendorPayload('Connect access_denied, URL string').payload;

/** Connect says this car cannot be connected, naming make, model and year. */
export const connectVehicleIncompatible = vendorPayload('Connect vehicle_incompatible with vehicle facts, URL object').payload;

/** A batch request where two of three paths failed. */
export const batchTwoFailures = vendorPayload('batch body: one success, two failures').payload;

/** A v1 body with a code the catalog does not know. */
export const v1UnknownCode = vendorPayload('v1 vehicle_state_error with a raw code').payload;

/** A webhook event with four errors, one already resolved. */
export const webhookSeveralErrors = webhookMixedEvent;

/** A webhook event saying the car answers again. */
export const webhookResolved = webhookResolvedEvent;

/** Not an error the API sends at all: the owner still gets a kind, generic message. */
export const garbage = { status: 'teapot', detail: [1, 2, 3], nested: { deeper: true } };
