/**
 * Error names older than the v2 `type` field. v1 bodies say them in `error`; every vendor SDK
 * copies that `error` (or an OAuth token error) into its own `type`, and the first Node SDK
 * put them in `name`. A Map, so `__proto__` is just a key.
 */
const legacyTypes = new Map([
  ['authentication_error', 'AUTHENTICATION'],
  ['gateway_timeout_error', 'UPSTREAM'],
  ['smartcar_gateway_timeout_error', 'UPSTREAM'],
  ['monthly_limit_exceeded', 'BILLING'],
  ['permission_error', 'PERMISSION'],
  ['rate_limiting_error', 'RATE_LIMIT'],
  ['resource_not_found_error', 'RESOURCE_NOT_FOUND'],
  ['server_error', 'SERVER'],
  ['smartcar_not_capable_error', 'COMPATIBILITY'],
  ['validation_error', 'VALIDATION'],
  ['vehicle_not_capable_error', 'COMPATIBILITY'],
  ['vehicle_state_error', 'VEHICLE_STATE'],
  // The token endpoint's answer when a refresh token expired or a code was used: only a new
  // consent in Connect helps, like an expired connection.
  ['invalid_grant', 'AUTHENTICATION'],
]);

/**
 * The API type a lower-case legacy error name stands for (`vehicle_state_error` → `VEHICLE_STATE`;
 * with `guess`, an unlisted `billing_error` → `BILLING`); `undefined` for anything else.
 */
export function typeOfLegacyName(name: string, guess = true): string | undefined {
  if (name !== name.toLowerCase()) return undefined;
  const known = legacyTypes.get(name);
  if (known !== undefined || !guess) return known;
  return /^[a-z][a-z0-9_]*_error$/.test(name) ? name.replace(/_error$/, '').toUpperCase() : undefined;
}
