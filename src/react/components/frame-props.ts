import type { ComponentPropsWithoutRef, RefObject } from 'react';
import type { Announce, HeadingLevel } from './presentation.js';

/** What the banner, the reconnect prompt and the resolved notice share: their frame. */
export interface FrameProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children' | 'title' | 'role' | 'aria-labelledby'> {
  /**
   * Shows a Dismiss button; the app removes the message. Focus then goes to `focusAfterDismiss`,
   * else to what Tab would have reached next, else to the message's container.
   *
   * @example onDismiss={() => setError(null)}
   */
  onDismiss?: () => void;
  /**
   * Where focus goes after Dismiss removed the message, when the next element in the page is not
   * the right place (the button that started the action, say).
   *
   * @example focusAfterDismiss={unlockButtonRef}
   */
  focusAfterDismiss?: RefObject<HTMLElement | null>;
  /**
   * What the message is about (the car, the operation), when a page shows several: the region is
   * then named "label, title" ("Model 3 Connection expired") instead of its title alone, so
   * screen reader users can tell the messages apart in the list of landmarks.
   *
   * @example label={vehicle.nickname}
   */
  label?: string;
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
