import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { VehicleErrorBanner } from '../../src/index.js';
import { asleepRetryLater, authenticationExpired, doorOpen, fullyCharged, validationFailed } from '../support/payloads.js';

/**
 * The banner in each resolution kind: Try again, an automatic retry with its countdown,
 * Reconnect, Contact support, and nothing to do. States and inputs are under Features.
 */
const meta = {
  title: 'Components/VehicleErrorBanner',
  component: VehicleErrorBanner,
  args: { error: doorOpen, onRetry: fn(), onDismiss: undefined },
  argTypes: {
    error: { control: 'object', description: 'Anything the app received: API body, SDK error, Connect redirect, webhook event' },
  },
} satisfies Meta<typeof VehicleErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A door is open: the owner closes it and presses Try again. */
export const Default: Story = {};

/** The car is asleep and the server asked to wait: the banner counts down to its own next attempt. */
export const WaitingToRetry: Story = {
  args: { error: asleepRetryLater, onRetry: fn(() => new Promise<void>(() => undefined)) },
};

/** The connection to the car expired: Reconnect goes to the app's Connect flow. */
export const Reconnect: Story = {
  args: { error: authenticationExpired },
};

/** Something the owner cannot fix: Contact support, with the reference support will ask for. */
export const ContactSupport: Story = {
  args: { error: validationFailed },
};

/** Nothing to do (the battery is already full): just the message, no button. */
export const NothingToDo: Story = {
  args: { error: fullyCharged },
};
