// Imports only the framework-free entry: formatting must work in Node without React.
import { describe, expect, it } from 'vitest';
import {
  formatVehicleErrorMessage,
  loadVehicleErrorLocale,
  normalizeVehicleErrorResponse,
  resolveVehicleError,
  vehicleErrorCatalog,
  vehicleErrorLocales,
} from '../src/core.js';
import { describeVehicleError } from '../src/i18n/describe.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import en from '../locales/en/vehicle-errors.json' with { type: 'json' };
import { vendorPayloads } from './fixtures/vendor-payloads.js';
import { expectConsole } from './setup.js';

const appName = 'EV Buddy';
const LEFTOVERS = ['{{', '}}', '<app name>', '<reconnectLink', 'undefined', 'null', '[object'];
type Messages = Record<string, Record<string, { title: string }>>;

function expectReadable(text: { title: string; message: string }): void {
  expect(Object.keys(text).sort()).toEqual(['message', 'title']);
  for (const leftover of LEFTOVERS) expect(`${text.title}\n${text.message}`).not.toContain(leftover);
  expect(text.title.trim()).not.toBe('');
  expect(text.message.trim()).not.toBe('');
  expect(text.title).not.toBe(text.message);
}

describe('formatVehicleErrorMessage over every vendor payload', () => {
  it.each(vendorPayloads.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, { payload, expected }) => {
    resetWarnings();
    expectConsole('warn'); // some fixtures are deliberately odd; the normalizer may say so
    for (const action of [undefined, 'lock', 'read_odometer']) {
      const text = formatVehicleErrorMessage(payload, { appName, ...(action ? { action } : {}) });
      expectReadable(text);
      const row = (en.error as Messages)[expected.type]?.[expected.known ? (expected.code ?? 'default') : 'default'];
      // A condition that ended is reported as over, not as the problem it was.
      if (expected.state === 'RESOLVED') expect(text.title).toBe(en.ui.resolved.title);
      else if (row) expect(text.title).toBe(row.title);
      else expect(text.title).toBe(en.generic.title);
    }
  });
});

describe('formatVehicleErrorMessage', () => {
  it('turns an API body into plain text, synchronously', () => {
    const body = { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409, resolution: { type: null } };
    expect(formatVehicleErrorMessage(body, { appName, action: 'lock' })).toEqual({
      title: 'A door is open',
      message: "EV Buddy couldn't lock your car because a door is open. Close all doors and the trunk fully.",
    });
  });

  it('removes the re-connect tag and keeps its words', () => {
    const { message } = formatVehicleErrorMessage({ type: 'PERMISSION', code: null, statusCode: 403 }, { appName });
    expect(message).toBe("EV Buddy doesn't have your permission for this yet. Reconnect your car and allow access.");
  });

  it('reads a Connect redirect with the car it was about', () => {
    const url = 'https://app.example/callback?error=vehicle_incompatible&make=TESLA&model=Model%20S&year=2019';
    expect(formatVehicleErrorMessage(url, { appName }).message).toBe(
      "Your 2019 Tesla Model S can't connect to EV Buddy yet. You can connect a different car instead.",
    );
  });

  it('gives every catalog row with its status its own title', () => {
    for (const entry of vehicleErrorCatalog.filter((row) => row.type !== 'CONNECT')) {
      const body = { type: entry.type, code: entry.code, statusCode: entry.status, resolution: { type: null } };
      const text = formatVehicleErrorMessage(body, { appName, action: 'startCharging' });
      expectReadable(text);
      expect(text.title).toBe((en.error as Messages)[entry.type]?.[entry.code ?? 'default']?.title);
    }
  });

  it('uses English, with a warning, for a language that is not loaded', () => {
    resetWarnings();
    const console = expectConsole('warn');
    const text = formatVehicleErrorMessage({ type: 'VEHICLE_STATE', code: 'ASLEEP' }, { appName, lng: 'fr-CA' });
    expect(text.title).toBe('Your car is asleep');
    expect(console.messages()).toEqual([expect.stringContaining('"fr-CA" is not loaded')]);
  });

  it('needs no warning for English variants', () => {
    expect(formatVehicleErrorMessage({ type: 'SERVER', code: 'INTERNAL' }, { appName, lng: 'en-GB' }).title).toBe(
      'Temporary problem',
    );
  });

  it('never leaves a hole when the app name is missing', () => {
    resetWarnings();
    const console = expectConsole('warn');
    const options = JSON.parse('{}') as { appName: string };
    const text = formatVehicleErrorMessage({ type: 'SERVER', code: 'INTERNAL' }, options);
    expect(text.message).toBe('Something went wrong while the app was reaching your car. This usually clears up on its own.');
    expect(console.messages().join('\n')).toContain('appName');
  });
});

