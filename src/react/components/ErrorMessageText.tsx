import { createContext, useContext, type ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { resolveVehicleError } from '../../core/resolve.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { reauthenticateTarget } from '../hooks/action-targets.js';
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

/**
 * A message with its re-connect words as a link to the app's reconnect URL, when the message has
 * one and the URL is safe; otherwise the plain-text message.
 */
export function ErrorMessageText({ text, onReconnect }: { text: VehicleErrorMessage; onReconnect?: () => void }) {
  const config = useVehicleErrorConfig();
  const href = text.richText ? reauthenticateTarget(config, text.error, resolveVehicleError(text.error)).href : undefined;
  if (href === undefined) return <>{text.message}</>;
  return (
    <LockedLinkContext.Provider value={{ href, ...(onReconnect ? { onClick: onReconnect } : {}) }}>
      <Trans i18n={text.i18n} t={text.t} i18nKey={text.messageKey} values={text.values} components={transComponents} />
    </LockedLinkContext.Provider>
  );
}
