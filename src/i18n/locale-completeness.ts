import { warnOnce } from '../core/dev-warning.js';
import { englishResources, VEHICLE_ERRORS_NS } from './resources.js';

// i18next picks one of these per count; a language's set differs from English, so a plural key
// counts as present when any of its forms is.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function textKeys(tree: unknown, prefix = ''): string[] {
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') return value.trim() === '' ? [] : [path.replace(PLURAL_SUFFIX, '')];
    return textKeys(value, path);
  });
}

const englishKeys = [...new Set(textKeys(englishResources))];

/**
 * Warns once in development when a locale's strings lack keys English has (i18next then shows
 * English for them), naming the first few so a translator knows where to look.
 */
export function warnIfIncomplete(lng: string, resources: unknown): void {
  const present = new Set(textKeys(resources));
  const missing = englishKeys.filter((key) => !present.has(key));
  if (missing.length === 0) return;
  const listed = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ', …' : '');
  warnOnce(`The ${lng} "${VEHICLE_ERRORS_NS}" translation lacks ${missing.length} key(s); English is shown for: ${listed}.`);
}
