import { createElement, useId, type ReactNode } from 'react';
import type { FrameProps } from './frame-props.js';
import { rootClassName, liveRole, type Announce } from './presentation.js';

interface MessageFrameProps extends Omit<FrameProps, 'onDismiss' | 'announce'> {
  kind: string;
  tone: string;
  state: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  announce: Announce;
  title: ReactNode;
  message: ReactNode;
  /** Below the announced part: more-issues count, reference, retry status. */
  details?: ReactNode;
  /** The controls, in order; when none is given, no actions row is rendered. */
  actions: ReactNode[];
}

/**
 * The markup the banner, the reconnect prompt and the resolved notice share: a region named by
 * its heading, the title and message inside one live region (when announced), then details and
 * actions outside it, so a retry status or countdown never re-announces the whole message.
 */
export function MessageFrame(props: MessageFrameProps) {
  const { kind, tone, state, dir, lang, announce, title, message, details, actions, headingLevel = 2, className, ...section } = props;
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...section} className={rootClassName(className)} aria-labelledby={titleId} data-kind={kind} data-tone={tone} data-state={state} dir={dir} lang={lang}>
      <div className="vehicle-error__content">
        <div role={liveRole(announce)}>
          <Heading id={titleId} className="vehicle-error__title">
            {title}
          </Heading>
          <p className="vehicle-error__message">{message}</p>
        </div>
        {details}
      </div>
      {/* Spread as separate children: a fixed set of controls, not a list that needs keys. */}
      {actions.some(Boolean) ? createElement('div', { className: 'vehicle-error__actions' }, ...actions) : null}
    </section>
  );
}
