import type { I18nProblem } from './i18n-check-rules.ts';
import { renderTemplate, sentenceProblems, wordingProblems, wordsFor } from './i18n-sentence-rules.ts';

/**
 * The sentence part of `npm run i18n:check`: every message of a locale rendered as owners read it
 * (each of its action phrases, none, vehicle facts present and missing, a real app name and the
 * fallback) and checked by the rules in i18n-sentence-rules.ts, plus the wording rules that keep a
 * message true beside the banner's controls and in push notifications.
 */

// A real name finds where {{appName}} stands; "Nullify" also proves a name may contain "null".
const APP_NAME = 'Nullify';
// Model and year are often unknown: every combination must read well.
const VEHICLES = [
  { make: 'Tesla', model: 'Model 3', year: '2021' },
  { make: 'Tesla', model: 'Model 3', year: '' },
  { make: 'BMW', model: '', year: '2019' },
  { make: 'Polestar', model: '', year: '' },
];
const SAMPLE = { count: '2', requestId: 'r-42' };

/** Every value set a template is read with: [what was filled in, the values]. */
function valueSets(template: string, actions: ReadonlyMap<string, string>, fallback: string) {
  const sets: Array<{ action?: string; fallback: boolean; values: Record<string, string> }> = [];
  const withAction = template.includes('{{action}}') ? [...actions.values()] : [undefined];
  const withVehicle = template.includes('{{make}}') ? VEHICLES : [{}];
  for (const appName of [APP_NAME, fallback]) {
    for (const action of withAction) {
      for (const vehicle of withVehicle) {
        sets.push({ action, fallback: appName === fallback, values: { ...SAMPLE, ...vehicle, appName, ...(action === undefined ? {} : { action }) } });
      }
    }
  }
  return sets;
}

/** Whether a message key's next step can be a retry, so the banner may count down beside it. */
function isRetryMessage(key: string, retryRows: ReadonlySet<string>): boolean {
  const row = /^error\.([^.]+\.[^.]+)\.message/.exec(key)?.[1];
  return key === 'generic.message' || (row !== undefined && retryRows.has(row));
}

/**
 * Adds the sentence problems of one locale's strings (flattened to dotted keys) to `problems`, one
 * report per key and rule with the first reading that shows it.
 *
 * @example
 * checkSentences('es', strings, vehicleErrorCatalog, problems);
 */
export function checkSentences(
  locale: string,
  strings: ReadonlyMap<string, string>,
  catalog: ReadonlyArray<{ type: string; code: string | null; resolution: string }>,
  problems: I18nProblem[],
): void {
  if (!wordsFor(locale)) {
    problems.push({ locale, key: '(file)', message: `has no sentence rules: add its words to scripts/i18n-sentence-words.ts (see "Add a language" in locales/README.md)` });
    return;
  }
  const retryRows = new Set(catalog.filter((row) => row.resolution === 'retry').map((row) => `${row.type}.${row.code ?? 'default'}`));
  const actions = new Map([...strings].filter(([key]) => key.startsWith('action.')));
  const fallback = strings.get('ui.appNameFallback') ?? 'the app';
  for (const [key, template] of strings) {
    if (key.startsWith('action.') || key === 'ui.appNameFallback' || template.trim() === '') continue;
    const found = new Map<string, string>();
    const note = (message: string) => {
      const rule = message.replace(/[:(“"].*$/s, '');
      if (!found.has(rule)) found.set(rule, message);
    };
    for (const { action, fallback: isFallback, values } of valueSets(template, actions, fallback)) {
      const text = renderTemplate(template, values);
      for (const message of sentenceProblems(locale, { text, action, appName: values.appName, fallback: isFallback })) {
        note(action === undefined ? message : `${message} (read with the action "${action}")`);
      }
    }
    if (key === 'generic.message' || /^error\..*\.message/.test(key)) {
      for (const message of wordingProblems(locale, template, { retry: isRetryMessage(key, retryRows) })) note(message);
    }
    for (const message of found.values()) problems.push({ locale, key, message });
  }
}
