import { LEAKED_VALUE } from '../src/core/leaked-values.ts';
import { stripReconnectLink, tidySpaces } from '../src/i18n/tidy-text.ts';
import { languageWords, type LanguageWords } from './i18n-sentence-words.ts';

/**
 * Rules for sentences as owners read them, with real values filled in: every action phrase, none,
 * vehicle facts, the fallback app name ("the app"). One module for both checkers:
 * `npm run i18n:check` renders the locale files' templates (i18n-check-rules.ts), and
 * test/i18n/rendered-sentences.test.ts renders through the library itself.
 *
 * @example
 * sentenceProblems('es', { text: 'Chargely no puede bloquear tu vehículo con tu vehículo.', action: 'bloquear tu vehículo' });
 * // ['names the car again after the action: "…bloquear tu vehículo con tu vehículo." …']
 */

/** One sentence as an owner reads it, and what was filled into it. */
export interface RenderedSentence {
  text: string;
  /** The action phrase filled in for `{{action}}`, if any. */
  action?: string;
  /** The app's name filled in for `{{appName}}`, if any. */
  appName?: string;
  /** Whether `appName` is the locale's fallback ("the app"): it may also occur where `{{appName}}` was not. */
  fallback?: boolean;
}

// Punctuation that ends a clause, Latin, Arabic and CJK.
const CLAUSE_END = /[.,;:!?…–—()"“”«»„،؛؟。，、；：！？「」『』（）]/u;
const EMPTY_BRACKET = /[([（【「『][^\p{L}\p{N}]*[)\]）】」』]/u;
const TAG = /<\/?[A-Za-z][^<>]*>/;

interface CompiledWords {
  words: LanguageWords;
  car: RegExp;
  time: RegExp;
  clause: RegExp;
  tryAgain: RegExp;
  wait: RegExp;
  /** Matches text that ends with a word the fallback name cannot follow. */
  beforeAppName: RegExp | undefined;
}

/** One pattern for a word list: whole words where words are spaced, anywhere in CJK text. */
function pattern(words: readonly string[], spaced: boolean, flags = 'iu'): RegExp {
  const any = `(?:${words.join('|')})`;
  return new RegExp(spaced ? `(?<![\\p{L}\\p{M}\\p{N}_])${any}(?![\\p{L}\\p{M}\\p{N}_])` : any, flags);
}

const compiled = new Map<string, CompiledWords | undefined>();

/**
 * The rules' words for a locale: its own, else its base language's (`pt-BR` → `pt`), else
 * `undefined` (i18n:check reports it: a language cannot ship without them).
 */
export function wordsFor(locale: string): CompiledWords | undefined {
  if (!compiled.has(locale)) {
    const words = languageWords[locale] ?? languageWords[locale.split('-')[0] ?? ''];
    compiled.set(
      locale,
      words && {
        words,
        car: pattern(words.car, words.spaced),
        time: pattern(words.time, words.spaced),
        clause: pattern(words.clause, words.spaced),
        tryAgain: pattern(words.tryAgain, words.spaced),
        wait: pattern(words.wait, words.spaced),
        beforeAppName:
          words.beforeAppName.length > 0 ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${words.beforeAppName.join('|')})\\s+$`, 'iu') : undefined,
      },
    );
  }
  return compiled.get(locale);
}

/** The part of `text` that still belongs to the action's clause on one side of it. */
function besideAction(text: string, start: number, end: number, side: 'after' | 'before', clause: RegExp): string {
  const boundaries = [CLAUSE_END, clause].map((one) => new RegExp(one.source, `g${one.flags}`));
  if (side === 'after') {
    const rest = text.slice(end);
    const stops = boundaries.map((one) => rest.search(one)).filter((index) => index >= 0);
    return rest.slice(0, Math.min(rest.length, ...stops));
  }
  const lead = text.slice(0, start);
  let from = 0;
  for (const one of boundaries) for (const match of lead.matchAll(one)) from = Math.max(from, match.index + match[0].length);
  return lead.slice(from);
}

/**
 * What the library refuses to show (it shows English instead): the vendor's `<app name>`, and
 * `null`, `undefined` or `[object` as whole words. Worded once for the file check and the rendering.
 */
export function leftoverProblems(text: string): string[] {
  const found: string[] = [];
  if (/<app name>/i.test(text)) found.push(`contains the vendor's "<app name>": write {{appName}}`);
  const leaked = LEAKED_VALUE.exec(text);
  if (leaked) found.push(`contains "${leaked[0]}" as a word, which the library treats as a leaked value and replaces with English; reword it`);
  return found;
}

/** A short quote around a match, for messages a translator can find in the file. */
function quote(text: string, from: number, to: number): string {
  const start = Math.max(0, from - 30);
  const end = Math.min(text.length, to + 30);
  return `"${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}"`;
}

function findAction(text: string, action: string): number {
  const exact = text.indexOf(action);
  return exact >= 0 ? exact : text.toLocaleLowerCase().indexOf(action.toLocaleLowerCase());
}

/**
 * What is wrong with one rendered sentence: something left over (`{{`, `<app name>`, a tag, a
 * leaked `null`), an empty bracket, the car named again in the action phrase's clause, on either
 * side ("lock your car with your car", "Your car doesn't let Chargely lock your car"), a time word
 * where it attaches to the action phrase ("check whether your car is locked yet"), and
 * `{{appName}}` after a word the fallback name cannot follow ("mit die App").
 */
export function sentenceProblems(locale: string, { text, action, appName, fallback }: RenderedSentence): string[] {
  const found = leftoverProblems(text);
  if (/\{\{|\}\}/.test(text)) found.push(`has an unfilled {{placeholder}}: ${JSON.stringify(text)}`);
  if (TAG.test(text)) found.push(`shows a tag: ${JSON.stringify(text)}`);
  const bracket = EMPTY_BRACKET.exec(text);
  if (bracket) {
    found.push(
      `has an empty bracket ${quote(text, bracket.index, bracket.index + bracket[0].length)}: a value inside it can be empty (model, year); put only the value in the brackets, or leave them out`,
    );
  }

  const rules = wordsFor(locale);
  if (!rules) return found;
  const at = action ? findAction(text, action) : -1;
  if (action && at >= 0) {
    const end = at + action.length;
    // Every action phrase names the car, so a second car word anywhere in its clause repeats it:
    // after it ("lock your car with your car") or before it ("Your car doesn't let Chargely lock
    // your car"; Japanese, Korean and Chinese put "on your car" there). Reasons get a clause of their own.
    for (const side of ['before', 'after'] as const) {
      const carBeside = besideAction(text, at, end, side, rules.clause);
      const car = rules.car.exec(carBeside);
      if (car) {
        const from = side === 'before' ? at - carBeside.length : at;
        found.push(
          `names the car again ${side} the action: ${quote(text, from, end + (side === 'after' ? carBeside.length : 0))}. ` +
            `Every action phrase already names the car ("${action}"): leave "${car[0]}" out, or move it into a clause of its own`,
        );
      }
    }
    const timeBeside = besideAction(text, at, end, rules.words.timeSide, rules.clause);
    const time = rules.time.exec(timeBeside);
    if (time) {
      found.push(
        `puts the time word "${time[0]}" ${rules.words.timeSide} the action, where it attaches to the action phrase ` +
          `(${quote(text, at, end + (rules.words.timeSide === 'after' ? timeBeside.length : 0))}). Put it next to the verb that governs {{action}} instead`,
      );
    }
  }
  // Where the name stands shows with any name; a real one is found only where {{appName}} was.
  if (appName && !fallback) {
    for (let index = text.indexOf(appName); index >= 0; index = text.indexOf(appName, index + 1)) {
      const lead = text.slice(0, index);
      const word = rules.beforeAppName?.exec(lead);
      if (word) {
        found.push(
          `puts {{appName}} right after "${word[0].trim()}" (${quote(text, index - word[0].length, index + appName.length)}): the fallback name brings its own article ` +
            'and reads wrong there (see "{{appName}} must read well with the fallback too" in locales/README.md); reword',
        );
      } else if (rules.words.spaced && /[\p{L}\p{M}]$/u.test(lead)) {
        found.push(`glues {{appName}} to the word before it (${quote(text, index - 8, index + appName.length)}); a prefix cannot attach to a name`);
      }
    }
  }
  return found;
}

/** Removes the words of the reconnect link: they are a control, not an instruction in the text. */
function withoutLink(text: string): string {
  return text.replace(/<reconnectLink>[^]*?<\/reconnectLink>/g, ' ');
}

/**
 * Whether a message tells the owner to try again (outside its reconnect link).
 *
 * @example
 * tellsToTryAgain('de', 'Bitte versuchen Sie es später erneut.'); // true
 */
export function tellsToTryAgain(locale: string, text: string): boolean {
  return wordsFor(locale)?.tryAgain.test(withoutLink(text)) ?? false;
}

/** The time to wait a message gives ("in a few minutes", "later"), if any. */
export function waitTimeIn(locale: string, text: string): string | undefined {
  return wordsFor(locale)?.wait.exec(withoutLink(text))?.[0];
}

/**
 * Problems of a message's wording against what the components show: a message never tells the
 * owner to try again (the component shows Try again, the retry status and countdown only when they
 * apply, and push notifications and e-mails show neither), and a message whose next step can be a
 * retry gives no time to wait (the countdown shows the real one).
 */
export function wordingProblems(locale: string, text: string, { retry }: { retry: boolean }): string[] {
  const found: string[] = [];
  if (tellsToTryAgain(locale, text)) {
    found.push(
      'tells the owner to try again: the banner shows Try again and the retry status itself when a retry is possible, and push notifications and e-mails have neither. Say what happened and what helps ("Close all doors and the trunk.")',
    );
  }
  const wait = retry ? waitTimeIn(locale, text) : undefined;
  if (wait) {
    found.push(`gives a time to wait ("${wait}"): the banner counts down the real wait beside it. Leave the time out, or say what the wait is for without a duration`);
  }
  return found;
}

/**
 * A template filled in the way the library fills it for plain text: values in, then the library's
 * own `stripReconnectLink` and `tidySpaces` (src/i18n/tidy-text.ts). i18n:check renders the files
 * with it; the rendered-sentences test renders through the library itself.
 *
 * @example
 * renderTemplate('<reconnectLink>Reconnect your {{make}}</reconnectLink> ({{year}})', { make: 'Tesla', year: '' });
 * // 'Reconnect your Tesla'
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const filled = template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
  return tidySpaces(stripReconnectLink(filled));
}
