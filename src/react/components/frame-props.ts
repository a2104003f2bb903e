import type { ComponentPropsWithoutRef } from 'react';
import type { Announce, HeadingLevel } from './presentation.js';

/** What the banner, the reconnect prompt and the resolved notice share: their frame. */
export interface FrameProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title' | 'role'> {
  /**
   * Shows a Dismiss button; the app removes the message (and moves focus if it was inside).
   *
   * @example onDismiss={() => setError(null)}
   */
  onDismiss?: () => void;
  /**
   * Heading level of the title, to fit the page's outline. Default 2.
   *
   * @example headingLevel={3}
   */
  headingLevel?: HeadingLevel;
  /**
   * How the message is announced when it appears or changes. By default `assertive`
   * (`role="alert"`) only when the owner must act and nothing fixes itself, else `polite`
   * (`role="status"`); `off` for a message that is part of the page from the start.
   *
   * @example announce="off"
   */
  announce?: Announce;
}
