import type { ReactNode, Ref } from 'react';
import type { FrameProps } from './frame-props.js';
import { liveRole, rootClassName, type Announce, type Look } from './presentation.js';

/** What goes into a frame, besides the app's own section attributes. */
export interface FrameContent extends Look {
  /** The heading's id, from the component's `useId`: the section is named by its heading. */
  titleId: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  announce: Announce;
  title: ReactNode;
  message: ReactNode;
  /** Below the announced part: more-issues count, reference, retry status. */
  details?: ReactNode;
  /** The next-step control, when there is one. */
  control: ReactNode;
  /** Dismiss, when the app gave `onDismiss`. */
  dismiss: ReactNode;
  /** Told when the section is attached (the `shown` report). */
  shownRef: Ref<HTMLElement> | undefined;
}

/**
 * The markup the banner and the reconnect prompt share: a region named by its heading, the title
 * and message inside one live region (when announced), then details and controls outside it, so a
 * retry status or countdown never re-announces the whole message. The live region is also the text
 * column of the root's flex layout, and the details are laid out below the controls (styles.css):
 * no wrapper element of its own. A plain function, not a component: a page of banners pays for no
 * extra component per banner.
 *
 * @example return messageFrame(frame, { titleId, ...look, dir, lang, announce, title, message, control, dismiss });
 */
export function messageFrame({ headingLevel = 2, className, ...section }: Omit<FrameProps, 'onDismiss' | 'announce'>, content: FrameContent) {
  const { titleId, kind, tone, state, dir, lang, announce, title, message, details, control, dismiss, shownRef } = content;
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...section} ref={shownRef} className={rootClassName(className)} aria-labelledby={titleId} data-kind={kind} data-tone={tone} data-state={state} dir={dir} lang={lang}>
      <div className="vehicle-error__content" role={liveRole(announce)}>
        <Heading id={titleId} className="vehicle-error__title">
          {title}
        </Heading>
        <p className="vehicle-error__message">{message}</p>
      </div>
      {details}
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
