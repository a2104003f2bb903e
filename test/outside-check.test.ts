// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatVehicleErrorMessage, vehicleErrorCatalog } from '../src/core.js';
import type { CatalogEntry } from '../src/core.js';
import englishJson from '../locales/en/vehicle-errors.json' with { type: 'json' };
import { vendorPayloads } from './fixtures/vendor-payloads.js';

/**
 * The check issue 2 is judged by, from outside: every documented error formatted in English with
 * an app name and every action, and every vendor-shaped payload, reads as clean plain text.
 */
const APP = 'Volt Pal';
const LEFTOVERS = ['{{', '}}', '<app name>', '<App name>', '<', 'undefined', 'null', '[object'];

type Messages = Record<string, string | undefined>;
const english = englishJson as unknown as { error: Record<string, Record<string, Messages>>; action: Record<string, string> };
const actions = Object.entries(english.action);

/** The input an app would receive for this row: a redirect query for Connect codes, else a v2 body. */
function payloadFor(entry: CatalogEntry): unknown {
  if (entry.type === 'CONNECT' && entry.code !== null) return `?error=${entry.code}&error_description=Example`;
  return { type: entry.type, code: entry.code, statusCode: entry.status, description: 'Example.', requestId: 'r-1', resolution: { type: null } };
}

function expectClean(text: string): void {
  expect(text.trim()).not.toBe('');
  for (const leftover of LEFTOVERS) expect(text).not.toContain(leftover);
}

describe('every catalog row, in English, with an app name and each action', () => {
  it.each(vehicleErrorCatalog.map((entry) => [`${entry.type} ${entry.code ?? '(type level)'}`, entry] as const))('%s', (_name, entry) => {
    const templates = english.error[entry.type]?.[entry.code ?? 'default'];
    expect(templates?.title, 'the row has an English title').toBeTypeOf('string');
    expect(templates?.message, 'the row has an English message').toBeTypeOf('string');
    const payload = payloadFor(entry);

    for (const [action, phrase] of [[undefined, undefined] as const, ...actions]) {
      const { title, message } = formatVehicleErrorMessage(payload, { appName: APP, ...(action ? { action } : {}) });
      const template = (action && templates?.message_withAction) || (templates?.message ?? '');
      const context = `${entry.type} ${String(entry.code)} with action ${String(action)}`;
      expectClean(title);
      expectClean(message);
      expect(title, context).toBe(templates?.title);
      expect(message, context).not.toBe(title);
      expect(message.includes(APP), `${context}: app name where the message uses it`).toBe(template.includes('{{appName}}'));
      if (template.includes('{{action}}') && phrase !== undefined) expect(message, context).toContain(phrase);
      // A key like `read_odometer` or `startCharging` is no English word: it must never show.
      if (action && /[_A-Z]/.test(action)) expect(message, `${context}: the raw action key never shows`).not.toContain(action);
    }
  });
});

describe('every vendor-shaped payload, in English, with an app name and an action', () => {
  it.each(vendorPayloads.map((entry) => [entry.name, entry.payload] as const))('%s', (_name, payload) => {
    for (const action of [undefined, 'lock', 'read_odometer']) {
      const { title, message } = formatVehicleErrorMessage(payload, { appName: APP, ...(action ? { action } : {}) });
      expectClean(title);
      expectClean(message);
      expect(message).not.toBe(title);
    }
  });
});
