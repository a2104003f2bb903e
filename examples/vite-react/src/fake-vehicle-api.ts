/**
 * A stand-in for an app's backend client. Each call fails the way the vendor's API fails (the JSON
 * body an app's backend passes through), so the example shows real payloads, not made-up ones.
 */

const asleep = {
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  description: 'The vehicle is asleep.',
  statusCode: 409,
  requestId: 'req-asleep-0001',
  resolution: { type: null },
  suggestedUserMessage: 'Your car is asleep. Start it and try again in <app name>.',
};

const missingPermission = {
  type: 'PERMISSION',
  code: null,
  description: 'The app lacks the permission this request needs.',
  statusCode: 403,
  requestId: 'req-permission-0002',
  resolution: { type: 'REAUTHENTICATE' },
};

const serverError = {
  type: 'SERVER',
  code: 'INTERNAL',
  description: 'Something failed on the server.',
  statusCode: 500,
  requestId: 'req-server-0003',
  resolution: { type: 'RETRY_LATER' },
};

/** The vehicle calls the example app makes. */
export interface FakeVehicleApi {
  /** Fails with ASLEEP for the first `asleepFor` calls, then succeeds: the car woke up. */
  lock(): Promise<'locked'>;
  /** Always fails with PERMISSION: the owner has to re-connect with more permissions. */
  readOdometer(): Promise<number>;
  /** Always fails with a SERVER error. */
  refreshStatus(): Promise<string>;
}

/**
 * A fresh client; the car sleeps through the first `asleepFor` lock calls.
 *
 * @example
 * const api = createFakeVehicleApi({ asleepFor: 1 });
 * await api.lock().catch((body) => body.code); // 'ASLEEP'
 * await api.lock(); // 'locked'
 */
export function createFakeVehicleApi({ asleepFor = 0 } = {}): FakeVehicleApi {
  let failuresLeft = asleepFor;
  return {
    lock: async () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw asleep;
      }
      return 'locked';
    },
    readOdometer: async () => {
      throw missingPermission;
    },
    refreshStatus: async () => {
      throw serverError;
    },
  };
}

/**
 * The lock request the server made before rendering the page: the car was asleep. The page opens
 * with this error (server-rendered too); by the time the owner tries again, the car is awake.
 */
export const serverLockError = asleep;
