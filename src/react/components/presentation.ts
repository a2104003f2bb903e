import type { ResolutionKind } from '../../core/types.js';
import type { NextStep } from '../hooks/resolution-types.js';

/** How a newly shown message is announced. */
export type Announce = 'polite' | 'assertive' | 'off';

/** Heading levels a message title may use under the app's own headings. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The root's `data-kind`, `data-tone` and `data-state`. */
export interface Look {
  kind: ResolutionKind;
  tone: string;
  state: string;
}

/** "Your car is connected again": a RESOLVED webhook event. */
export const resolvedLook: Look = { kind: 'none', tone: 'success', state: 'resolved' };

/**
 * The `data-kind`, `data-tone` and `data-state` of a message. Tone: the owner must act → critical;
 * waiting or retrying helps → warning; the title says the same in words. State: the retry phase.
 */
export function presentationOf({ kind, retry: { phase } }: Pick<NextStep, 'kind'> & { retry: Pick<NextStep['retry'], 'phase'> }): Look {
  const tone = kind === 'retry' ? (phase === 'succeeded' ? 'success' : 'warning') : kind === 'none' ? 'info' : 'critical';
  return { kind, tone, state: phase };
}

/**
 * The live-region role of a message. By default, interrupt (`role="alert"`) only when the owner
 * must act and nothing fixes itself: reconnect, contact support, a manual retry (close the door,
 * then try again). Automatic retries, information and the resolved notice (no `next`) are polite
 * (`role="status"`); `off` has no live role.
 */
export function liveRole(announce: Announce | undefined, next: NextStep | undefined): 'alert' | 'status' | undefined {
  const polite = !next || next.kind === 'none' || next.resolution.automatic;
  if (announce === 'off') return undefined;
  return announce === 'assertive' || (!announce && !polite) ? 'alert' : 'status';
}

/** The root's class list: ours, then the app's. */
export function rootClassName(className: string | undefined): string {
  return className ? `vehicle-error ${className}` : 'vehicle-error';
}
