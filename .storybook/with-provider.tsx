import type { Decorator } from '@storybook/react-vite';
import { action } from 'storybook/actions';
import { useState } from 'react';
import { createVehicleErrorRetryStore, VehicleErrorProvider, type VehicleErrorProviderProps } from '../src/index.js';

/** How a story's app offers an action: a link (`true`, the default), a handler, or not at all. */
type ActionSetting = boolean | 'handler';

/**
 * Per-story provider settings, as `parameters.vehicleErrorProvider`:
 * - `none: true` renders the story with no provider at all (English, neutral wording, no actions);
 * - `reconnect` / `support`: `false` leaves the action unconfigured (no dead buttons), `'handler'`
 *   configures a callback (logged in the Actions panel) instead of a URL.
 *
 * @example
 * export const SupportNotConfigured = { parameters: { vehicleErrorProvider: { support: false } } };
 */
export interface ProviderParameters {
  none?: boolean;
  reconnect?: ActionSetting;
  support?: ActionSetting;
}

/** Where the stories' example app sends owners; shown as links, never fetched. */
const CONNECT_URL = '/connect';
const SUPPORT_URL = 'mailto:help@chargely.example';

function reconnectProps(setting: ActionSetting = true) {
  if (setting === 'handler') return { onReauthenticate: action('onReauthenticate') };
  return setting ? { connectUrl: CONNECT_URL } : {};
}

function supportProps(setting: ActionSetting = true) {
  if (setting === 'handler') return { onContactSupport: action('onContactSupport') };
  return setting ? { supportUrl: SUPPORT_URL } : {};
}

/**
 * The provider with a retry store of its own: retry state belongs to the problem, and stories of
 * one problem must not carry attempts over to each other (a new story mounts a new one).
 */
function StoryProvider(props: VehicleErrorProviderProps) {
  const [retryStore] = useState(createVehicleErrorRetryStore);
  return <VehicleErrorProvider {...props} retryStore={retryStore} />;
}

/**
 * Wraps every story in `VehicleErrorProvider` with the toolbar's locale and the `appName`
 * control, the way an app would. `appName` is taken out of the component's own props.
 */
export const withVehicleErrorProvider: Decorator = (Story, context) => {
  const { appName, ...args } = context.args;
  const settings = (context.parameters.vehicleErrorProvider ?? {}) as ProviderParameters;
  if (settings.none) return <Story args={args} />;
  const lng = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  return (
    <StoryProvider
      key={context.id}
      appName={typeof appName === 'string' ? appName : ''}
      lng={lng}
      {...reconnectProps(settings.reconnect)}
      {...supportProps(settings.support)}
    >
      <Story args={args} />
    </StoryProvider>
  );
};
