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

function urlFor(value: UrlForError | undefined, error: VehicleError, purpose: UrlPurpose, name: string): string | undefined {
  if (value === undefined) return undefined;
  let url: unknown = value;
  if (typeof value === 'function') {
    try {
      url = value(error);
    } catch {
      warnOnce(`${name} threw; the link is not shown.`);
      return undefined;
    }
  }
  const safe = safeUrl(url, purpose);
  if (safe === undefined && url !== undefined) {
    warnOnce(`${name} is not a safe URL (https:, a relative path${purpose === 'support' ? ', mailto: or tel:' : ''}); it is not used.`);
  }
  return safe;
}

/** The re-connect target: the app's handler or `connectUrl`, else the payload's safe `resolution.url`. */
export function reauthenticateTarget(config: VehicleErrorConfig, error: VehicleError, resolution: Resolution): ActionTarget {
  const { onReauthenticate } = config;
  if (onReauthenticate) return { handler: () => onReauthenticate(error) };
  const href = urlFor(config.connectUrl, error, 'navigation', 'connectUrl') ?? resolution.url;
  return href === undefined ? {} : { href };
}

/** The support target: the app's handler or its safe `supportUrl`. */
export function supportTarget(config: VehicleErrorConfig, error: VehicleError): ActionTarget {
  const { onContactSupport } = config;
  if (onContactSupport) return { handler: () => onContactSupport(error) };
  const href = urlFor(config.supportUrl, error, 'support', 'supportUrl');
  return href === undefined ? {} : { href };
}

/** Tells the developer once which setting would turn a missing control on. */
export function warnUnavailable(kind: Resolution['kind'], hasRetry: boolean): void {
  if (kind === 'reauthenticate') {
    warnOnce('An error asks the owner to reconnect, but VehicleErrorProvider has no connectUrl or onReauthenticate: no Reconnect control is shown.');
  } else if (kind === 'contactSupport') {
    warnOnce('An error asks the owner to contact support, but VehicleErrorProvider has no supportUrl or onContactSupport: no Contact support control is shown.');
  } else if (kind === 'retry' && !hasRetry) {
    warnOnce('An error can be retried, but no onRetry was given: no Try again control is shown.');
  }
}
