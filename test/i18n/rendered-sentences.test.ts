import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceProblems } from '../../scripts/i18n-sentence-rules.js';
import { vehicleErrorCatalog } from '../../src/core/catalog.js';
import { resetWarnings } from '../../src/core/dev-warning.js';
import { formatVehicleErrorMessage } from '../../src/i18n/format.js';
import { loadVehicleErrorLocale, vehicleErrorLocales } from '../../src/i18n/locale-loaders.js';
import { englishResources } from '../../src/i18n/resources.js';
import { v2Bodies } from '../fixtures/v2-bodies.js';
import { expectConsole } from '../setup.js';

/**
 * Every message of every locale as an owner reads it, rendered by the library itself: with each
 * real action, without one, with vehicle facts, and with the fallback app name. The rules are the
 * ones `npm run i18n:check` applies to the files (scripts/i18n-sentence-rules.ts).
 */
const actions = Object.keys(englishResources.action);
// "Nullify" proves a real name that contains "null" is shown, not mistaken for a leak.
const APP_NAMES = ['Chargely', 'Nullify'];
const VEHICLES: Array<Record<string, string>> = [
  { make: 'TESLA', model: 'Model 3', year: '2021' },
  { make: 'TESLA', model: 'Model 3' },
  { make: 'BMW', year: '2019' },
  { make: 'Polestar' },
];

beforeAll(async () => {
  for (const lng of vehicleErrorLocales) await loadVehicleErrorLocale(lng);
});

/** What an app would hand over for a catalog row, with the car's facts when given. */
function payloadsFor(type: string, code: string | null): unknown[] {
  if (type === 'CONNECT') {
    return [`?error=${code ?? 'unknown_connect_error'}`, ...VEHICLES.map((car) => `?error=${code ?? 'x'}&${new URLSearchParams(car).toString()}`)];
  }
  const body = { type, code, statusCode: 400, resolution: { type: null } };
  // A webhook event carries the car: the row's message must read the same with facts at hand.
  const event = { eventType: 'VEHICLE_ERROR', data: { vehicle: VEHICLES[0], errors: [{ ...body, state: 'ERROR' }] } };
  return [body, event];
}

type Strings = { action: Record<string, string>; ui: { appNameFallback: string } };

/** A locale's file, for the action phrases and the fallback name the library fills in. */
function stringsOf(lng: string): Strings {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', lng, 'vehicle-errors.json'), 'utf8')) as Strings;
}

/** Every rendering of every catalog row in one language, with what was filled in. */
function* renderings(lng: string) {
  const strings = stringsOf(lng);
  for (const { type, code } of vehicleErrorCatalog) {
    const [plain, ...withFacts] = payloadsFor(type, code);
    // Every action and name on the plain input; the car's facts choose the withVehicle wording, where
    // an action changes nothing, so they are read without one.
    const readings = [
      ...[undefined, ...actions].map((action) => ({ payload: plain, action })),
      ...withFacts.map((payload) => ({ payload, action: undefined })),
    ];
    for (const { payload, action } of readings) {
      for (const appName of action === undefined ? [...APP_NAMES, ''] : ['Chargely', '']) {
        const { title, message } = formatVehicleErrorMessage(payload, { appName, lng, ...(action ? { action } : {}) });
        const where = `${lng} ${type}.${code ?? 'default'} action=${action ?? '-'} app=${appName || '(fallback)'} ${typeof payload === 'string' ? payload : ''}`;
        const filled = { action: action && strings.action[action], appName: appName || strings.ui.appNameFallback, fallback: appName === '' };
        yield { where, row: `${type}.${code ?? 'default'}`, title, message, ...filled };
      }
    }
  }
}

describe.each(vehicleErrorLocales)('%s, rendered as owners read it', (lng) => {
  it('has nothing left over, no empty bracket, no car named twice and no time word on the action', () => {
    expectConsole('warn');
    resetWarnings();
    // One example per row and rule: the same template fails with every action.
    const problems = new Map<string, string>();
    for (const { where, row, title, message, action, appName, fallback } of renderings(lng)) {
      if (message.length <= 10) problems.set(`${row} blank`, `${where}: the message is (nearly) blank: ${JSON.stringify(message)}`);
      for (const text of [title, message]) {
        for (const problem of sentenceProblems(lng, { text, action, appName, fallback })) {
          const rule = problem.replace(/[:(].*$/, '');
          if (!problems.has(`${row} ${rule}`)) problems.set(`${row} ${rule}`, `${where}: ${problem}`);
        }
      }
    }
    expect([...problems.values()]).toEqual([]);
  });
});

/**
 * Rows whose suggested message in the vendor's documents names the app ("Your car is temporarily
 * unable to connect to <app name>…", seeds 001, 002 and 004): owners should know which app is
 * speaking, so ours names it too, in every language, with and without an action.
 */
const VENDOR_NAMES_THE_APP = [
  'VALIDATION.default',
  'AUTHENTICATION.default',
  'PERMISSION.default',
  'SERVER.INTERNAL',
  'SERVER.RECORD_NOT_FOUND',
  'SERVER.MULTIPLE_RECORDS_FOUND',
  'RESOURCE_NOT_FOUND.PATH',
  'RESOURCE_NOT_FOUND.VERSION',
  'VEHICLE_STATE.ASLEEP',
  'VEHICLE_STATE.IGNITION_ON',
  'VEHICLE_STATE.IN_MOTION',
  'VEHICLE_STATE.REMOTE_ACCESS_DISABLED',
  'VEHICLE_STATE.UNKNOWN',
  'VEHICLE_STATE.UNREACHABLE',
  'VEHICLE_STATE.VEHICLE_OFFLINE_FOR_SERVICE',
  'VEHICLE_STATE.LOW_BATTERY',
];

describe('where the vendor names the app, so do we', () => {
  it('lists every vendor-shaped body whose suggested message names the app', () => {
    const naming = v2Bodies.filter(({ payload }) => /<app name>/i.test(String((payload as { suggestedUserMessage?: string }).suggestedUserMessage)));
    const rows = naming.map(({ expected }) => `${expected.type}.${expected.code ?? 'default'}`);
    expect(rows.filter((row) => !VENDOR_NAMES_THE_APP.includes(row))).toEqual([]);
  });

  it.each(vehicleErrorLocales)('%s names the app in each of those messages, with and without an action', (lng) => {
    const missing: string[] = [];
    for (const row of VENDOR_NAMES_THE_APP) {
      const [type = '', code = ''] = row.split('.');
      for (const action of [undefined, 'lock', 'read_location']) {
        const { message } = formatVehicleErrorMessage({ type, code: code === 'default' ? null : code, statusCode: 400 }, { appName: 'Chargely', lng, ...(action ? { action } : {}) });
        if (!message.includes('Chargely')) missing.push(`${row} action=${action ?? '-'}: ${message}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
