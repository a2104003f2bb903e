import { describe, expect, it } from 'vitest';
import { findCatalogEntry, vehicleErrorCatalog } from '../src/core/catalog.js';
import { resetWarnings } from '../src/core/dev-warning.js';
import type { VehicleError } from '../src/core/types.js';
import { describeVehicleError } from '../src/i18n/describe.js';
import { createVehicleErrorI18n } from '../src/i18n/instance.js';
import { englishResources, VEHICLE_ERRORS_NS } from '../src/i18n/resources.js';
import { expectConsole } from './setup.js';

const t = createVehicleErrorI18n('en').getFixedT('en', VEHICLE_ERRORS_NS);
const appName = 'EV Buddy';
const actions = Object.keys(englishResources.action);
const LEFTOVERS = ['{{', '}}', '<app name>', '<reconnectLink', '</reconnectLink', 'undefined', 'null', '[object'];

function errorOf(type: string, code: string | null, extra: Partial<VehicleError> = {}): VehicleError {
  return { type, code, resolution: { type: null }, source: 'v3', known: true, ...extra };
}

function expectReadable(text: { title: string; message: string }): void {
  for (const leftover of LEFTOVERS) {
    expect(text.title).not.toContain(leftover);
    expect(text.message).not.toContain(leftover);
  }
  expect(text.title.trim()).not.toBe('');
  expect(text.message.trim()).not.toBe('');
  expect(text.title).not.toBe(text.message);
  expect(text.message).not.toMatch(/\s{2}|\s[.,!?]/);
}

const rows = vehicleErrorCatalog.map((entry) => [`${entry.type} ${entry.code ?? '(no code)'}`, entry] as const);

