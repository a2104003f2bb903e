import type { ReactNode, Ref } from 'react';
import type { NextStep } from '../hooks/resolution-types.js';
import type { UiText } from '../i18n/ui-text.js';
import { actionControl } from './action-control.js';
import type { FrameProps } from './frame-props.js';
import { messageDetails } from './message-details.js';
import { liveRole, presentationOf, resolvedLook, rootClassName, type Announce } from './presentation.js';

/** What goes into a frame, besides the app's own section attributes. */
export interface FrameContent {
  /** The heading's id, from the component's `useId`: the section is named by its heading. */
  titleId: string;
  /** The next step, for its control, retry status and look; absent in the resolved notice. */
  next: NextStep | undefined;
  /** How many other active errors the input holds. */
  more: number;
  /** Where the text's `dir` and `lng` come from: the message, or the config for our own words. */
  language: { dir: 'ltr' | 'rtl'; lng: string };
  /** The app's choice; by default the step's (`liveRole`). */
  announce: Announce | undefined;
  title: ReactNode;
  message: ReactNode;
  /** Dismiss, when the app gave `onDismiss`. */
  dismiss: ReactNode;
  /** Told when the section is attached (the `shown` report). */
  shownRef: Ref<HTMLElement> | undefined;
  ui: UiText;
}

/**
 * The markup the banner and the reconnect prompt share: a region named by its heading (after the
 * app's `label`, when given), the title
 * and message inside one live region (when announced), then details and controls outside it, so a
 * retry status or countdown never re-announces the whole message. The live region is also the text
 * column of the root's flex layout, and the details are laid out below the controls (styles.css):
 * no wrapper element of its own. A plain function, not a component: a page of banners pays for no
 * extra component per banner.
 *
 * @example return messageFrame(frame, { titleId, next, more, language: text, announce, title, message, dismiss, shownRef, ui });
 */
export function messageFrame(
  { headingLevel = 2, className, label, ...section }: Omit<FrameProps, 'onDismiss' | 'focusAfterDismiss' | 'announce'>,
  content: FrameContent,
) {
  const { titleId, next, more, language, announce, title, message, dismiss, shownRef, ui } = content;
  const { kind, tone, state } = next ? presentationOf(next) : resolvedLook;
  const control = next && actionControl(next, ui);
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...section}
      ref={shownRef}
      className={rootClassName(className)}
      aria-labelledby={label ? `${titleId}-label ${titleId}` : titleId}
      data-kind={kind}
      data-tone={tone}
      data-state={state}
      dir={language.dir}
      lang={language.lng}
    >
      {/* Named by the app's label, then the title; `hidden` text still names the region. */}
      {label ? (
        <span id={`${titleId}-label`} hidden>
          {label}
        </span>
      ) : null}
      <div className="vehicle-error__content" role={liveRole(announce, next)}>
        <Heading id={titleId} className="vehicle-error__title">
          {title}
        </Heading>
        <p className="vehicle-error__message">{message}</p>
      </div>
      {messageDetails(next, more, ui)}
      {/* With Dismiss, the controls share a row; a lone control needs no wrapper of its own. It
          depends on `onDismiss` only, so a control never moves (and loses focus) when another goes. */}
      {dismiss ? (
        <div className="vehicle-error__actions">
          {control}
          {dismiss}
        </div>
      ) : (
        control
      )}
    </section>
  );
}
