import { createContext, useContext, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import type { VehicleErrorConfig } from '../config/context.js';
import { actionTarget } from '../hooks/action-targets.js';
import type { VehicleErrorMessage } from '../hooks/use-vehicle-error-message.js';

interface LockedLink {
  href: string;
  onClick: (() => void) | undefined;
}

const LockedLinkContext = createContext<LockedLink | undefined>(undefined);

/**
 * The `<reconnectLink>` of a translation. It takes its href from the app's configuration through
 * context (it only renders inside `messageContent`'s provider) and ignores every prop, so
 * attributes written into a translation (`href="javascript:…"`) have no effect.
 */
function ReconnectLink({ children }: { children?: ReactNode }) {
  const link = useContext(LockedLinkContext);
  return (
    <a href={link?.href} onClick={link?.onClick}>
      {children}
    </a>
  );
}

const transComponents = { reconnectLink: <ReconnectLink /> };

/**
 * A message's content: its re-connect words as a link to the app's reconnect URL (when the message
 * has them and the URL is safe), else plain text. No component of its own: nothing extra per banner.
 *
 * @example message: messageContent(text, config, next.act)
 */
export function messageContent(text: VehicleErrorMessage, config: VehicleErrorConfig, onReconnect?: () => void): ReactNode {
  const href = text.richText ? actionTarget(config, text.error, 'reauthenticate').href : undefined;
  if (href === undefined) return text.message;
  return (
    <LockedLinkContext.Provider value={{ href, onClick: onReconnect }}>
      <Trans i18n={text.i18n} t={text.t} i18nKey={text.messageKey} values={text.values} components={transComponents} />
    </LockedLinkContext.Provider>
  );
}