describe('every catalog row has its own English title and message', () => {
  it.each(rows)('%s', (_name, entry) => {
    const text = describeVehicleError(t, errorOf(entry.type, entry.code), { appName });
    expectReadable(text);
    expect(text.messageKey).toBe(`error.${entry.type}.${entry.code ?? 'default'}.message`);
    expect(text.values).toEqual({ appName });
    expect(text.context).toBeUndefined();
    // Titles are short; messages say what happened and what to do in one or two sentences.
    expect(text.title.split(' ').length).toBeGreaterThanOrEqual(2);
    expect(text.title.split(' ').length).toBeLessThanOrEqual(6);
    expect(text.message.length).toBeLessThanOrEqual(200);
    expect(text.message.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  it.each(rows)('%s reads well with every action', (_name, entry) => {
    for (const action of actions) {
      const text = describeVehicleError(t, errorOf(entry.type, entry.code), { appName, action });
      expectReadable(text);
      if (text.context === 'withAction') {
        expect(text.message).toContain(englishResources.action[action as keyof typeof englishResources.action]);
        expect(text.values).toEqual({ appName, action: expect.any(String) });
      } else {
        expect(text.messageKey).toBe(`error.${entry.type}.${entry.code ?? 'default'}.message`);
      }
    }
  });

  it.each(rows)('%s reads well with vehicle facts', (_name, entry) => {
    const vehicle = { make: 'TESLA', model: 'Model 3', year: '2020' };
    expectReadable(describeVehicleError(t, errorOf(entry.type, entry.code, { vehicle }), { appName, action: 'lock' }));
  });

  it.each(rows.filter(([, entry]) => entry.resolution === 'reauthenticate'))('%s offers the re-connect link', (_name, entry) => {
    const text = describeVehicleError(t, errorOf(entry.type, entry.code), { appName });
    expect(text.hasReconnectLink).toBe(true);
  });
});

describe('the owner reads the words that fit', () => {
  it('a missing permission names the action the app needs', () => {
    const text = describeVehicleError(t, errorOf('PERMISSION', null), { appName, action: 'read_odometer' });
    expect(text.title).toBe('Permission needed');
    expect(text.message).toBe("EV Buddy needs your permission to read your car's odometer. Reconnect your car and allow it.");
    expect(text).toMatchObject({ context: 'withAction', hasReconnectLink: true, messageKey: 'error.PERMISSION.default.message_withAction' });
  });

  it('an action key and a permission name both work', () => {
    const lock = describeVehicleError(t, errorOf('VEHICLE_STATE', 'DOOR_OPEN'), { appName, action: 'lock' });
    expect(lock.message).toBe("EV Buddy couldn't lock your car because a door is open. Close all doors and the trunk fully.");
    const security = describeVehicleError(t, errorOf('PERMISSION', null), { appName, action: 'control_security' });
    expect(security.message).toContain('permission to lock or unlock your car.');
  });

  it('without an action the message still reads as a whole sentence', () => {
    const text = describeVehicleError(t, errorOf('PERMISSION', null), { appName });
    expect(text.message).toBe("EV Buddy doesn't have your permission for this yet. Reconnect your car and allow access.");
  });

  it('an incompatible car is named by year, make and model', () => {
    const vehicle = { make: 'TESLA', model: 'Model 3', year: '2020' };
    const text = describeVehicleError(t, errorOf('CONNECT', 'vehicle_incompatible', { vehicle }), { appName });
    expect(text.message).toBe("Your 2020 Tesla Model 3 can't connect to EV Buddy yet. You can connect a different car instead.");
    expect(text).toMatchObject({ context: 'withVehicle', values: { appName, make: 'Tesla', model: 'Model 3', year: '2020' } });
  });

  it('a car known only by its make still reads well', () => {
    const text = describeVehicleError(t, errorOf('CONNECT', 'vehicle_incompatible', { vehicle: { make: 'BMW' } }), { appName });
    expect(text.message).toBe("Your BMW can't connect to EV Buddy yet. You can connect a different car instead.");
  });

  it('a full battery or a car already charging is good news, not a problem', () => {
    for (const code of ['FULLY_CHARGED', 'CHARGING_IN_PROGRESS']) {
      const text = describeVehicleError(t, errorOf('VEHICLE_STATE', code), { appName, action: 'startCharging' });
      expect(text.message).toMatch(/^Good news: .*nothing you need to do\.$/);
    }
  });
});

describe('fallback order: code, then type, then the payload’s own words, then generic', () => {
  it('uses the code’s text when the catalog knows the code', () => {
    expect(findCatalogEntry('VEHICLE_STATE', 'ASLEEP')).toBeDefined();
    expect(describeVehicleError(t, errorOf('VEHICLE_STATE', 'ASLEEP'), { appName }).title).toBe('Your car is asleep');
  });

  it('uses the type’s text for a code the catalog does not know', () => {
    const text = describeVehicleError(t, errorOf('VEHICLE_STATE', 'WINDOW_OPEN', { suggestedUserMessage: 'Close it.' }), { appName });
    expect(text).toMatchObject({ title: 'Car not ready', messageKey: 'error.VEHICLE_STATE.default.message' });
  });

  it('never makes a key from payload text, even one that looks like ours', () => {
    const text = describeVehicleError(t, errorOf('VEHICLE_STATE', 'ASLEEP.title', { suggestedUserMessage: 'x' }), { appName });
    expect(text.messageKey).toBe('error.VEHICLE_STATE.default.message');
    const proto = describeVehicleError(t, errorOf('__proto__', 'constructor'), { appName });
    expect(proto.messageKey).toBe('generic.message');
  });

  it('uses the payload’s suggestedUserMessage, as plain text with the app’s name, for an unknown type', () => {
    const suggestedUserMessage = '<App name> needs you to update your payment details with <app name>.';
    const text = describeVehicleError(t, errorOf('FINANCE', 'CARD_EXPIRED', { suggestedUserMessage }), { appName });
    expect(text).toMatchObject({
      title: 'Something went wrong',
      message: 'EV Buddy needs you to update your payment details with EV Buddy.',
      messageKey: '',
      hasReconnectLink: false,
    });
  });

  it('caps a long suggestedUserMessage at a word boundary', () => {
    const suggestedUserMessage = 'Please wait a little longer. '.repeat(40);
    const text = describeVehicleError(t, errorOf('FINANCE', null, { suggestedUserMessage }), { appName });
    expect(text.message.length).toBeLessThanOrEqual(280);
    expect(text.message).toMatch(/longer…$|wait…$|little…$|a…$|Please…$/);
  });

  it.each([
    ['missing', undefined],
    ['empty', '  '],
    ['with a placeholder we cannot fill', 'Please re-connect here: <link to Smartcar Connect>.'],
    ['with leaked values', 'Error: undefined is not an object'],
  ])('shows the generic text when the suggestedUserMessage is %s', (_case, suggestedUserMessage) => {
    const extra = suggestedUserMessage === undefined ? {} : { suggestedUserMessage };
    const text = describeVehicleError(t, errorOf('UNKNOWN', null, { known: false, ...extra }), { appName });
    expect(text).toMatchObject({ title: 'Something went wrong', messageKey: 'generic.message' });
    expect(text.message).toBe("EV Buddy couldn't finish this just now. This is usually a temporary problem.");
  });
});

describe('bad options never reach the owner', () => {
  it('an unknown action warns once and is left out', () => {
    resetWarnings();
    const console = expectConsole('warn');
    const text = describeVehicleError(t, errorOf('PERMISSION', null), { appName, action: 'fly' });
    describeVehicleError(t, errorOf('PERMISSION', null), { appName, action: 'fly' });
    expect(text.context).toBeUndefined();
    expect(text.message).not.toContain('fly');
    expect(console.messages()).toEqual([expect.stringContaining('Unknown action "fly"')]);
  });

  it.each([[''], ['   '], ['{{appName}}'], ['<b>x</b>']])('appName %j warns and says “the app” instead', (bad) => {
    resetWarnings();
    const console = expectConsole('warn');
    const text = describeVehicleError(t, errorOf('PERMISSION', null), { appName: bad });
    expect(text.message).toBe("The app doesn't have your permission for this yet. Reconnect your car and allow access.");
    expect(console.messages()).toEqual([expect.stringContaining('appName')]);
  });

  it('an app name is text: i18next syntax in it is not interpreted', () => {
    const text = describeVehicleError(t, errorOf('SERVER', 'INTERNAL'), { appName: '$t(generic.title) & Co' });
    expect(text.message).toContain('while $t(generic.title) & Co was reaching your car');
  });
});
