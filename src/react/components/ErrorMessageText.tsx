import { createContext, useContext, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import type { VehicleErrorMessage } from '../hooks/use-vehicle-error-message.js';

/** Where the re-connect words lead: a safe URL of the app's (or the payload's), and the report. */
export interface ReconnectLinkTarget {
  href: string;
  act: (() => void) | undefined;
}

const LockedLinkContext = createContext<ReconnectLinkTarget | undefined>(undefined);

/**
 * The `<reconnectLink>` of a translation. It takes its href from the app's configuration through
 * context (it only renders inside `linkedMessage`'s provider) and ignores every prop, so
 * attributes written into a translation (`href="javascript:…"`) have no effect.
 */
function ReconnectLink({ children }: { children?: ReactNode }) {
  const link = useContext(LockedLinkContext);
  return (
    <a href={link?.href} onClick={link?.act}>
      {children}
    </a>
  );
}

const transComponents = { reconnectLink: <ReconnectLink /> };

/**
 * A message whose re-connect words are the link to `target` (only for `text.richText`). The
 * reconnect prompt uses it as its one control; the banner and modal show `text.message` beside
 * their Reconnect control instead, so no action is offered twice.
 *
 * @example message: linkedMessage(text, { href: '/connect', act: report })
 */
export function linkedMessage(text: VehicleErrorMessage, target: ReconnectLinkTarget): ReactNode {
  return (
    <LockedLinkContext.Provider value={target}>
      <Trans i18n={text.i18n} t={text.t} i18nKey={text.messageKey} values={text.values} components={transComponents} />
    </LockedLinkContext.Provider>
  );
}
