import type { VehicleErrorResolutionState } from '../hooks/resolution-types.js';

/** How a newly shown message is announced. */
export type Announce = 'polite' | 'assertive' | 'off';

/** Heading levels a message title may use under the app's own headings. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The root's `data-kind`, `data-tone` and `data-state`. */
export interface Look {
  kind: string;
  tone: string;
  state: string;
}

/** "Your car is connected again": a RESOLVED webhook event. */
export const resolvedLook: Look = { kind: 'none', tone: 'success', state: 'resolved' };

/**
 * The `data-kind`, `data-tone` and `data-state` of a message. Tone: the owner must act → critical;
 * waiting or retrying helps → warning; the title says the same in words. State: the retry phase.
 */
export function presentationOf(next: VehicleErrorResolutionState): Look {
  const { kind } = next;
  if (kind === 'retry') return { kind, tone: next.succeeded ? 'success' : 'warning', state: next.phase };
  return { kind, tone: kind === 'none' ? 'info' : 'critical', state: 'idle' };
}

/**
 * Interrupt (`role="alert"`) only when the owner must act and nothing fixes itself: reconnect,
 * contact support, a manual retry (close the door, then try again). Automatic retries and
 * information are polite (`role="status"`).
 */
export function announceFor(next: VehicleErrorResolutionState): Announce {
  return next.kind === 'none' || next.resolution.automatic ? 'polite' : 'assertive';
}

/** The live-region role for an announcement setting. */
export function liveRole(announce: Announce): 'alert' | 'status' | undefined {
  return announce === 'assertive' ? 'alert' : announce === 'polite' ? 'status' : undefined;
}

/** The root's class list: ours, then the app's. */
export function rootClassName(className: string | undefined): string {
  return className ? `vehicle-error ${className}` : 'vehicle-error';
}
