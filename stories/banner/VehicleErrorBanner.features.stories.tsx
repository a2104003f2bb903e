import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn, userEvent, within } from 'storybook/test';
import { VehicleErrorBanner } from '../../src/index.js';
import {
  asleepRetryLater,
  authenticationExpired,
  batchTwoFailures,
  connectAccessDenied,
  connectVehicleIncompatible,
  doorOpen,
  garbage,
  upstreamNoResponse,
  v1UnknownCode,
  validationFailed,
  webhookResolved,
  webhookSeveralErrors,
} from '../support/payloads.js';
import { goOfflineWhileShown } from '../support/offline.js';
import { waitForState } from '../support/wait-for-state.js';

/**
 * Every state of the retry engine, every kind of input, and the banner's options. Stories that
 * reach a state by themselves (retrying, exhausted…) wait for it in `play`, so they are still
 * when axe and screenshots look; nothing here races a real timer.
 */
const meta = {
  title: 'Components/VehicleErrorBanner/Features',
  component: VehicleErrorBanner,
  args: { error: doorOpen, onRetry: fn() },
} satisfies Meta<typeof VehicleErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Never settles: the attempt stays in flight. */
const pending = () => new Promise<void>(() => undefined);
/** Fails at once, the way a refetch that hits the same error would. */
const failing = () => Promise.reject(new Error('Still asleep'));
/** Attempt immediately, so the story reaches its state within a few milliseconds. */
const immediately = { baseDelayMs: 0, maxDelayMs: 0 };

// ——— Retry states ———

/** An automatic attempt is in flight: the button stays focusable but does nothing meanwhile. */
export const Retrying: Story = {
  args: { error: upstreamNoResponse, onRetry: fn(pending), retryPolicy: { ...immediately, maxAttempts: 3 } },
  play: ({ canvasElement }) => waitForState(canvasElement, 'retrying'),
};

/** Automatic attempts are used up: the owner can still try again by hand. */
export const Exhausted: Story = {
  args: { error: upstreamNoResponse, onRetry: fn(failing), retryPolicy: { ...immediately, maxAttempts: 1 } },
  play: ({ canvasElement }) => waitForState(canvasElement, 'exhausted'),
};

/** The owner pressed Try again and it failed again. */
export const ManualRetryFailed: Story = {
  args: { onRetry: fn(failing) },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    await waitForState(canvasElement, 'failed');
  },
};

/** The owner pressed Try again and it worked: the app cleared its error, and the banner says so in its own words. */
export const ManualRetrySucceeded: Story = {
  args: { onRetry: fn(() => Promise.resolve()) },
  render: function ClearsItsError({ onRetry, error: initial, ...args }) {
    const [error, setError] = useState<unknown>(initial);
    return <VehicleErrorBanner {...args} error={error} onRetry={() => Promise.resolve(onRetry?.()).then(() => setError(null))} />;
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button'));
    await waitForState(canvasElement, 'succeeded');
  },
};

/** Offline: the countdown pauses and resumes when the browser is back online. */
export const PausedWhileOffline: Story = {
  args: { error: asleepRetryLater, onRetry: fn(pending) },
  beforeEach: goOfflineWhileShown,
  play: ({ canvasElement }) => waitForState(canvasElement, 'paused'),
};

/** Retrying is possible but the app gave no `onRetry`: the message shows without a dead button. */
export const RetryWithoutOnRetry: Story = {
  args: { onRetry: undefined },
};

// ——— Inputs ———

/** A webhook event with several errors: the most urgent one, and how many more there are. */
export const WebhookWithSeveralErrors: Story = {
  args: { error: webhookSeveralErrors },
};

/** A RESOLVED webhook event: the banner says once that the car is connected again. */
export const Resolved: Story = {
  args: { error: webhookResolved },
};

/** A batch response where two requests failed. */
export const BatchWithTwoFailures: Story = {
  args: { error: batchTwoFailures, retryPolicy: { maxAttempts: 0 } },
};

/** The Connect redirect after the owner declined permissions. */
export const ConnectAccessDenied: Story = {
  args: { error: connectAccessDenied },
};

/** Connect says the car cannot be connected, naming it. */
export const ConnectVehicleIncompatible: Story = {
  args: { error: connectVehicleIncompatible },
};

/** A v1 body whose code the catalog does not know: the type's message. */
export const UnknownCodeOfKnownType: Story = {
  args: { error: v1UnknownCode },
};

/** Not an API error at all: a kind, generic message and no crash. */
export const UnknownGarbageInput: Story = {
  args: { error: garbage },
};

// ——— The app's own failures ———

/** The app's request got no answer (Chrome's "Failed to fetch"): a message of its own and Try again. */
export const NetworkFailure: Story = {
  args: { error: new TypeError('Failed to fetch'), retryPolicy: { maxAttempts: 0 } },
};

/** The same while the browser is offline: the retry waits until the connection is back. */
export const NetworkFailureWhileOffline: Story = {
  args: { error: new TypeError('Failed to fetch'), onRetry: fn(pending) },
  beforeEach: goOfflineWhileShown,
  play: ({ canvasElement }) => waitForState(canvasElement, 'paused'),
};

/** `AbortSignal.timeout()` fired before the answer came. */
export const Timeout: Story = {
  args: { error: new DOMException('The operation timed out.', 'TimeoutError'), retryPolicy: { maxAttempts: 0 } },
};

/**
 * A fetch `Response` from a backend that answers 400 to every failure: the message for its status
 * at once, then the vehicle API's error from its body (read once, from a copy).
 */
export const FetchResponse: Story = {
  args: {
    error: new Response(JSON.stringify({ type: 'AUTHENTICATION', code: 'UNAUTHORIZED', statusCode: 401, resolution: { type: 'REAUTHENTICATE' } }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    }),
  },
  play: ({ canvasElement }) => waitForState(canvasElement, 'reauthenticate', 'kind'),
};

// ——— Options ———

/** `action` names what the owner was doing; the message says it in the owner's language. */
export const WithAction: Story = {
  args: { action: 'lock' },
};

/** `onDismiss` adds a Dismiss button. */
export const WithDismiss: Story = {
  args: { error: validationFailed, onDismiss: fn() },
};

/** No provider above the banner: English, neutral wording ("the app"), no reconnect or support. */
export const WithoutProvider: Story = {
  args: { error: authenticationExpired },
  parameters: { vehicleErrorProvider: { none: true } },
};

/** The app configured no reconnect URL or handler: the message alone, no dead button. */
export const ReconnectNotConfigured: Story = {
  args: { error: authenticationExpired },
  parameters: { vehicleErrorProvider: { reconnect: false } },
};

/** The app configured no support URL or handler: the reference still shows, no dead button. */
export const SupportNotConfigured: Story = {
  args: { error: validationFailed },
  parameters: { vehicleErrorProvider: { support: false } },
};

/** Reconnect and support by handler (a button) instead of a link. */
export const ActionsByHandler: Story = {
  args: { error: authenticationExpired },
  parameters: { vehicleErrorProvider: { reconnect: 'handler', support: 'handler' } },
};

/** A heading level that fits the page's outline, and no announcement (part of the page from the start). */
export const HeadingLevelAndQuietAnnouncement: Story = {
  args: { error: asleepRetryLater, onRetry: fn(pending), headingLevel: 3, announce: 'off' },
  render: (args) => (
    <section aria-labelledby="charging-title">
      <h2 id="charging-title" lang="en">
        Charging
      </h2>
      <VehicleErrorBanner {...args} />
    </section>
  ),
};
