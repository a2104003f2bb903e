import type { TFunction } from 'i18next';
import { sharedVehicleErrorI18n } from '../../i18n/instance.js';
import { uiKey, type VehicleErrorUiKey } from '../../i18n/keys.js';
import { isDisplayable } from '../../i18n/plain-text.js';
import { cachedIn } from '../hooks/error-cache.js';
import { ourKeys, VEHICLE_ERRORS_NS } from '../../i18n/resources.js';

/** A label or status line of the components, in the owner's language. */
export type UiText = (key: VehicleErrorUiKey, values?: Record<string, string | number>) => string;

type LooseT = (key: string, options: Record<string, unknown>) => unknown;

function attempt(t: TFunction, key: string, values: Record<string, string | number> | undefined): string | undefined {
  const text = (t as unknown as LooseT)(key, { ...values, ...ourKeys, defaultValue: '', interpolation: { escapeValue: false } });
  return isDisplayable(text) && text !== key ? text : undefined;
}

// One per `t` (a new `t` comes with each language or translation change), shared by every component.
const uiTexts = new WeakMap<TFunction, UiText>();

/**
 * Looks up our `ui.*` strings with the given `t`, then in bundled English: a host instance with a
 * broken or missing translation still gets a label, never a key or an empty button. Labels without
 * values are looked up once.
 */
function createUiText(t: TFunction): UiText {
  const labels = new Map<string, string>();
  const lookUp = (key: string, values?: Record<string, string | number>) =>
    attempt(t, key, values) ?? attempt(sharedVehicleErrorI18n().getFixedT('en', VEHICLE_ERRORS_NS), key, values) ?? '';
  return (key, values) => {
    const full = uiKey(key);
    return values ? lookUp(full, values) : cachedIn(labels, full, () => lookUp(full));
  };
}

/**
 * Labels and status lines in the language of `t` (the provider's `config.t`). Takes `t` rather
 * than reading the context, so a component that already holds the config reads it once.
 *
 * @example const ui = uiTextFor(config.t); ui('tryAgain'); // 'Try again'
 */
export function uiTextFor(t: TFunction): UiText {
  return cachedIn(uiTexts, t, () => createUiText(t));
}
