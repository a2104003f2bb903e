import type { VehicleErrorResolutionState } from '../hooks/resolution-types.js';

/** Colour family of a message; the title says the same in words. */
type VehicleErrorTone = 'info' | 'warning' | 'critical' | 'success' | 'neutral';

/** Tone by kind: the owner must act → critical; waiting or retrying helps → warning. */
export function toneFor(next: VehicleErrorResolutionState): VehicleErrorTone {
  switch (next.kind) {
    case 'reauthenticate':
    case 'contactSupport':
      return 'critical';
    case 'retry':
      return next.succeeded ? 'success' : 'warning';
    default:
      return 'info';
  }
}

/** `data-state`: the retry phase, else `idle`. */
export function stateFor(next: VehicleErrorResolutionState): string {
  return next.kind === 'retry' ? next.phase : 'idle';
}

/** How a newly shown message is announced. */
export type Announce = 'polite' | 'assertive' | 'off';

/**
 * Interrupt (`role="alert"`) only when the owner must act and nothing fixes itself: reconnect,
 * contact support, a manual retry (close the door, then try again). Automatic retries and
 * information are polite (`role="status"`).
 */
export function announceFor(next: VehicleErrorResolutionState): Announce {
  if (next.kind === 'reauthenticate' || next.kind === 'contactSupport') return 'assertive';
  if (next.kind === 'retry' && !next.resolution.automatic) return 'assertive';
  return 'polite';
}

/** The live-region role for an announcement setting. */
export function liveRole(announce: Announce): 'alert' | 'status' | undefined {
  return announce === 'assertive' ? 'alert' : announce === 'polite' ? 'status' : undefined;
}

/** Joins class names, skipping empty ones. */
export function classNames(...names: Array<string | undefined | false>): string {
  return names.filter(Boolean).join(' ');
}

/** Heading levels a message title may use under the app's own headings. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
