import { act, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Trans } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { vehicleErrorCatalog } from '../../src/core/catalog.js';
import type { CatalogEntry, ResolutionKind, VehicleErrorProviderProps } from '../../src/index.js';
import {
  formatVehicleErrorMessage,
  ReconnectPrompt,
  useVehicleErrorMessage,
  VehicleErrorBanner,
  VehicleErrorModal,
  VehicleErrorProvider,
} from '../../src/index.js';
import { sharedVehicleErrorI18n } from '../../src/i18n/instance.js';
import { loadVehicleErrorLocale, vehicleErrorLocales } from '../../src/i18n/locale-loaders.js';
import { VEHICLE_ERRORS_NS } from '../../src/i18n/resources.js';

/**
 * One way to each action, in every shipped language: the banner and the modal show the message as
 * plain text beside their one control; the reconnect prompt's one control is its message's own
 * re-connect words when they can be a link, else its Reconnect button. Dismiss and Close are the
 * only other controls.
 */

const CONNECT = 'https://connect.example/start';
const SUPPORT = 'mailto:help@chargely.example';
const noop = () => undefined;

/** The app links both steps, or handles both itself. */
const setups = {
  links: { appName: 'Chargely', connectUrl: CONNECT, supportUrl: SUPPORT },
  handlers: { appName: 'Chargely', onReauthenticate: noop, onContactSupport: noop },
} satisfies Record<string, VehicleErrorProviderProps>;
type Setup = keyof typeof setups;

