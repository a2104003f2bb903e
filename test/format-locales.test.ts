import { describe, expect, it } from 'vitest';
import { formatVehicleErrorMessage, loadVehicleErrorLocale } from '../src/core.js';
import es from '../locales/es/vehicle-errors.json' with { type: 'json' };
import fr from '../locales/fr/vehicle-errors.json' with { type: 'json' };
import pt from '../locales/pt/vehicle-errors.json' with { type: 'json' };
import { createVehicleErrorI18n, sharedVehicleErrorI18n } from '../src/i18n/instance.js';
import { englishResources, VEHICLE_ERRORS_NS } from '../src/i18n/resources.js';

// A stand-in locale: the real ones are loaded by the translations code; this proves the plumbing.
const pirate = structuredClone(englishResources);
pirate.error.VEHICLE_STATE.ASLEEP.title = 'Yer car be sleepin’';
pirate.error.VEHICLE_STATE.ASLEEP.message = 'Wake {{appName}}’s ship and sail a wee bit, then try again.';
delete (pirate.error.VEHICLE_STATE as Partial<typeof pirate.error.VEHICLE_STATE>).DOOR_OPEN;

describe('a loaded locale', () => {
  it('is used by formatVehicleErrorMessage, without a warning, from the moment it is loaded', () => {
    const body = { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 };
    sharedVehicleErrorI18n().addResourceBundle('xx', VEHICLE_ERRORS_NS, pirate);
    expect(formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng: 'xx' })).toEqual({
      title: 'Yer car be sleepin’',
      message: 'Wake EV Buddy’s ship and sail a wee bit, then try again.',
    });
  });

  it('falls back to English key by key where the locale has a gap', () => {
    const body = { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 };
    expect(formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng: 'xx' }).title).toBe('A door is open');
  });

  it('shows a string changed after it was first used (no stale cache)', () => {
    const body = { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 };
    expect(formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng: 'xx' }).title).toBe('Yer car be sleepin’');
    sharedVehicleErrorI18n().addResource('xx', VEHICLE_ERRORS_NS, 'error.VEHICLE_STATE.ASLEEP.title', 'Ship be anchored');
    expect(formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng: 'xx' }).title).toBe('Ship be anchored');
  });

  it('is copied into instances created later', () => {
    const instance = createVehicleErrorI18n('xx');
    expect(instance.t('error.VEHICLE_STATE.ASLEEP.message', { appName: 'EV Buddy' })).toBe('Wake EV Buddy’s ship and sail a wee bit, then try again.');
  });

  it('drops a full-width bracket left empty, as Chinese and Japanese write them', () => {
    const cjk = structuredClone(englishResources);
    cjk.error.CONNECT.vehicle_incompatible.message_withVehicle = '{{appName}}暂不支持您的{{make}} {{model}}（{{year}}）。';
    sharedVehicleErrorI18n().addResourceBundle('zz', VEHICLE_ERRORS_NS, cjk);
    const redirect = (query: string) => formatVehicleErrorMessage(`?error=vehicle_incompatible&${query}`, { appName: 'EV Buddy', lng: 'zz' }).message;
    expect(redirect('make=Tesla&model=Model%203&year=2021')).toBe('EV Buddy暂不支持您的Tesla Model 3（2021）。');
    expect(redirect('make=Tesla&model=Model%203')).toBe('EV Buddy暂不支持您的Tesla Model 3。');
    // No model: the space the template puts before it must not stay before the full-width bracket.
    expect(redirect('make=BMW&year=2019')).toBe('EV Buddy暂不支持您的BMW（2019）。');
    expect(redirect('make=BMW&model=&year=2019')).toBe('EV Buddy暂不支持您的BMW（2019）。');
    expect(redirect('make=Polestar')).toBe('EV Buddy暂不支持您的Polestar。');
  });

  it('cannot change the bundled English of other instances', () => {
    createVehicleErrorI18n().addResource('en', VEHICLE_ERRORS_NS, 'ui.tryAgain', 'Changed');
    expect(createVehicleErrorI18n().t('ui.tryAgain')).toBe('Try again');
  });
});

describe('a shipped translation', () => {
  it('formats synchronously once loaded, with the app name and action filled in', async () => {
    await loadVehicleErrorLocale('fr');
    const body = { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 };
    const text = formatVehicleErrorMessage(body, { appName: 'EV Buddy', action: 'lock', lng: 'fr-FR' });
    expect(text.title).toBe(fr.error.VEHICLE_STATE.DOOR_OPEN.title);
    expect(text.message).toBe(
      fr.error.VEHICLE_STATE.DOOR_OPEN.message_withAction.replace('{{appName}}', 'EV Buddy').replace('{{action}}', fr.action.lock),
    );
  });

  it('is found under every spelling the loader accepts (pt_BR, FR, fr-ca)', async () => {
    await loadVehicleErrorLocale('fr');
    const body = { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 };
    for (const lng of ['fr_FR', 'FR', 'fr-ca']) {
      expect(formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng }).title).toBe(fr.error.VEHICLE_STATE.DOOR_OPEN.title);
    }
  });

  it('formats, without a warning, in a language loaded under any spelling of its code (pt_BR, ES, PT-br)', async () => {
    const body = { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409 };
    for (const [lng, title] of [
      ['pt_BR', pt.error.VEHICLE_STATE.DOOR_OPEN.title],
      ['ES', es.error.VEHICLE_STATE.DOOR_OPEN.title],
      ['PT-br', pt.error.VEHICLE_STATE.DOOR_OPEN.title],
    ] as const) {
      await loadVehicleErrorLocale(lng);
      expect(formatVehicleErrorMessage(body, { appName: 'EV Buddy', lng }).title, lng).toBe(title);
    }
  });
});
