import { warnOnce } from '../../core/dev-warning.js';
import { safeUrl } from '../../core/safe-url.js';
import type { ResolutionKind, VehicleError } from '../../core/types.js';
import { reportEvent, type VehicleErrorConfig } from '../config/context.js';
import { resolutionOf } from './error-cache.js';

/** Where a step leads and what its control does; both absent when the app configured nothing for it. */
export interface ActionTarget {
  /** The control's link: a safe URL of the app's (or the payload's, to re-connect). */
  href?: string;
  /** The control's click: reports the action, then calls the app's handler if that is what it gave. */
  act?: () => void;
}

// Every warning sits behind a NODE_ENV check, so production bundles drop its text.
function urlFor(config: VehicleErrorConfig, error: VehicleError, support: boolean): string | undefined {
  const value = support ? config.supportUrl : config.connectUrl;
  let url: unknown = value;
  if (typeof value === 'function') {
    try {
      url = value(error);
    } catch {
      if (process.env.NODE_ENV !== 'production') warnOnce(`${support ? 'supportUrl' : 'connectUrl'} threw; the link is not shown.`);
      return undefined;
    }
  }
  const safe = safeUrl(url, support ? 'support' : 'navigation');
  if (process.env.NODE_ENV !== 'production' && safe === undefined && url !== undefined) {
    warnOnce(`${support ? 'supportUrl' : 'connectUrl'} is not a safe URL (https:, a relative path${support ? ', mailto: or tel:' : ''}); it is not used.`);
  }
  return safe;
}

/**
 * The re-connect or support target: the app's handler, else its safe `connectUrl` (then the
 * payload's safe `resolution.url`) or `supportUrl`.
 *
 * @example const { href, act } = actionTarget(config, error, 'reauthenticate');
 */
export function actionTarget(config: VehicleErrorConfig, error: VehicleError, step: 'reauthenticate' | 'contactSupport'): ActionTarget {
  const support = step === 'contactSupport';
  const handler = support ? config.onContactSupport : config.onReauthenticate;
  const href = handler ? undefined : (urlFor(config, error, support) ?? (support ? undefined : resolutionOf(error).url));
  if (!handler && href === undefined) return {};
  const act = () => {
    reportEvent(config, error, step, step);
    handler?.(error);
  };
  return href === undefined ? { act } : { href, act };
}

/** Tells the developer once which setting would turn a missing control on (development only). */
export function warnUnavailable(kind: ResolutionKind): void {
  if (process.env.NODE_ENV === 'production') return;
  if (kind === 'reauthenticate') {
    warnOnce('An error asks the owner to reconnect, but VehicleErrorProvider has no usable connectUrl or onReauthenticate: no Reconnect control is shown.');
  } else if (kind === 'contactSupport') {
    warnOnce('An error asks the owner to contact support, but VehicleErrorProvider has no usable supportUrl or onContactSupport: no Contact support control is shown.');
  } else if (kind === 'retry') {
    warnOnce('An error can be retried, but no onRetry was given: no Try again control is shown.');
  }
}