describe('formatVehicleErrorMessage: leaked values are whole words, real words stay', () => {
  it('shows an app named "Nullify", and payload text that mentions it', () => {
    expect(formatVehicleErrorMessage({ type: 'SERVER', code: 'INTERNAL' }, { appName: 'Nullify' }).message).toBe(
      en.error.SERVER.INTERNAL.message.replace('{{appName}}', 'Nullify'),
    );
    const own = { type: 'SOMETHING_NEW', statusCode: 200, suggestedUserMessage: 'Open Nullify and annul the booking.' };
    expect(formatVehicleErrorMessage(own, { appName }).message).toBe('Open Nullify and annul the booking.');
  });

  it('shows Italian "annullato" and German "Nullpunkt" in translations', async () => {
    await loadVehicleErrorLocale('it');
    expect(formatVehicleErrorMessage('?error=oem_cancelled_login', { appName, lng: 'it' }).title).toBe('Accesso annullato');
    expect(formatVehicleErrorMessage({ type: 'X', statusCode: 200, suggestedUserMessage: 'Der Ladestand liegt am Nullpunkt.' }, { appName }).message).toBe(
      'Der Ladestand liegt am Nullpunkt.',
    );
  });

  it('still refuses "null" and "undefined" as words, and "[object"', () => {
    for (const leaked of ['Your car is null.', 'Hello undefined', 'Car: [object Object]', 'NULL']) {
      expect(formatVehicleErrorMessage({ type: 'X', statusCode: 200, suggestedUserMessage: leaked }, { appName }).message, leaked).toBe(en.generic.message.replace('{{appName}}', appName));
    }
  });
});

describe('formatVehicleErrorMessage: what the owner reads agrees with the next step', () => {
  it('words an unknown type by the type its HTTP status stands for, as resolution does', () => {
    resetWarnings();
    expectConsole('warn');
    const cases: Array<[number, string]> = [
      [401, 'AUTHENTICATION'],
      [403, 'PERMISSION'],
      [404, 'RESOURCE_NOT_FOUND'],
      [409, 'VEHICLE_STATE'],
      [418, 'VALIDATION'],
      [429, 'RATE_LIMIT'],
      [501, 'COMPATIBILITY'],
      [503, 'SERVER'],
    ];
    for (const [statusCode, type] of cases) {
      const text = formatVehicleErrorMessage({ type: 'SOMETHING_NEW', statusCode }, { appName });
      expectReadable(text);
      expect(text.title).toBe((en.error as Messages)[type]?.default?.title);
    }
  });

  it('words an HTML error page by its status, never "try again" above a step that is not a retry', async () => {
    // Status → [the type whose words it gets, the next step resolution offers].
    const cases: Array<[number, keyof typeof en.error, string]> = [
      [400, 'VALIDATION', 'contactSupport'],
      [401, 'AUTHENTICATION', 'reauthenticate'],
      [403, 'PERMISSION', 'reauthenticate'],
      [404, 'RESOURCE_NOT_FOUND', 'contactSupport'],
      [409, 'VEHICLE_STATE', 'retry'],
      [429, 'RATE_LIMIT', 'retry'],
      [500, 'SERVER', 'retry'],
      [501, 'COMPATIBILITY', 'none'],
      [503, 'SERVER', 'retry'],
    ];
    for (const [status, type, kind] of cases) {
      const error = await normalizeVehicleErrorResponse(new Response('<html><body>Not Found</body></html>', { status, headers: { 'content-type': 'text/html' } }));
      const text = formatVehicleErrorMessage(error, { appName });
      const words = en.error[type].default;
      expect(resolveVehicleError(error).kind, `status ${status}`).toBe(kind);
      expect(text, `status ${status}`).toEqual({ title: words.title, message: words.message.replace('{{appName}}', appName).replace(/<\/?reconnectLink>/g, '') });
      if (kind !== 'retry') expect(text.message, `status ${status}`).not.toMatch(/try again in a few minutes/);
    }
  });

  it("prefers the payload's own words to the status wording, and keeps the status title", () => {
    const text = formatVehicleErrorMessage(
      { type: 'SOMETHING_NEW', statusCode: 404, suggestedUserMessage: 'That charger was removed from <app name>.' },
      { appName },
    );
    expect(text).toEqual({ title: en.error.RESOURCE_NOT_FOUND.default.title, message: 'That charger was removed from EV Buddy.' });
  });

  it('says a webhook problem is over when every error in the event is RESOLVED', () => {
    const event = { eventType: 'VEHICLE_ERROR', data: { errors: [{ type: 'VEHICLE_STATE', code: 'UNREACHABLE', state: 'RESOLVED' }] } };
    expect(formatVehicleErrorMessage(event, { appName })).toEqual({ title: en.ui.resolved.title, message: en.ui.resolved.message });
  });

  it('names the resolved notice as the message key of a RESOLVED error, with no problem variant or link', () => {
    const t = ((key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en)) as never;
    const resolved = { type: 'VEHICLE_STATE', code: 'UNREACHABLE', state: 'RESOLVED', vehicle: { make: 'Tesla' }, resolution: { type: null }, source: 'webhook', known: true } as const;
    expect(describeVehicleError(t, resolved, { appName, action: 'lock' })).toEqual({
      title: en.ui.resolved.title,
      message: en.ui.resolved.message,
      messageKey: 'ui.resolved.message',
      values: { appName },
      hasReconnectLink: false,
    });
  });

  it('leaves no empty brackets when an optional fact such as the year is missing', async () => {
    // French writes "Tesla Model 3 (2021)": without a year, that must not read "Model 3 ()".
    for (const lng of vehicleErrorLocales) await loadVehicleErrorLocale(lng);
    for (const lng of vehicleErrorLocales) {
      const text = formatVehicleErrorMessage('error=vehicle_incompatible&make=TESLA&model=Model%203', { appName, lng });
      expect(text.message, lng).toContain('Tesla Model 3');
      expect(text.message, lng).not.toMatch(/\(\s*\)|\s{2}/);
    }
  });
});
