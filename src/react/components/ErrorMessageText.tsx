import { createContext, useContext, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { useVehicleErrorConfig } from '../config/context.js';
import { reauthenticateTarget } from '../hooks/action-targets.js';
import { resolutionOf } from '../hooks/error-cache.js';
import type { VehicleErrorMessage } from '../hooks/use-vehicle-error-message.js';

interface LockedLink {
  href: string;
  onClick?: () => void;
}

const LockedLinkContext = createContext<LockedLink | undefined>(undefined);

/**
 * The `<reconnectLink>` of a translation. It takes its href from the app's configuration through
 * context and ignores every prop, so attributes written into a translation (`href="javascript:…"`)
 * have no effect.
 */
function ReconnectLink({ children }: { children?: ReactNode }) {
  const link = useContext(LockedLinkContext);
  if (!link) return <>{children}</>;
  return (
    <a href={link.href} onClick={link.onClick}>
      {children}
    </a>
  );
}

const transComponents = { reconnectLink: <ReconnectLink /> };

/** The message with its re-connect link, when the URL is safe; otherwise the plain-text message. */
function RichMessage({ text, onReconnect }: { text: VehicleErrorMessage; onReconnect: (() => void) | undefined }) {
  const config = useVehicleErrorConfig();
  const { href } = reauthenticateTarget(config, text.error, resolutionOf(text.error));
  if (href === undefined) return <>{text.message}</>;
  return (
    <LockedLinkContext.Provider value={{ href, ...(onReconnect ? { onClick: onReconnect } : {}) }}>
      <Trans i18n={text.i18n} t={text.t} i18nKey={text.messageKey} values={text.values} components={transComponents} />
    </LockedLinkContext.Provider>
  );
}

/**
 * A message's content: its re-connect words as a link to the app's reconnect URL when the message
 * has them, else plain text (with no component of its own, the common case costs nothing).
 */
export function messageContent(text: VehicleErrorMessage, onReconnect?: () => void): ReactNode {
  return text.richText ? <RichMessage text={text} onReconnect={onReconnect} /> : text.message;
}
