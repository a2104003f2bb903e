import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { loadVehicleErrorLocale, PSEUDO_LOCALE } from '../../src/i18n/locale-loaders.js';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorModal } from '../../src/index.js';
import { webhookErrorEvent, webhookResolvedEvent } from '../fixtures/webhook-events.js';
import { fullConfig, payloads, renderInProvider } from '../react/helpers.js';
import { expectConsole } from '../setup.js';

// Text that comes from the app or the payload, not from a translation, may stay as it is.
const DATA = new Set(['Chargely', ...Object.values(payloads).map((payload) => payload.requestId)]);
const PSEUDO_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const never = () => new Promise<void>(() => undefined);
const nothing = () => undefined;

/** Every piece of text a person could read or hear: text nodes and accessible-name attributes. */
function readableTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
  }
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

/** A string no translation produced: no pseudo accents, and not app or payload data. */
function hardCoded(text: string): boolean {
  return !PSEUDO_LETTER.test(text) && !DATA.has(text) && /\p{L}/u.test(text);
}

const cases: Array<[string, ReactElement]> = [
  ['a banner that retries by itself, with a countdown and Dismiss', <VehicleErrorBanner key="a" error={payloads.asleep} action="lock" onRetry={never} onDismiss={nothing} />],
  ['a banner with Try again', <VehicleErrorBanner key="b" error={payloads.doorOpen} action="unlock" onRetry={never} />],
  ['a banner asking to reconnect', <VehicleErrorBanner key="c" error={payloads.unauthorized} onDismiss={nothing} />],
  ['a banner pointing to support, with the request id', <VehicleErrorBanner key="d" error={payloads.billing} />],
  ['a banner with nothing to do', <VehicleErrorBanner key="e" error={payloads.fullyCharged} onDismiss={nothing} />],
  ['a webhook banner with more issues', <VehicleErrorBanner key="f" error={webhookErrorEvent} />],
  ['a resolved webhook banner', <VehicleErrorBanner key="g" error={webhookResolvedEvent} onDismiss={nothing} />],
  ['garbage', <VehicleErrorBanner key="h" error={{ nonsense: true }} />],
  ['the reconnect prompt', <ReconnectPrompt key="i" />],
  ['the modal asking to reconnect', <VehicleErrorModal key="j" open onOpenChange={nothing} error={payloads.unauthorized} />],
  ['the modal with Try again', <VehicleErrorModal key="k" open onOpenChange={nothing} error={payloads.doorOpen} onRetry={never} />],
];

describe('every component in the pseudo-locale', () => {
  beforeAll(async () => {
    await loadVehicleErrorLocale(PSEUDO_LOCALE);
  });

  it.each(cases)('%s shows only translated text', async (name, element) => {
    // Garbage input warns the app developer once, by design.
    if (name === 'garbage') {
      resetWarnings();
      expectConsole('warn');
    }
    renderInProvider(element, { ...fullConfig, lng: PSEUDO_LOCALE });
    await act(async () => undefined);
    const texts = readableTexts(document.body);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter(hardCoded)).toEqual([]);
  });
});
