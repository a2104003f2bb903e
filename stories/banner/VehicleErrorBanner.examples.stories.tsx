import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { fn } from 'storybook/test';
import { useVehicleErrorState, VehicleErrorBanner } from '../../src/index.js';
import { authenticationExpired, doorOpen, webhookResolved, webhookSeveralErrors } from '../support/payloads.js';

/**
 * The banner inside small pieces of a real app: a remote-lock screen, and a vehicle page fed by
 * webhook events. The app's own words are English (`lang="en"`); the library's follow the locale.
 */
const meta = {
  title: 'Components/VehicleErrorBanner/Examples',
  component: VehicleErrorBanner,
  args: { error: doorOpen, action: 'lock', onRetry: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof VehicleErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The owner pressed Lock and a door was open. They close it and press Try again (or Tab to it
 * and press Enter); the app locks the car, clears its error, and the banner says it worked.
 */
export const LockWithDoorOpen: Story = {
  render: function LockScreen({ onRetry, error: initial, ...args }) {
    const [locked, setLocked] = useState(false);
    const [error, setError] = useState<unknown>(initial);
    return (
      <article aria-labelledby="lock-title">
        <h1 id="lock-title" lang="en">
          Model 3
        </h1>
        <p lang="en" role="status">
          {locked ? 'Locked. Your car is secure.' : 'Unlocked'}
        </p>
        <VehicleErrorBanner
          {...args}
          error={error}
          onRetry={async () => {
            await onRetry?.();
            setLocked(true);
            setError(null);
          }}
        />
      </article>
    );
  },
};

/** A vehicle page fed by webhook events: several errors arrive, then one by one they resolve. */
export const LiveWebhookFeed: Story = {
  args: { error: undefined, action: undefined },
  render: function WebhookFeed(args) {
    const { errors, resolved, apply, acknowledgeResolved } = useVehicleErrorState();
    const [step, setStep] = useState(0);
    useEffect(() => apply(webhookSeveralErrors), [apply]);
    const next = () => {
      // The UNREACHABLE error cleared earlier; the rest clear one event at a time.
      const pending = errors[0];
      if (!pending) return;
      apply({ ...webhookResolved, eventId: `resolved-${step}`, data: { ...webhookResolved.data, errors: [{ ...pending, state: 'RESOLVED' }] } });
      setStep(step + 1);
    };
    return (
      <article aria-labelledby="feed-title">
        <h1 id="feed-title" lang="en">
          Tesla Model 3 (2020)
        </h1>
        {errors.length > 0 ? (
          <VehicleErrorBanner {...args} error={errors} />
        ) : (
          <VehicleErrorBanner {...args} error={resolved} onDismiss={acknowledgeResolved} />
        )}
        <button type="button" onClick={next} disabled={errors.length === 0} lang="en">
          Receive the next RESOLVED event
        </button>
      </article>
    );
  },
};

/**
 * A fleet page: the same problem for several cars. Each banner is labelled with its car, so
 * screen reader users can tell the regions apart ("Model 3 Connection expired"). Dismiss removes
 * one, and focus moves on to what follows it: the next car's Reconnect.
 */
export const SeveralCars: Story = {
  args: { error: authenticationExpired, action: undefined, onRetry: undefined },
  render: function Fleet(args) {
    const [dismissed, setDismissed] = useState<string[]>([]);
    return (
      <ul aria-label="Your cars" lang="en" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {['Model 3', 'Model Y', 'Ioniq 5'].map((car) => (
          <li key={car}>
            <h2>{car}</h2>
            {dismissed.includes(car) ? null : (
              <VehicleErrorBanner {...args} label={car} headingLevel={3} onDismiss={() => setDismissed([...dismissed, car])} />
            )}
          </li>
        ))}
      </ul>
    );
  },
};
