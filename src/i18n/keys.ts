import type { VehicleErrorResources } from './resources.js';

/** Dotted paths to every string in a resource tree. */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

/** i18next picks `_one`/`_other` from `count`, so callers name the key without the suffix. */
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;

/**
 * Every key of the `vehicle-errors` namespace, typed from the English file: a typo in a key used by
 * our code is a compile error.
 */
export type VehicleErrorKey = WithoutPlural<LeafPaths<VehicleErrorResources>>;

/** Keys of the `ui` group: button labels, countdown, resolved notice… */
export type VehicleErrorUiKey = VehicleErrorKey extends infer K
  ? K extends `ui.${infer Rest}`
    ? Rest
    : never
  : never;

/** Permission names and action keys that have a translated phrase. */
export type VehicleErrorAction = keyof VehicleErrorResources['action'];

/**
 * What an `action` option takes: a known permission name or action key, which editors offer as you
 * type, or any other string, so an action newer than these types still compiles (until it has a
 * phrase, the message reads as if no action were given, and development warns).
 *
 * @example formatVehicleErrorMessage(body, { appName: 'Chargely', action: 'lock' })
 */
// `string & {}` keeps the known names from collapsing into plain `string`, which would hide them.
export type VehicleErrorActionName = VehicleErrorAction | (string & {});

/**
 * The full key of a `ui` string, checked at compile time.
 *
 * @example
 * t(uiKey('tryAgain'), { ns: VEHICLE_ERRORS_NS }); // 'Try again'
 */
export function uiKey<K extends VehicleErrorUiKey>(key: K): `ui.${K}` {
  return `ui.${key}`;
}
