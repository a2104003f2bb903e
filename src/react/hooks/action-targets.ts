import { warnOnce } from '../../core/dev-warning.js';
import { safeUrl, type UrlPurpose } from '../../core/safe-url.js';
import type { Resolution, VehicleError } from '../../core/types.js';
import type { VehicleErrorConfig } from '../config/context.js';
import type { UrlForError } from '../config/provider-props.js';

/** Where a step leads: a safe link, a handler of the app, or nowhere (not configured). */
interface ActionTarget {
  href?: string;
  handler?: () => void;
}

// Every warning sits behind a NODE_ENV check, so production bundles drop its text.
function urlFor(value: UrlForError | undefined, error: VehicleError, purpose: UrlPurpose, name: string): string | undefined {
  let url: unknown = value;
  if (typeof value === 'function') {
    try {
      url = value(error);
    } catch {
      if (process.env.NODE_ENV !== 'production') warnOnce(`${name} threw; the link is not shown.`);
      return undefined;
    }
  }
  const safe = safeUrl(url, purpose);
  if (process.env.NODE_ENV !== 'production' && safe === undefined && url !== undefined) {
    warnOnce(`${name} is not a safe URL (https:, a relative path${purpose === 'support' ? ', mailto: or tel:' : ''}); it is not used.`);
  }
  return safe;
}

function target(handler: ((error: VehicleError) => void) | undefined, error: VehicleError, href: string | undefined): ActionTarget {
  if (handler) return { handler: () => handler(error) };
  return href === undefined ? {} : { href };
}

/** The re-connect target: the app's handler or `connectUrl`, else the payload's safe `resolution.url`. */
export function reauthenticateTarget(config: VehicleErrorConfig, error: VehicleError, resolution: Resolution): ActionTarget {
  const { onReauthenticate } = config;
  return target(onReauthenticate, error, onReauthenticate ? undefined : (urlFor(config.connectUrl, error, 'navigation', 'connectUrl') ?? resolution.url));
}

/** The support target: the app's handler or its safe `supportUrl`. */
export function supportTarget(config: VehicleErrorConfig, error: VehicleError): ActionTarget {
  const { onContactSupport } = config;
  return target(onContactSupport, error, onContactSupport ? undefined : urlFor(config.supportUrl, error, 'support', 'supportUrl'));
}

/** Tells the developer once which setting would turn a missing control on (development only). */
export function warnUnavailable(kind: Resolution['kind'], hasRetry: boolean): void {
  if (process.env.NODE_ENV === 'production') return;
  if (kind === 'reauthenticate') {
    warnOnce('An error asks the owner to reconnect, but VehicleErrorProvider has no connectUrl or onReauthenticate: no Reconnect control is shown.');
  } else if (kind === 'contactSupport') {
    warnOnce('An error asks the owner to contact support, but VehicleErrorProvider has no supportUrl or onContactSupport: no Contact support control is shown.');
  } else if (kind === 'retry' && !hasRetry) {
    warnOnce('An error can be retried, but no onRetry was given: no Try again control is shown.');
  }
}
