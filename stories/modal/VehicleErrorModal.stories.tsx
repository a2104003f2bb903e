import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import { VehicleErrorModal } from '../../src/index.js';
import { asleepRetryLater, authenticationExpired, doorOpen, validationFailed, webhookResolved } from '../support/payloads.js';

/**
 * The modal for errors that block the owner. Open by default so its content is visible and
 * tested; `OpenedFromAButton` shows the whole flow: open, act or Escape, focus back where it was.
 * In docs pages each story renders in its own frame, so an open dialog does not cover the page.
 */
const meta = {
  title: 'Components/VehicleErrorModal',
  component: VehicleErrorModal,
  args: { open: true, onOpenChange: fn(), error: authenticationExpired, onRetry: fn() },
  argTypes: { error: { control: 'object' } },
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
} satisfies Meta<typeof VehicleErrorModal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The connection expired: Reconnect is focused when the dialog opens. */
export const Default: Story = {};

/** Close the door, then Try again. */
export const TryAgain: Story = {
  args: { error: doorOpen, action: 'unlock' },
};

/** The car is asleep; the dialog counts down to its own next attempt. */
export const WaitingToRetry: Story = {
  args: { error: asleepRetryLater, onRetry: fn(() => new Promise<void>(() => undefined)) },
};

/** Contact support, with the request id to quote. */
export const ContactSupport: Story = {
  args: { error: validationFailed },
};

/** A RESOLVED webhook event: the car is connected again; only Close. */
export const Resolved: Story = {
  args: { error: webhookResolved },
};

type ScreenArgs = Parameters<NonNullable<Story['render']>>[0];

/** An Unlock button that opens the dialog, as an app does when the action fails. */
function UnlockButtonAndModal({ open: initiallyOpen, onOpenChange, ...args }: ScreenArgs) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <button type="button" lang="en" onClick={() => setOpen(true)}>
        Unlock car
      </button>
      <VehicleErrorModal
        {...args}
        open={open}
        onOpenChange={(next) => {
          onOpenChange(next);
          setOpen(next);
        }}
      />
    </>
  );
}

/**
 * The app opens the dialog when an action fails. Escape, Close or a click outside closes it, and
 * focus goes back to the button the owner used, so they can carry on from there.
 */
export const OpenedFromAButton: Story = {
  args: { open: false },
  render: (args) => <UnlockButtonAndModal {...args} />,
  parameters: { docs: { story: { inline: true } } },
};

/**
 * A page long enough to scroll. While the dialog is open the page behind it stays still and
 * does not move sideways when its scrollbar goes: the scrollbar's gutter is kept.
 */
export const OnALongPage: Story = {
  args: { open: false },
  render: (args) => (
    <article aria-labelledby="trips-title" lang="en">
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: '1rem' }}>
        <h2 id="trips-title">Trips</h2>
        <UnlockButtonAndModal {...args} />
      </div>
      <ol>
        {Array.from({ length: 60 }, (_, index) => (
          <li key={index}>Home to work, {12 + (index % 5)} km</li>
        ))}
      </ol>
    </article>
  ),
};
