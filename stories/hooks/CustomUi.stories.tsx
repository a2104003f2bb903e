import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { useVehicleErrorMessage, useVehicleErrorResolution } from '../../src/index.js';
import { authenticationExpired, doorOpen, validationFailed } from '../support/payloads.js';

interface CustomNoticeProps {
  error: unknown;
  onRetry?: () => Promise<void>;
}

/**
 * An app's own design built from the hooks alone: the texts come from the library (translated, in
 * the locale chosen in the toolbar), the control from `resolution.kind`, nothing is hard-coded.
 */
function CustomNotice({ error, onRetry }: CustomNoticeProps) {
  const { title, message, dir, lng, t } = useVehicleErrorMessage(error);
  const next = useVehicleErrorResolution(error, { onRetry });
  return (
    <aside aria-label={title} dir={dir} lang={lng} style={{ border: '1px solid #555', borderRadius: 8, padding: 16, maxWidth: 420 }}>
      <p style={{ margin: 0, fontWeight: 700 }}>{title}</p>
      <p>{message}</p>
      {next.available && next.kind === 'retry' ? (
        <button type="button" onClick={next.retryNow} disabled={next.inFlight}>
          {t('ui.tryAgain')}
        </button>
      ) : null}
      {next.available && next.kind === 'reauthenticate' ? (
        next.href ? <a href={next.href} style={{ color: 'inherit' }}>{t('ui.reconnect')}</a> : <button type="button" onClick={next.reauthenticate}>{t('ui.reconnect')}</button>
      ) : null}
      {next.available && next.kind === 'contactSupport' ? (
        next.href ? <a href={next.href} style={{ color: 'inherit' }}>{t('ui.contactSupport')}</a> : <button type="button" onClick={next.contactSupport}>{t('ui.contactSupport')}</button>
      ) : null}
    </aside>
  );
}

/**
 * `useVehicleErrorMessage` and `useVehicleErrorResolution` give a custom UI everything the
 * built-in components use: the title and message, and what the next step is and how to take it.
 */
const meta = {
  title: 'Hooks/Custom UI',
  component: CustomNotice,
  args: { error: doorOpen, onRetry: fn(async () => undefined) },
  argTypes: { error: { control: 'object' } },
} satisfies Meta<typeof CustomNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A manual retry: close the door, then Try again. */
export const Retry: Story = {};

/** Re-connect the car. */
export const Reauthenticate: Story = { args: { error: authenticationExpired } };

/** Contact support. */
export const ContactSupport: Story = { args: { error: validationFailed } };
