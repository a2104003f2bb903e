import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVehicleErrorMessage } from '../../src/i18n/format.js';
import { loadVehicleErrorLocale, PSEUDO_LOCALE } from '../../src/i18n/locale-loaders.js';
import { pseudoLocalize } from '../../src/i18n/pseudo-locale.js';
import { englishResources } from '../../src/i18n/resources.js';

const CODE = /\{\{[^}]*\}\}|<\/?[A-Za-z][\w-]*>/g;

function leaves(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('the pseudo-locale', () => {
  const english = new Map(leaves(englishResources));
  const pseudo = leaves(pseudoLocalize(englishResources));

  it('has every English key, each string bracketed, accented and about 40 % longer', () => {
    expect(pseudo.map(([key]) => key)).toEqual([...english.keys()]);
    for (const [key, text] of pseudo) {
      const source = english.get(key) ?? '';
      expect(text, key).toMatch(/^\[.*\]$/s);
      expect(text.replace(CODE, ''), key).not.toMatch(/[A-Za-z]/);
      const letters = (value: string) => value.replace(CODE, '').length;
      expect(letters(text), key).toBeGreaterThanOrEqual(Math.floor(letters(source) * 1.4));
    }
  });

  it('keeps placeholders and tags exactly as English has them, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('{{appName}}', '{{count}}', '<reconnectLink>', '</reconnectLink>'))), (parts) => {
        const text = parts.join(' ');
        expect(pseudoLocalize(text).match(CODE) ?? []).toEqual(text.match(CODE) ?? []);
      }),
    );
  });

  it('is generated from the bundled English, so it can never drift', async () => {
    expect(await loadVehicleErrorLocale(PSEUDO_LOCALE)).toEqual(pseudoLocalize(englishResources));
  });

  it('formats like any loaded language', async () => {
    await loadVehicleErrorLocale(PSEUDO_LOCALE);
    const { title, message } = formatVehicleErrorMessage({ type: 'VEHICLE_STATE', code: 'DOOR_OPEN' }, { appName: 'Chargely', action: 'lock', lng: PSEUDO_LOCALE });
    expect(title).toMatch(/^\[Å ðööŕ îš öþéñ .*\]$/);
    expect(message).toMatch(/^\[Chargely çöûļðñ'ţ \[ļöçķ ýöûŕ çáŕ .*\] ƀéçáûšé/);
  });
});
