import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { ensureVehicleErrorLocale } from '../../i18n/locale-loaders.js';
import { VEHICLE_ERRORS_NS } from '../../i18n/resources.js';

/**
 * Loads `lng`'s strings on demand (English is bundled). The provider re-renders when i18next
 * reports them added; English shows meanwhile. A failed load leaves English (never throws).
 */
export function useLocaleLoading(i18n: I18n, lng: string): void {
  useEffect(() => {
    if (lng === 'en' || i18n.hasResourceBundle(lng, VEHICLE_ERRORS_NS)) return;
    void ensureVehicleErrorLocale(i18n, lng);
  }, [i18n, lng]);
}
