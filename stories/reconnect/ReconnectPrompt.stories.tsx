import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ReconnectPrompt } from '../../src/index.js';
import { authenticationExpired, connectAccessDenied } from '../support/payloads.js';

/**
 * The re-connect step on its own, with one control: the message's re-connect words as a link (the
 * href comes from the app's `connectUrl`, never from a translation), or a Reconnect button when
 * the app reconnects through a handler.
 */
const meta = {
  title: 'Components/ReconnectPrompt',
  component: ReconnectPrompt,
  args: {},
  argTypes: { error: { control: 'object' } },
} satisfies Meta<typeof ReconnectPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No error given: the connection to the car expired. */
export const Default: Story = {};

/** After an API error that asks to re-authenticate. */
export const FromAnApiError: Story = {
  args: { error: authenticationExpired, action: 'read_odometer' },
};

/** On the app's Connect callback page, after the owner declined permissions. */
export const FromAConnectRedirect: Story = {
  args: { error: connectAccessDenied },
};

/** Reconnect through the app's handler (a button) rather than a link. */
export const WithHandler: Story = {
  parameters: { vehicleErrorProvider: { reconnect: 'handler' } },
};

/** With Dismiss. */
export const WithDismiss: Story = {
  args: { onDismiss: fn() },
};

/** The app configured no way to reconnect: the message alone, as plain text, no dead button. */
export const NotConfigured: Story = {
  parameters: { vehicleErrorProvider: { reconnect: false } },
};