beforeAll(async () => {
  for (const lng of vehicleErrorLocales) {
    await loadVehicleErrorLocale(lng);
    // The provider adds each language to its instance once, asynchronously: let that settle here.
    await act(async () => {
      render(<VehicleErrorProvider appName="Chargely" lng={lng} />).unmount();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
});

function uiLabels(lng: string) {
  const t = sharedVehicleErrorI18n().getFixedT(lng, VEHICLE_ERRORS_NS);
  const label = (key: string) => String(t(`ui.${key}`));
  return {
    step: { retry: label('tryAgain'), reauthenticate: label('reconnect'), contactSupport: label('contactSupport') } as Record<ResolutionKind, string>,
    dismiss: label('dismiss'),
    close: label('close'),
  };
}

/** The input an app would hand over for a catalog row: an API body, or a Connect redirect. */
function payloadFor({ type, code }: CatalogEntry): unknown {
  if (type === 'CONNECT') return `https://app.example/callback?error=${code ?? 'unknown_connect_error'}`;
  return { type, code, statusCode: 400, requestId: 'req-1', resolution: { type: null } };
}

/** Every link and button, by role, with its accessible name. */
function controls(root: HTMLElement): { role: string; name: string; href: string | null }[] {
  return (['link', 'button'] as const).flatMap((role) =>
    within(root)
      .queryAllByRole(role)
      .map((element) => ({ role, name: element.textContent ?? '', href: element.getAttribute('href') })),
  );
}

function renderIn(lng: string, setup: Setup, ui: ReactElement) {
  return render(
    <VehicleErrorProvider {...setups[setup]} lng={lng}>
      {ui}
    </VehicleErrorProvider>,
  );
}

/** What the one control of a step looks like: a link with the app's URL, or a button for its handler. */
function expectedStep(kind: ResolutionKind, setup: Setup, name: string) {
  if (kind === 'none') return [];
  const href = kind === 'reauthenticate' ? CONNECT : kind === 'contactSupport' ? SUPPORT : null;
  return [{ role: setup === 'links' && href ? 'link' : 'button', name, href: setup === 'links' ? href : null }];
}

const oneRowPerKind = (['retry', 'reauthenticate', 'contactSupport', 'none'] as const).map((kind) => {
  const row = vehicleErrorCatalog.find((entry) => entry.resolution === kind && entry.type !== 'CONNECT' && !entry.transient);
  if (!row) throw new Error(`no catalog row for ${kind}`);
  return row;
});
// A request the app cancelled itself shows nothing at all (test/react/network-errors.test.tsx).
const shownRows = vehicleErrorCatalog.filter((entry) => !(entry.type === 'NETWORK' && entry.code === 'ABORTED'));
const reconnectRows = vehicleErrorCatalog.filter((entry) => entry.resolution === 'reauthenticate');

describe.each(vehicleErrorLocales)('in %s', (lng) => {
  // Read once the locales have loaded (describe bodies run before beforeAll).
  let labels: ReturnType<typeof uiLabels>;
  beforeAll(() => {
    labels = uiLabels(lng);
  });

  // Every row where links could double up (the message's words and the control); handlers by kind.
  it.each([
    ['links', shownRows],
    ['handlers', oneRowPerKind],
  ] as const)('the banner offers one control per step (%s)', (setup, rows) => {
    for (const entry of rows) {
      const { unmount } = renderIn(lng, setup, <VehicleErrorBanner error={payloadFor(entry)} onRetry={noop} retryPolicy={{ maxAttempts: 0 }} onDismiss={noop} />);
      const where = `${entry.type}.${entry.code ?? 'default'}`;
      expect(controls(screen.getByRole('region')), where).toEqual([
        ...expectedStep(entry.resolution, setup, labels.step[entry.resolution]),
        { role: 'button', name: labels.dismiss, href: null },
      ]);
      unmount();
    }
  });

  it.each(['links', 'handlers'] as const)('the modal offers one control per step, beside Close (%s)', (setup) => {
    for (const entry of oneRowPerKind) {
      const { unmount } = renderIn(lng, setup, <VehicleErrorModal open onOpenChange={noop} error={payloadFor(entry)} onRetry={noop} />);
      expect(controls(screen.getByRole('dialog')), entry.resolution).toEqual([
        ...expectedStep(entry.resolution, setup, labels.step[entry.resolution]),
        { role: 'button', name: labels.close, href: null },
      ]);
      unmount();
    }
  });

  it('the reconnect prompt links its own re-connect words, and offers no second control', () => {
    for (const entry of reconnectRows) {
      const { unmount } = renderIn(lng, 'links', <ReconnectPrompt error={payloadFor(entry)} onDismiss={noop} />);
      const region = screen.getByRole('region');
      const [link, ...others] = controls(region);
      const where = `${entry.type}.${entry.code ?? 'default'}`;
      expect(others, where).toEqual([{ role: 'button', name: labels.dismiss, href: null }]);
      // The link is words of the sentence, not the Reconnect label.
      expect(link, where).toMatchObject({ role: 'link', href: CONNECT });
      expect(link?.name, where).not.toBe(labels.step.reauthenticate);
      expect(region.querySelector('.vehicle-error__message a')?.textContent, where).toBe(link?.name);
      unmount();
    }
  });

  it('the reconnect prompt offers its Reconnect button when the app reconnects by handler', () => {
    for (const entry of reconnectRows) {
      const { unmount } = renderIn(lng, 'handlers', <ReconnectPrompt error={payloadFor(entry)} />);
      expect(controls(screen.getByRole('region')), `${entry.type}.${entry.code ?? 'default'}`).toEqual([
        { role: 'button', name: labels.step.reauthenticate, href: null },
      ]);
      unmount();
    }
  });

  it('keeps <reconnectLink> for apps that render the text themselves', () => {
    function OwnNotice({ error }: { error: unknown }) {
      const text = useVehicleErrorMessage(error);
      if (!text.richText) return <p>{text.message}</p>;
      return (
        <p>
          <Trans i18n={text.i18n} t={text.t} i18nKey={text.messageKey} values={text.values} components={{ reconnectLink: <a href="/own-connect" /> }} />
        </p>
      );
    }
    renderIn(lng, 'links', <OwnNotice error={{ type: 'AUTHENTICATION', code: null, statusCode: 401 }} />);
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('/own-connect');
    const { message } = formatVehicleErrorMessage({ type: 'AUTHENTICATION', code: null }, { appName: 'Chargely', lng });
    expect(message).toContain(link.textContent);
    expect(message).not.toMatch(/<\/?reconnectLink>/);
  });
});
