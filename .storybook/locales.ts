import i18next from 'i18next';
import { loadVehicleErrorLocale, PSEUDO_LOCALE, vehicleErrorLocales } from '../src/i18n/locale-loaders.js';

/**
 * The locales the toolbar offers: every language the library ships, then the pseudo-locale, so a
 * new translation shows up here without touching Storybook.
 */
export const storybookLocales: readonly string[] = [...vehicleErrorLocales, PSEUDO_LOCALE];

/**
 * Loads the locale's strings before the story renders (the provider would otherwise show English
 * first and switch), so what a screenshot or axe sees is the final text.
 */
export async function preloadLocale(lng: string): Promise<void> {
  await loadVehicleErrorLocale(lng);
}

/** `rtl` for Arabic, Hebrew, Persian…, from i18next's own list. */
export function textDirection(lng: string): 'ltr' | 'rtl' {
  return i18next.dir(lng);
}

/** The locale's name in itself ("العربية", "Deutsch"); the code when the browser has no name for it. */
export function localeTitle(lng: string): string {
  try {
    const name = new Intl.DisplayNames([lng], { type: 'language' }).of(lng);
    if (lng === PSEUDO_LOCALE) return `Pseudo-locale (${lng})`;
    return name && name !== lng ? `${name} (${lng})` : lng;
  } catch {
    return lng;
  }
}
