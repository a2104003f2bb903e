import { beforeAll, describe, expect, it } from 'vitest';
import { vehicleErrorCatalog } from '../../src/core/catalog.js';
import { formatVehicleErrorMessage } from '../../src/i18n/format.js';
import { createVehicleErrorI18n } from '../../src/i18n/instance.js';
import { loadVehicleErrorLocale, PSEUDO_LOCALE, vehicleErrorLocales } from '../../src/i18n/locale-loaders.js';
import { VEHICLE_ERRORS_NS } from '../../src/i18n/resources.js';

const locales = [...vehicleErrorLocales, PSEUDO_LOCALE];
// Whole words only for leaked values: Italian "annullato" is a word (test/i18n/rendered-sentences.test.ts
// checks every message; this file checks what that one does not).
const LEFTOVER = /\{\{|\}\}|<\/?\w|\[object|<app name>|(?<![\p{L}\p{N}])(?:null|undefined)(?![\p{L}\p{N}])/iu;

beforeAll(async () => {
  for (const lng of locales) await loadVehicleErrorLocale(lng);
});

/** The input an app would hand over for a catalog row: an API body, or a Connect redirect. */
function payloadFor(type: string, code: string | null): unknown {
  if (type === 'CONNECT') return `https://app.example/callback?error=${code ?? 'unknown_connect_error'}&make=TESLA&model=Model%203&year=2021`;
  return { type, code, statusCode: 400 };
}

describe.each(locales)('%s', (lng) => {
  it.skipIf(lng === 'en')('really is a translation: no catalog message is left in English', () => {
    for (const { type, code } of vehicleErrorCatalog) {
      const options = { appName: 'Chargely', action: 'lock' };
      const english = formatVehicleErrorMessage(payloadFor(type, code), options);
      const translated = formatVehicleErrorMessage(payloadFor(type, code), { ...options, lng });
      expect(translated.message, `${type}.${code ?? 'default'}`).not.toBe(english.message);
    }
  });

  it('puts the action phrase into every message written for it', () => {
    const t = createVehicleErrorI18n(lng).getFixedT(lng, VEHICLE_ERRORS_NS);
    for (const { type, code } of vehicleErrorCatalog) {
      const { message } = formatVehicleErrorMessage(payloadFor(type, code), { appName: 'Chargely', action: 'unlock', lng });
      const hasVariant = t(`error.${type}.${code ?? 'default'}.message_withAction`, { defaultValue: '' }) !== '';
      if (hasVariant) expect(message).toContain(t('action.unlock'));
    }
  });

  it('names the car in the vehicle_incompatible message', () => {
    const { message } = formatVehicleErrorMessage(payloadFor('CONNECT', 'vehicle_incompatible'), { appName: 'Chargely', lng });
    expect(message).toContain('Model 3');
    expect(message).toContain('2021');
  });

  it.each([
    ['no year', 'make=TESLA&model=Model%203', 'Tesla Model 3'],
    ['only the make', 'make=TESLA', 'Tesla'],
  ])('reads well when the car is known with %s: no empty brackets, no double spaces', (_case, query, car) => {
    const { message } = formatVehicleErrorMessage(`https://app.example/callback?error=vehicle_incompatible&${query}`, { appName: 'Chargely', lng });
    expect(message).toContain(car);
    expect(message).not.toMatch(/\(\s*\)/);
    expect(message).not.toMatch(/\s{2}/);
    expect(message).not.toMatch(/\s[.,]/);
  });

  it('has a countdown and an issue count for every number', () => {
    const t = createVehicleErrorI18n(lng).getFixedT(lng, VEHICLE_ERRORS_NS);
    const rules = new Intl.PluralRules(lng);
    // A form may say its number in words only when it stands for that one number (English "one",
    // Arabic "two"); French "one" is also 0, Russian "one" also 21.
    const numbersOf = (category: string) => Array.from({ length: 201 }, (_, n) => n).filter((n) => rules.select(n) === category).length;
    for (let count = 0; count <= 120; count += 1) {
      for (const key of ['ui.retryCountdown', 'ui.retryCountdownMinutes', 'ui.moreErrors']) {
        const text = t(key, { count });
        expect(text, `${key} ${count}`).not.toMatch(LEFTOVER);
        expect(text, `${key} ${count}`).not.toBe(key);
        if (numbersOf(rules.select(count)) !== 1) expect(text, `${key} ${count}`).toContain(String(count));
      }
    }
  });
});
