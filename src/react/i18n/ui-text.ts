import type { TFunction } from 'i18next';
import { sharedVehicleErrorI18n } from '../../i18n/instance.js';
import { uiKey, type VehicleErrorUiKey } from '../../i18n/keys.js';
import { isDisplayable } from '../../i18n/plain-text.js';
import { VEHICLE_ERRORS_NS } from '../../i18n/resources.js';

/** A label or status line of the components, in the owner's language. */
export type UiText = (key: VehicleErrorUiKey, values?: Record<string, string | number>) => string;

type LooseT = (key: string, options: Record<string, unknown>) => unknown;

function attempt(t: LooseT, key: string, values: Record<string, string | number> | undefined): string | undefined {
  const text = t(key, { ...values, ns: VEHICLE_ERRORS_NS, defaultValue: '', interpolation: { escapeValue: false } });
  return isDisplayable(text) && text !== key ? text : undefined;
}

/**
 * Looks up our `ui.*` strings with the given `t`, then in bundled English: a host instance with a
 * broken or missing translation still gets a label, never a key or an empty button.
 */
export function createUiText(t: TFunction): UiText {
  return (key, values) => {
    const full = uiKey(key);
    const found = attempt(t as unknown as LooseT, full, values);
    if (found !== undefined) return found;
    const english = sharedVehicleErrorI18n().getFixedT('en', VEHICLE_ERRORS_NS) as unknown as LooseT;
    return attempt(english, full, values) ?? '';
  };
}
